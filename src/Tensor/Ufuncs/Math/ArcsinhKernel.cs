using System.Numerics;

namespace ArrayBridge;

/// <summary><c>np.arcsinh</c> on floats: the inverse hyperbolic sine, through the C library (float16 through float32 and one rounding, by bits as NumPy's half loops, see <see cref="HalfOperands"/>).</summary>
internal readonly struct ArcsinhKernel<T> : IUnaryKernel<T, T>
    where T : unmanaged, IHyperbolicFunctions<T>
{
    public static T Apply(T x) =>
        typeof(T) == typeof(Half) ? HalfOperands.Narrow<T>(float.Asinh(HalfOperands.Widen(x))) : T.Asinh(x);
}
