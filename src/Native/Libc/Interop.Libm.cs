using System.Runtime.InteropServices;

namespace ArrayBridge.Native;

internal static unsafe partial class Interop
{
    /// <summary>
    /// The C math library's <c>log1p</c> and <c>log1pf</c>, which NumPy's ziggurat tails call
    /// (<c>npy_log1p</c>). .NET has no log1p of its own, and one that differs from the C library's in
    /// the last bit would move a tail sample by an ULP. Null where no C math library can be opened;
    /// the caller then supplies a portable log1p.
    /// </summary>
    internal static unsafe class Libm
    {
        /// <summary><c>double log1p(double)</c>, or null.</summary>
        internal static readonly delegate* unmanaged<double, double> Log1p;

        /// <summary><c>float log1pf(float)</c>, or null.</summary>
        internal static readonly delegate* unmanaged<float, float> Log1pF;

#pragma warning disable CA1810 // the two exports are resolved together, once
        static Libm()
#pragma warning restore CA1810
        {
            foreach (string name in LibraryNames())
            {
                if (NativeLibrary.TryLoad(name, out nint handle) &&
                    NativeLibrary.TryGetExport(handle, "log1p", out nint log1p) &&
                    NativeLibrary.TryGetExport(handle, "log1pf", out nint log1pf))
                {
                    Log1p = (delegate* unmanaged<double, double>)log1p;
                    Log1pF = (delegate* unmanaged<float, float>)log1pf;
                    return;
                }
            }
        }

        private static string[] LibraryNames() =>
            OperatingSystem.IsWindows() ? ["ucrtbase.dll"] :
            OperatingSystem.IsMacOS() ? ["/usr/lib/libSystem.B.dylib"] :
            ["libm.so.6", "libm.so"];
    }
}
