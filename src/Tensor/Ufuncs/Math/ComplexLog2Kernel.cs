using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.log2</c> on complex numbers through <see cref="ComplexFunctions.Log2"/>; complex64 follows NumPy's
/// single-precision steps, whose roundings its results carry.
/// </summary>
internal readonly struct ComplexLog2Kernel : IUnaryKernel<Complex64, Complex64>, IUnaryKernel<Complex, Complex>
{
    /// <summary>clogf's result scaled in single precision, as NumPy's complex64 loop does.</summary>
    public static Complex64 Apply(Complex64 x)
    {
        var w = (Complex64)ComplexFunctions.Log(x);
        return new(w.Real * 1.442695040888963407359924681001892137f, w.Imaginary * 1.442695040888963407359924681001892137f);
    }

    public static Complex Apply(Complex x) => ComplexFunctions.Log2(x);
}
