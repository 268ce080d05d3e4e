using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.sinh</c> on complex numbers through <see cref="ComplexMath.Sinh"/>; complex64 computes in
/// double precision and rounds each part once.
/// </summary>
internal readonly struct ComplexSinhKernel : IUnaryKernel<Complex64, Complex64>, IUnaryKernel<Complex, Complex>
{
    public static Complex64 Apply(Complex64 x) => (Complex64)ComplexMath.Sinh(x);

    public static Complex Apply(Complex x) => ComplexMath.Sinh(x);
}
