using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.log10</c> on complex numbers through <see cref="ComplexFunctions.Log10"/>; complex64 follows NumPy's
/// single-precision steps, whose roundings its results carry.
/// </summary>
internal readonly struct ComplexLog10Kernel : IUnaryKernel<Complex64, Complex64>, IUnaryKernel<Complex, Complex>
{
    /// <summary>clogf's result scaled in single precision, as NumPy's complex64 loop does.</summary>
    public static Complex64 Apply(Complex64 x)
    {
        var w = (Complex64)ComplexFunctions.Log(x);
        return new(w.Real * 0.434294481903251827651128918916605082f, w.Imaginary * 0.434294481903251827651128918916605082f);
    }

    public static Complex Apply(Complex x) => ComplexFunctions.Log10(x);
}
