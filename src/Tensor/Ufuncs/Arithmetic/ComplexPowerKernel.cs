using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.power</c> for complex128 by <see cref="ComplexMath.Power{T}"/>: NumPy's special cases and
/// small integral exponents bit for bit; other exponents by the C library's <c>cpow</c>, as NumPy
/// (<see cref="LibmComplexPower"/>).
/// </summary>
internal readonly struct ComplexPowerKernel : IBinaryKernel<Complex, Complex>
{
    private static readonly Func<double, double, double, double, (double, double)> s_general = static (ar, ai, br, bi) =>
    {
        Complex r = LibmComplexPower.Pow(new Complex(ar, ai), new Complex(br, bi));
        return (r.Real, r.Imaginary);
    };

    public static Complex Apply(Complex x, Complex y)
    {
        (double re, double im) = ComplexMath.Power(x.Real, x.Imaginary, y.Real, y.Imaginary, s_general);
        return new Complex(re, im);
    }
}
