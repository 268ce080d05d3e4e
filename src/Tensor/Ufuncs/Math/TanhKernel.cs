using System.Numerics;

namespace ArrayBridge;

/// <summary><c>np.tanh</c> on floats: the hyperbolic tangent, through the C library (float16 through float32 and one rounding, as NumPy's half loops).</summary>
internal readonly struct TanhKernel<T> : IUnaryKernel<T, T>
    where T : unmanaged, IHyperbolicFunctions<T>
{
    public static T Apply(T x) => T.Tanh(x);
}
