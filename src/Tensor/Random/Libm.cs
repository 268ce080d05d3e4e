using NativeLibm = ArrayBridge.Native.Interop.Libm;

namespace ArrayBridge;

/// <summary>
/// ln(1 + x) as NumPy's ziggurat tails compute it: the C library's (bound in ArrayBridge.Native), or a
/// portable log1p where no C math library can be opened.
/// </summary>
internal static unsafe class Libm
{
    /// <summary>ln(1 + x) as the C library computes it.</summary>
    internal static double Log1p(double x) => NativeLibm.Log1p != null ? NativeLibm.Log1p(x) : ScalarMath.Log1p(x);

    /// <summary>ln(1 + x) in single precision as the C library computes it.</summary>
    internal static float Log1pF(float x) => NativeLibm.Log1pF != null ? NativeLibm.Log1pF(x) : (float)ScalarMath.Log1p(x);
}
