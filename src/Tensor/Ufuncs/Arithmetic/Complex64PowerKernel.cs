namespace ArrayBridge;

/// <summary>
/// <c>np.power</c> for complex64 by <see cref="ComplexMath.Power{T}"/> in single precision; other
/// exponents than NumPy's small integral ones by the C library's <c>cpowf</c>, as NumPy
/// (<see cref="LibmComplexPower"/>).
/// </summary>
internal readonly struct Complex64PowerKernel : IBinaryKernel<Complex64, Complex64>
{
    private static readonly Func<float, float, float, float, (float, float)> s_general = static (ar, ai, br, bi) =>
    {
        Complex64 r = LibmComplexPower.Pow(new Complex64(ar, ai), new Complex64(br, bi));
        return (r.Real, r.Imaginary);
    };

    public static Complex64 Apply(Complex64 x, Complex64 y)
    {
        (float re, float im) = ComplexMath.Power(x.Real, x.Imaginary, y.Real, y.Imaginary, s_general);
        return new Complex64(re, im);
    }
}
