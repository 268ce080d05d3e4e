namespace ArrayBridge;

/// <summary>
/// The few double-precision functions whose .NET forms lose accuracy where NumPy's C library
/// keeps it: <see cref="double.ExpM1"/> and <see cref="double.LogP1"/> are <c>exp(x) - 1</c> and
/// <c>log(x + 1)</c>, which cancel near zero, and <see cref="double.Hypot"/> is not correctly
/// rounded, which formulas such as log(hypot(x + 1, y)) magnify.
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
    /// e^x - 1, correctly rounded in all but a few percent of cases (then 1 ULP off). Below |x| = 1:
    /// x + x²/2 + x³·q(x), q the Taylor series from 1/3! to 1/20! (its tail is under 2^-61 there),
    /// with x + x²/2 carried in double-double so only the small x³ term rounds. Beyond, e^x - 1
    /// cancels at most one bit.
    /// </summary>
    public static double Expm1(double x)
    {
        if (!(Math.Abs(x) < 1.0))
        {
            // NaN and the infinities land here too: exp gives NaN, +inf, or 0 - 1 = -1.
            return Math.Exp(x) - 1.0;
        }

        if (x == 0)
        {
            // ±0 returns itself (a sum would turn -0 into +0).
            return x;
        }

        ReadOnlySpan<double> c = InverseFactorials;
        double q = c[^1];
        for (int i = c.Length - 2; i >= 1; i--)
        {
            q = q * x + c[i];
        }

        double x2 = x * x;
        double x2Low = Math.FusedMultiplyAdd(x, x, -x2);
        double tail = x2 * x * q;
        double sum = x + x2 * 0.5;
        double halfSquare = sum - x;
        double error = (x - (sum - halfSquare)) + (x2 * 0.5 - halfSquare);
        return sum + (error + x2Low * 0.5 + tail);
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
        if (double.IsNaN(x) || double.IsNaN(y))
        {
            // NumPy's d > 0 is an ordered compare, which raises invalid on a NaN.
            FloatingPointStatus.SetInvalid();
            return x + y;
        }

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
        if (float.IsNaN(x) || float.IsNaN(y))
        {
            FloatingPointStatus.SetInvalid();
            return x + y;
        }

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

    /// <summary>
    /// sqrt(x² + y²), correctly rounded in all but rare cases: the fused-multiply-add estimate is
    /// corrected by one Newton step on its exactly computed residual (Borges' algorithm), with the
    /// operands scaled by 2^±600 where squares would overflow or underflow. Infinity wins over NaN.
    /// </summary>
    public static double Hypot(double x, double y)
    {
        x = Math.Abs(x);
        y = Math.Abs(y);
        if (double.IsInfinity(x) || double.IsInfinity(y))
        {
            return double.PositiveInfinity;
        }

        if (double.IsNaN(x) || double.IsNaN(y))
        {
            return double.NaN;
        }

        if (x < y)
        {
            (x, y) = (y, x);
        }

        if (y == 0 || (x > 1e-280 && y < x * 8.673617379884035e-19))
        {
            // y/x below 2^-60: x(1 + (y/x)²/2) rounds to x, and squaring y could underflow for nothing.
            return x;
        }

        const double Up = 4.149515568880993e180; // 2^600
        const double Down = 2.409919865102884e-181; // 2^-600
        double scale = 1.0;
        if (x > 3.273390607896142e150)
        {
            // Above 2^500 the squares overflow; y's square may flush to zero but is then negligible.
            x *= Down;
            y *= Down;
            scale = Up;
        }
        else if (x < 3.054936363499605e-151)
        {
            x *= Up;
            y *= Up;
            scale = Down;
        }

        double h = Math.Sqrt(Math.FusedMultiplyAdd(x, x, y * y));
        double hSquared = h * h;
        double xSquared = x * x;
        double residual = Math.FusedMultiplyAdd(-y, y, hSquared - xSquared)
            + Math.FusedMultiplyAdd(h, h, -hSquared) - Math.FusedMultiplyAdd(x, x, -xSquared);
        return (h - residual / (2 * h)) * scale;
    }

    /// <summary>
    /// sqrt(x² + y²) in single precision: the squares and their sum are exact or nearly so in double,
    /// so one double square root and one rounding give the correctly rounded result but for rare ties.
    /// </summary>
    public static float Hypot(float x, float y)
    {
        if (float.IsInfinity(x) || float.IsInfinity(y))
        {
            return float.PositiveInfinity;
        }

        double dx = x, dy = y;
        return (float)Math.Sqrt(dx * dx + dy * dy);
    }
}
