namespace ArrayBridge;

public sealed unsafe partial class Generator
{
    /// <summary>One standard gamma value (<c>rng.standard_gamma(shape)</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="shape"/> is negative or -0 ("shape &lt; 0").</exception>
    public double StandardGamma(double shape)
    {
        CheckNonNegative(shape, "shape", nameof(shape));
        return Distributions.StandardGamma(ref _bitGenerator.Core, shape);
    }

    /// <summary><c>rng.standard_gamma(shape, size)</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="shape"/> is negative ("shape &lt; 0"), or a dimension is.</exception>
    public NDArray<double> StandardGamma(double shape, params ReadOnlySpan<nint> size)
    {
        CheckNonNegative(shape, "shape", nameof(shape));
        return Draws(&StandardGammaDraw, shape, 0.0, size);
    }

    /// <summary>One gamma value (<c>rng.gamma(shape, scale)</c>): <c>scale·standard_gamma(shape)</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="shape"/> ("shape &lt; 0") or <paramref name="scale"/> ("scale &lt; 0") is negative.</exception>
    public double Gamma(double shape, double scale = 1.0)
    {
        CheckNonNegative(shape, "shape", nameof(shape));
        CheckNonNegative(scale, "scale", nameof(scale));
        return scale * Distributions.StandardGamma(ref _bitGenerator.Core, shape);
    }

    /// <summary><c>rng.gamma(shape, scale, size)</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="shape"/> or <paramref name="scale"/> is negative, or a dimension is.</exception>
    public NDArray<double> Gamma(double shape, double scale, params ReadOnlySpan<nint> size)
    {
        CheckNonNegative(shape, "shape", nameof(shape));
        CheckNonNegative(scale, "scale", nameof(scale));
        return Draws(&GammaDraw, shape, scale, size);
    }

    /// <summary>One beta value (<c>rng.beta(a, b)</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="a"/> ("a &lt;= 0") or <paramref name="b"/> ("b &lt;= 0") is not positive.</exception>
    public double Beta(double a, double b)
    {
        CheckPositive(a, "a", nameof(a));
        CheckPositive(b, "b", nameof(b));
        return Distributions.Beta(ref _bitGenerator.Core, a, b);
    }

    /// <summary><c>rng.beta(a, b, size)</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="a"/> or <paramref name="b"/> is not positive, or a dimension is negative.</exception>
    public NDArray<double> Beta(double a, double b, params ReadOnlySpan<nint> size)
    {
        CheckPositive(a, "a", nameof(a));
        CheckPositive(b, "b", nameof(b));
        return Draws(&BetaDraw, a, b, size);
    }

    /// <summary>One chi-square value (<c>rng.chisquare(df)</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="df"/> is not positive ("df &lt;= 0").</exception>
    public double ChiSquare(double df)
    {
        CheckPositive(df, "df", nameof(df));
        return Distributions.ChiSquare(ref _bitGenerator.Core, df);
    }

    /// <summary><c>rng.chisquare(df, size)</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="df"/> is not positive ("df &lt;= 0"), or a dimension is negative.</exception>
    public NDArray<double> ChiSquare(double df, params ReadOnlySpan<nint> size)
    {
        CheckPositive(df, "df", nameof(df));
        return Draws(&ChiSquareDraw, df, 0.0, size);
    }

    /// <summary>One F value (<c>rng.f(dfnum, dfden)</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dfnum"/> ("dfnum &lt;= 0") or <paramref name="dfden"/> ("dfden &lt;= 0") is not positive.</exception>
    public double F(double dfnum, double dfden)
    {
        CheckPositive(dfnum, "dfnum", nameof(dfnum));
        CheckPositive(dfden, "dfden", nameof(dfden));
        return Distributions.F(ref _bitGenerator.Core, dfnum, dfden);
    }

    /// <summary><c>rng.f(dfnum, dfden, size)</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dfnum"/> or <paramref name="dfden"/> is not positive, or a dimension is negative.</exception>
    public NDArray<double> F(double dfnum, double dfden, params ReadOnlySpan<nint> size)
    {
        CheckPositive(dfnum, "dfnum", nameof(dfnum));
        CheckPositive(dfden, "dfden", nameof(dfden));
        return Draws(&FDraw, dfnum, dfden, size);
    }

    /// <summary>One Student's t value (<c>rng.standard_t(df)</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="df"/> is not positive ("df &lt;= 0").</exception>
    public double StandardT(double df)
    {
        CheckPositive(df, "df", nameof(df));
        return Distributions.StandardT(ref _bitGenerator.Core, df);
    }

    /// <summary><c>rng.standard_t(df, size)</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="df"/> is not positive ("df &lt;= 0"), or a dimension is negative.</exception>
    public NDArray<double> StandardT(double df, params ReadOnlySpan<nint> size)
    {
        CheckPositive(df, "df", nameof(df));
        return Draws(&StandardTDraw, df, 0.0, size);
    }

    // NumPy's CONS_POSITIVE is `val <= 0`, so NaN passes (and samples NaN), as it does in NumPy.
    private static void CheckPositive(double value, string name, string paramName)
    {
        if (value <= 0)
        {
            ThrowHelper.ThrowDistributionParameter(name + " <= 0", paramName);
        }
    }
}
