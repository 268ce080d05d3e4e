using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.arccosh</c> on complex numbers through <see cref="ComplexFunctions.Acosh(Complex)"/>; complex64 computes in
/// double precision and rounds each part once.
/// </summary>
internal readonly struct ComplexArccoshKernel : IUnaryKernel<Complex64, Complex64>, IUnaryKernel<Complex, Complex>
{
    public static Complex64 Apply(Complex64 x) => (Complex64)ComplexFunctions.Acosh(x);

    public static Complex Apply(Complex x) => ComplexFunctions.Acosh(x);
}
