using System.Numerics;

namespace ArrayBridge;

/// <summary><c>np.sin</c> on floats: the sine, through the C library (float16 through float32 and one rounding, as NumPy's half loops).</summary>
internal readonly struct SinKernel<T> : IUnaryKernel<T, T>
    where T : unmanaged, ITrigonometricFunctions<T>
{
    public static T Apply(T x) => T.Sin(x);
}
