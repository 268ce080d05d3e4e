using System.Numerics;

namespace ArrayBridge;

/// <summary><c>np.sinh</c> on floats: the hyperbolic sine, through the C library (float16 through float32 and one rounding, as NumPy's half loops).</summary>
internal readonly struct SinhKernel<T> : IUnaryKernel<T, T>
    where T : unmanaged, IHyperbolicFunctions<T>
{
    public static T Apply(T x) => T.Sinh(x);
}
