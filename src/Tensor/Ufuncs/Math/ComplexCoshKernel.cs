using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.cosh</c> on complex numbers through <see cref="ComplexFunctions.Cosh"/>; complex64 computes in
/// double precision and rounds each part once.
/// </summary>
internal readonly struct ComplexCoshKernel : IUnaryKernel<Complex64, Complex64>, IUnaryKernel<Complex, Complex>
{
    public static Complex64 Apply(Complex64 x) => (Complex64)ComplexFunctions.Cosh(x);

    public static Complex Apply(Complex x) => ComplexFunctions.Cosh(x);
}
