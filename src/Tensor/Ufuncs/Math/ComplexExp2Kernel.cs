using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.exp2</c> on complex numbers through <see cref="ComplexFunctions.Exp2"/>; complex64 follows NumPy's
/// single-precision steps, whose roundings its results carry.
/// </summary>
internal readonly struct ComplexExp2Kernel : IUnaryKernel<Complex64, Complex64>, IUnaryKernel<Complex, Complex>
{
    /// <summary>The argument scaled in single precision, as NumPy's complex64 loop does before cexpf.</summary>
    public static Complex64 Apply(Complex64 x) =>
        (Complex64)ComplexFunctions.Exp(new Complex(x.Real * 0.693147180559945309417232121458176568f, x.Imaginary * 0.693147180559945309417232121458176568f));

    public static Complex Apply(Complex x) => ComplexFunctions.Exp2(x);
}
