namespace ArrayBridge.Testing;

/// <summary>
/// How values must agree: exactly (<c>np.testing.assert_array_equal</c>), within a number of
/// units in the last place (<c>assert_array_max_ulp</c>), or within <c>atol + rtol * |desired|</c>
/// (<c>assert_allclose</c>). NaNs must sit at the same positions, as must +inf and -inf, in every mode
/// (unless <see cref="EqualNaN"/> is false, when any NaN is a mismatch).
/// </summary>
public sealed record Tolerance
{
    private Tolerance(ToleranceMode mode) => Mode = mode;

    /// <summary>Equal values (0.0 equals -0.0), NaN where the other has NaN.</summary>
    public static Tolerance Exact { get; } = new(ToleranceMode.Exact);

    /// <summary>At most <paramref name="maxUlp"/> representable values apart, in the desired array's float type.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxUlp"/> is negative.</exception>
    public static Tolerance Ulps(long maxUlp)
    {
        if (maxUlp < 0)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(maxUlp), $"maxUlp {maxUlp} is negative");
        }

        return new Tolerance(ToleranceMode.Ulps) { MaxUlp = maxUlp };
    }

    /// <summary><c>|actual - desired| &lt;= atol + rtol * |desired|</c>, NumPy's defaults rtol=1e-7, atol=0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative or NaN tolerance.</exception>
    public static Tolerance AllClose(double rtol = 1e-7, double atol = 0)
    {
        if (!(rtol >= 0) || !(atol >= 0))
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(rtol), $"tolerances must be non-negative numbers, got rtol={rtol}, atol={atol}");
        }

        return new Tolerance(ToleranceMode.AllClose) { RelativeTolerance = rtol, AbsoluteTolerance = atol };
    }

    /// <summary>Which comparison.</summary>
    public ToleranceMode Mode { get; }

    /// <summary>The ULP bound of <see cref="ToleranceMode.Ulps"/>.</summary>
    public long MaxUlp { get; private init; }

    /// <summary>rtol of <see cref="ToleranceMode.AllClose"/>.</summary>
    public double RelativeTolerance { get; private init; }

    /// <summary>atol of <see cref="ToleranceMode.AllClose"/>.</summary>
    public double AbsoluteTolerance { get; private init; }

    /// <summary>Whether NaNs at the same positions count as equal (np.testing's <c>equal_nan</c>).</summary>
    public bool EqualNaN { get; init; } = true;

    /// <inheritdoc/>
    public override string ToString() => Mode switch
    {
        ToleranceMode.Exact => "exact",
        ToleranceMode.Ulps => $"{MaxUlp} ULP",
        _ => $"rtol={ArrayAssert.PythonG(RelativeTolerance)}, atol={ArrayAssert.PythonG(AbsoluteTolerance)}",
    };
}
