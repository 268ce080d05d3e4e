using System.Numerics;

namespace ArrayBridge;

/// <summary><c>np.true_divide</c> for complex128 by NumPy's Smith algorithm (.NET's <see cref="Complex"/> division rounds differently).</summary>
internal readonly struct ComplexDivideKernel : IBinaryKernel<Complex, Complex>
{
    public static Complex Apply(Complex x, Complex y)
    {
        ComplexMath.FlagOrderedCompare(y.Real, y.Imaginary);
        (double re, double im) = ComplexMath.Divide(x.Real, x.Imaginary, y.Real, y.Imaginary);
        return new Complex(re, im);
    }
}
