using System.Runtime.InteropServices;

namespace ArrayBridge;

/// <summary>
/// The C math library's <c>log1p</c> and <c>log1pf</c>, which NumPy's ziggurat tails call
/// (<c>npy_log1p</c>). .NET has no log1p of its own, and a log1p that differs from the C library's
/// in the last bit would move a tail sample by one ULP; the platform's own function keeps the
/// stream NumPy's. Where no C math library can be opened, a portable log1p stands in.
/// </summary>
internal static unsafe class Libm
{
    private static readonly delegate* unmanaged<double, double> s_log1p;
    private static readonly delegate* unmanaged<float, float> s_log1pf;

#pragma warning disable CA1810 // the two exports are resolved together, once
    static Libm()
#pragma warning restore CA1810
    {
        foreach (string name in LibraryNames())
        {
            if (NativeLibrary.TryLoad(name, out nint handle))
            {
                if (NativeLibrary.TryGetExport(handle, "log1p", out nint log1p) &&
                    NativeLibrary.TryGetExport(handle, "log1pf", out nint log1pf))
                {
                    s_log1p = (delegate* unmanaged<double, double>)log1p;
                    s_log1pf = (delegate* unmanaged<float, float>)log1pf;
                    return;
                }
            }
        }
    }

    private static string[] LibraryNames() =>
        OperatingSystem.IsWindows() ? ["ucrtbase.dll"] :
        OperatingSystem.IsMacOS() ? ["/usr/lib/libSystem.B.dylib"] :
        ["libm.so.6", "libm.so"];

    /// <summary>ln(1 + x) as the C library computes it.</summary>
    internal static double Log1p(double x) => s_log1p != null ? s_log1p(x) : ScalarMath.Log1p(x);

    /// <summary>ln(1 + x) in single precision as the C library computes it.</summary>
    internal static float Log1pF(float x) => s_log1pf != null ? s_log1pf(x) : (float)ScalarMath.Log1p(x);
}
