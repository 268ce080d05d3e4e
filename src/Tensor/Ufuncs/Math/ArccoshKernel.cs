using System.Numerics;

namespace ArrayBridge;

/// <summary><c>np.arccosh</c> on floats: the inverse hyperbolic cosine, through the C library (float16 through float32 and one rounding, as NumPy's half loops).</summary>
internal readonly struct ArccoshKernel<T> : IUnaryKernel<T, T>
    where T : unmanaged, IHyperbolicFunctions<T>
{
    public static T Apply(T x) => T.Acosh(x);
}
