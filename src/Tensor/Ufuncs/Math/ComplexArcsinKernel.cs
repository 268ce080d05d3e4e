using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.arcsin</c> on complex numbers through <see cref="ComplexFunctions.Asin(Complex)"/>; complex64 computes in
/// double precision and rounds each part once.
/// </summary>
internal readonly struct ComplexArcsinKernel : IUnaryKernel<Complex64, Complex64>, IUnaryKernel<Complex, Complex>
{
    public static Complex64 Apply(Complex64 x) => (Complex64)ComplexFunctions.Asin(x);

    public static Complex Apply(Complex x) => ComplexFunctions.Asin(x);
}
