using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.sqrt</c> on complex numbers through <see cref="ComplexFunctions.Sqrt"/>; complex64 computes in
/// double precision and rounds each part once.
/// </summary>
internal readonly struct ComplexSqrtKernel : IUnaryKernel<Complex64, Complex64>, IUnaryKernel<Complex, Complex>
{
    public static Complex64 Apply(Complex64 x) => (Complex64)ComplexFunctions.Sqrt(x);

    public static Complex Apply(Complex x) => ComplexFunctions.Sqrt(x);
}
