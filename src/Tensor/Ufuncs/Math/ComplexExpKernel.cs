using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.exp</c> on complex numbers through <see cref="ComplexFunctions.Exp"/>; complex64 computes in
/// double precision and rounds each part once.
/// </summary>
internal readonly struct ComplexExpKernel : IUnaryKernel<Complex64, Complex64>, IUnaryKernel<Complex, Complex>
{
    public static Complex64 Apply(Complex64 x) => (Complex64)ComplexFunctions.Exp(x);

    public static Complex Apply(Complex x) => ComplexFunctions.Exp(x);
}
