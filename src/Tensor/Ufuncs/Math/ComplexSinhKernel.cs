using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.sinh</c> on complex numbers through <see cref="ComplexFunctions.Sinh"/>; complex64 computes in
/// double precision and rounds each part once.
/// </summary>
internal readonly struct ComplexSinhKernel : IUnaryKernel<Complex64, Complex64>, IUnaryKernel<Complex, Complex>
{
    public static Complex64 Apply(Complex64 x) => (Complex64)ComplexFunctions.Sinh(x);

    public static Complex Apply(Complex x) => ComplexFunctions.Sinh(x);
}
