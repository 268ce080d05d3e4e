using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.tanh</c> on complex numbers through <see cref="ComplexFunctions.Tanh(Complex)"/>; complex64 in single
/// precision, as NumPy's complex64 loop (the C library's single-precision form) computes it.
/// </summary>
internal readonly struct ComplexTanhKernel : IUnaryKernel<Complex64, Complex64>, IUnaryKernel<Complex, Complex>
{
    public static Complex64 Apply(Complex64 x) => ComplexFunctions.Tanh(x);

    public static Complex Apply(Complex x) => ComplexFunctions.Tanh(x);
}
