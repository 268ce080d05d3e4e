using System.Numerics;
using System.Runtime.InteropServices;

namespace ArrayBridge;

/// <summary>
/// The C library's <c>cpow</c> and <c>cpowf</c>, which NumPy's <c>npy_cpow</c> calls for every complex
/// power outside its own special cases (non-integral or large exponents): binding the same functions
/// gives NumPy's bits, flags and special values where the process's C library has them.
/// </summary>
/// <remarks>
/// Bound once on Unix from the process's global scope (musl), <c>libm.so.6</c> (glibc) or
/// <c>libSystem.B.dylib</c> (macOS) as unmanaged function pointers (no reflection, so trimming and
/// Native AOT keep them). There a C99 <c>double complex</c>/<c>float complex</c> has the calling
/// convention of a struct of two doubles/floats (<see cref="Complex"/>, <see cref="Complex64"/>) on
/// x64 and ARM64. Elsewhere (Windows, where the UCRT's <c>_Dcomplex</c> functions are not what NumPy
/// calls) <see cref="Complex.Pow(Complex, Complex)"/> stands in, and the last bits may differ.
/// The functions only compute and touch the floating-point status register, so they run without a
/// GC transition.
/// </remarks>
internal static unsafe class LibmComplexPower
{
    private static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<Complex, Complex, Complex> s_cpow;
    private static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<Complex64, Complex64, Complex64> s_cpowf;

    static LibmComplexPower()
    {
        if (OperatingSystem.IsWindows()
            || (RuntimeInformation.ProcessArchitecture != Architecture.X64 && RuntimeInformation.ProcessArchitecture != Architecture.Arm64))
        {
            return;
        }

        foreach (string name in (ReadOnlySpan<string>)["", "libm.so.6", "/usr/lib/libSystem.B.dylib"])
        {
            nint library = name.Length == 0 ? NativeLibrary.GetMainProgramHandle() : NativeLibrary.TryLoad(name, out nint loaded) ? loaded : 0;
            if (library != 0
                && NativeLibrary.TryGetExport(library, "cpow", out nint cpow)
                && NativeLibrary.TryGetExport(library, "cpowf", out nint cpowf))
            {
                s_cpow = (delegate* unmanaged[Cdecl, SuppressGCTransition]<Complex, Complex, Complex>)cpow;
                s_cpowf = (delegate* unmanaged[Cdecl, SuppressGCTransition]<Complex64, Complex64, Complex64>)cpowf;
                return;
            }
        }
    }

    /// <summary>Whether the C library's functions are bound (otherwise .NET's <see cref="Complex.Pow(Complex, Complex)"/> is used).</summary>
    public static bool IsAvailable => s_cpow != null;

    /// <summary><c>cpow(x, y)</c>: <c>cexp(y·clog(x))</c> in double precision.</summary>
    public static Complex Pow(Complex x, Complex y) => s_cpow != null ? s_cpow(x, y) : Complex.Pow(x, y);

    /// <summary><c>cpowf(x, y)</c>: <c>cexpf(y·clogf(x))</c> in single precision.</summary>
    public static Complex64 Pow(Complex64 x, Complex64 y)
    {
        if (s_cpowf != null)
        {
            return s_cpowf(x, y);
        }

        Complex r = Complex.Pow(x, y);
        return new Complex64((float)r.Real, (float)r.Imaginary);
    }
}
