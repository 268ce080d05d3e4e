using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.sin</c> on complex numbers through <see cref="ComplexFunctions.Sin"/>; complex64 computes in
/// double precision and rounds each part once.
/// </summary>
internal readonly struct ComplexSinKernel : IUnaryKernel<Complex64, Complex64>, IUnaryKernel<Complex, Complex>
{
    public static Complex64 Apply(Complex64 x) => (Complex64)ComplexFunctions.Sin(x);

    public static Complex Apply(Complex x) => ComplexFunctions.Sin(x);
}
