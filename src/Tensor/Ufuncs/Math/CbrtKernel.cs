using System.Numerics;

namespace ArrayBridge;

/// <summary><c>np.cbrt</c> on floats: the cube root, through the C library (float16 through float32 and one rounding, as NumPy's half loops).</summary>
internal readonly struct CbrtKernel<T> : IUnaryKernel<T, T>
    where T : unmanaged, IRootFunctions<T>
{
    public static T Apply(T x) => T.Cbrt(x);
}
