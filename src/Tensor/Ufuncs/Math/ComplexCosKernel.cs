using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.cos</c> on complex numbers through <see cref="ComplexFunctions.Cos"/>; complex64 computes in
/// double precision and rounds each part once.
/// </summary>
internal readonly struct ComplexCosKernel : IUnaryKernel<Complex64, Complex64>, IUnaryKernel<Complex, Complex>
{
    public static Complex64 Apply(Complex64 x) => (Complex64)ComplexFunctions.Cos(x);

    public static Complex Apply(Complex x) => ComplexFunctions.Cos(x);
}
