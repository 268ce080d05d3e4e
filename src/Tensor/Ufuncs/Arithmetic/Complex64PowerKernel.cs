using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.power</c> for complex64 by <see cref="ComplexMath.Power{T}"/> in single precision; other
/// exponents than NumPy's small integral ones in double precision rounded to single, where NumPy
/// calls the C library's <c>cpowf</c> (the last bits may differ).
/// </summary>
internal readonly struct Complex64PowerKernel : IBinaryKernel<Complex64, Complex64>
{
    private static readonly Func<float, float, float, float, (float, float)> s_general = static (ar, ai, br, bi) =>
    {
        Complex r = Complex.Pow(new Complex(ar, ai), new Complex(br, bi));
        return ((float)r.Real, (float)r.Imaginary);
    };

    public static Complex64 Apply(Complex64 x, Complex64 y)
    {
        (float re, float im) = ComplexMath.Power(x.Real, x.Imaginary, y.Real, y.Imaginary, s_general);
        return new Complex64(re, im);
    }
}
