using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.rint</c> on complex numbers through <see cref="ComplexFunctions.Rint"/>; complex64 computes in
/// double precision and rounds each part once.
/// </summary>
internal readonly struct ComplexRintKernel : IUnaryKernel<Complex64, Complex64>, IUnaryKernel<Complex, Complex>
{
    public static Complex64 Apply(Complex64 x) => (Complex64)ComplexFunctions.Rint(x);

    public static Complex Apply(Complex x) => ComplexFunctions.Rint(x);
}
