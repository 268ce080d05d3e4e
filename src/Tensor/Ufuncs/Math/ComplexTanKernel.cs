using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.tan</c> on complex numbers through <see cref="ComplexFunctions.Tan(Complex)"/>; complex64 in single
/// precision, as NumPy's complex64 loop (the C library's single-precision form) computes it.
/// </summary>
internal readonly struct ComplexTanKernel : IUnaryKernel<Complex64, Complex64>, IUnaryKernel<Complex, Complex>
{
    public static Complex64 Apply(Complex64 x) => ComplexFunctions.Tan(x);

    public static Complex Apply(Complex x) => ComplexFunctions.Tan(x);
}
