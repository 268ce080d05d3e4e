namespace ArrayBridge;

/// <summary>
/// The few double-precision functions whose .NET forms lose accuracy where NumPy's C library
/// keeps it: <see cref="double.ExpM1"/> and <see cref="double.LogP1"/> are <c>exp(x) - 1</c> and
/// <c>log(x + 1)</c>, which cancel near zero.
/// </summary>
internal static class ScalarMath
{
    /// <summary>1/n! for n = 2..20: the Taylor series of expm1 after its first term.</summary>
    private static ReadOnlySpan<double> InverseFactorials =>
    [
        1.0 / 2, 1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720, 1.0 / 5040, 1.0 / 40320, 1.0 / 362880,
        1.0 / 3628800, 1.0 / 39916800, 1.0 / 479001600, 1.0 / 6227020800, 1.0 / 87178291200,
        1.0 / 1307674368000, 1.0 / 20922789888000, 1.0 / 355687428096000, 1.0 / 6402373705728000,
        1.0 / 121645100408832000, 1.0 / 2432902008176640000,
    ];

    /// <summary>
    /// e^x - 1 within about 1 ULP. Below |x| = 1 the Taylor series to x^20 (its tail is under
    /// 2^-61 there) keeps x exact as the leading term; beyond, exp(x) - 1 cancels at most one bit.
    /// </summary>
    public static double Expm1(double x)
    {
        if (!(Math.Abs(x) < 1.0))
        {
            // NaN and the infinities land here too: exp gives NaN, +inf, or 0 - 1 = -1.
            return Math.Exp(x) - 1.0;
        }

        ReadOnlySpan<double> c = InverseFactorials;
        double p = c[^1];
        for (int i = c.Length - 2; i >= 0; i--)
        {
            p = p * x + c[i];
        }

        // x + x²·p keeps the sign of a zero x (x² p is +0 and -0 + +0 would lose it).
        return x == 0 ? x : x + x * x * p;
    }

    /// <summary>
    /// ln(1 + x) within about 1 ULP: u = 1 + x rounds, and ln(1 + x) = ln(u) + ln(1 + (x - (u - 1))/u),
    /// whose second term is the exact rounding error over u to first order.
    /// </summary>
    public static double Log1p(double x)
    {
        double u = 1.0 + x;
        if (u == 1.0)
        {
            // Tiny x (and ±0, whose sign must survive): ln(1 + x) rounds to x.
            return x;
        }

        if (double.IsInfinity(u) || double.IsNaN(u) || u <= 0.0)
        {
            return Math.Log(u);
        }

        return Math.Log(u) + (x - (u - 1.0)) / u;
    }

    /// <summary>NumPy's <c>npy_logaddexp</c>: ln(e^x + e^y) with the larger exponent factored out.</summary>
    public static double LogAddExp(double x, double y)
    {
        if (x == y)
        {
            // Equal infinities included: inf - inf would be NaN.
            return x + 0.693147180559945309417232121458176568;
        }

        double d = x - y;
        if (d > 0)
        {
            return x + Log1p(Math.Exp(-d));
        }

        if (d <= 0)
        {
            return y + Log1p(Math.Exp(d));
        }

        return d;
    }

    /// <summary>
    /// NumPy's <c>npy_logaddexpf</c> in single precision. The sum cancels (x + ln(1 + e^-d) with x &lt; 0),
    /// magnifying the rounding of e^-d, so that is rounded to float32 as NumPy's expf does.
    /// </summary>
    public static float LogAddExp(float x, float y)
    {
        if (x == y)
        {
            return x + 0.693147180559945309417232121458176568f;
        }

        float d = x - y;
        if (d > 0)
        {
            return x + (float)Log1p(MathF.Exp(-d));
        }

        if (d <= 0)
        {
            return y + (float)Log1p(MathF.Exp(d));
        }

        return d;
    }
}
