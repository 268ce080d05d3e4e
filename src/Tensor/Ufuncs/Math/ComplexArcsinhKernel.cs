using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.arcsinh</c> on complex numbers through <see cref="ComplexFunctions.Asinh(Complex)"/>; complex64 computes in
/// double precision and rounds each part once.
/// </summary>
internal readonly struct ComplexArcsinhKernel : IUnaryKernel<Complex64, Complex64>, IUnaryKernel<Complex, Complex>
{
    public static Complex64 Apply(Complex64 x) => (Complex64)ComplexFunctions.Asinh(x);

    public static Complex Apply(Complex x) => ComplexFunctions.Asinh(x);
}
