namespace ArrayBridge;

public sealed unsafe partial class Generator
{
    /// <summary>
    /// <c>rng.standard_gamma(shape)</c> with an array (or scalar) shape and no size: one draw per
    /// element, in C order, as NumPy's <c>cont()</c> draws. A 0-d shape gives a 0-d array.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A shape is negative or -0 ("shape &lt; 0").</exception>
    /// <exception cref="InvalidCastException">A shape that float64 cannot hold safely.</exception>
    public NDArray<double> StandardGamma(Operand shape) => ContCore(shape, "shape", positiveA: false, null, null, false, &StandardGammaDraw, default, hasSize: false);

    /// <summary><c>rng.standard_gamma(shape, size)</c> with an array (or scalar) shape broadcast to <paramref name="size"/>.</summary>
    /// <inheritdoc cref="StandardGamma(Operand)"/>
    /// <exception cref="ArgumentException">The shape does not broadcast to <paramref name="size"/>.</exception>
    public NDArray<double> StandardGamma(Operand shape, params ReadOnlySpan<nint> size) => ContCore(shape, "shape", positiveA: false, null, null, false, &StandardGammaDraw, size, hasSize: true);

    /// <summary><c>rng.gamma(shape, scale)</c> with array (or scalar) parameters broadcast together, drawn in C order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A shape ("shape &lt; 0") or scale ("scale &lt; 0") is negative or -0.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast.</exception>
    /// <exception cref="InvalidCastException">A parameter that float64 cannot hold safely.</exception>
    public NDArray<double> Gamma(Operand shape, Operand scale) => ContCore(shape, "shape", false, scale, "scale", false, &GammaDraw, default, hasSize: false);

    /// <summary><c>rng.gamma(shape, scale, size)</c> with array (or scalar) parameters broadcast to <paramref name="size"/>.</summary>
    /// <inheritdoc cref="Gamma(Operand, Operand)"/>
    public NDArray<double> Gamma(Operand shape, Operand scale, params ReadOnlySpan<nint> size) => ContCore(shape, "shape", false, scale, "scale", false, &GammaDraw, size, hasSize: true);

    /// <summary><c>rng.beta(a, b)</c> with array (or scalar) parameters broadcast together, drawn in C order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An a ("a &lt;= 0") or b ("b &lt;= 0") is not positive.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast.</exception>
    /// <exception cref="InvalidCastException">A parameter that float64 cannot hold safely.</exception>
    public NDArray<double> Beta(Operand a, Operand b) => ContCore(a, "a", true, b, "b", true, &BetaDraw, default, hasSize: false);

    /// <summary><c>rng.beta(a, b, size)</c> with array (or scalar) parameters broadcast to <paramref name="size"/>.</summary>
    /// <inheritdoc cref="Beta(Operand, Operand)"/>
    public NDArray<double> Beta(Operand a, Operand b, params ReadOnlySpan<nint> size) => ContCore(a, "a", true, b, "b", true, &BetaDraw, size, hasSize: true);

    /// <summary><c>rng.chisquare(df)</c> with an array (or scalar) df, drawn in C order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A df is not positive ("df &lt;= 0").</exception>
    /// <exception cref="InvalidCastException">A df that float64 cannot hold safely.</exception>
    public NDArray<double> ChiSquare(Operand df) => ContCore(df, "df", true, null, null, false, &ChiSquareDraw, default, hasSize: false);

    /// <summary><c>rng.chisquare(df, size)</c> with an array (or scalar) df broadcast to <paramref name="size"/>.</summary>
    /// <inheritdoc cref="ChiSquare(Operand)"/>
    /// <exception cref="ArgumentException">The df does not broadcast to <paramref name="size"/>.</exception>
    public NDArray<double> ChiSquare(Operand df, params ReadOnlySpan<nint> size) => ContCore(df, "df", true, null, null, false, &ChiSquareDraw, size, hasSize: true);

    /// <summary><c>rng.f(dfnum, dfden)</c> with array (or scalar) parameters broadcast together, drawn in C order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A dfnum ("dfnum &lt;= 0") or dfden ("dfden &lt;= 0") is not positive.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast.</exception>
    /// <exception cref="InvalidCastException">A parameter that float64 cannot hold safely.</exception>
    public NDArray<double> F(Operand dfnum, Operand dfden) => ContCore(dfnum, "dfnum", true, dfden, "dfden", true, &FDraw, default, hasSize: false);

    /// <summary><c>rng.f(dfnum, dfden, size)</c> with array (or scalar) parameters broadcast to <paramref name="size"/>.</summary>
    /// <inheritdoc cref="F(Operand, Operand)"/>
    public NDArray<double> F(Operand dfnum, Operand dfden, params ReadOnlySpan<nint> size) => ContCore(dfnum, "dfnum", true, dfden, "dfden", true, &FDraw, size, hasSize: true);

    /// <summary><c>rng.standard_t(df)</c> with an array (or scalar) df, drawn in C order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A df is not positive ("df &lt;= 0").</exception>
    /// <exception cref="InvalidCastException">A df that float64 cannot hold safely.</exception>
    public NDArray<double> StandardT(Operand df) => ContCore(df, "df", true, null, null, false, &StandardTDraw, default, hasSize: false);

    /// <summary><c>rng.standard_t(df, size)</c> with an array (or scalar) df broadcast to <paramref name="size"/>.</summary>
    /// <inheritdoc cref="StandardT(Operand)"/>
    /// <exception cref="ArgumentException">The df does not broadcast to <paramref name="size"/>.</exception>
    public NDArray<double> StandardT(Operand df, params ReadOnlySpan<nint> size) => ContCore(df, "df", true, null, null, false, &StandardTDraw, size, hasSize: true);

    private static double StandardGammaDraw(ref Pcg64Core core, double a, double b) => Distributions.StandardGamma(ref core, a);

    private static double GammaDraw(ref Pcg64Core core, double a, double b) => b * Distributions.StandardGamma(ref core, a);

    private static double BetaDraw(ref Pcg64Core core, double a, double b) => Distributions.Beta(ref core, a, b);

    private static double ChiSquareDraw(ref Pcg64Core core, double a, double b) => Distributions.ChiSquare(ref core, a);

    private static double FDraw(ref Pcg64Core core, double a, double b) => Distributions.F(ref core, a, b);

    private static double StandardTDraw(ref Pcg64Core core, double a, double b) => Distributions.StandardT(ref core, a);

    /// <summary>
    /// NumPy's <c>cont()</c> for one or two parameters: each converted to float64 in order; all 0-d
    /// takes the scalar checks (and a scalar result without size); otherwise the array checks in
    /// parameter order, the output of <c>cont_broadcast_*</c>, and one draw per element in C order.
    /// </summary>
    private NDArray<double> ContCore(
        Operand a, string aName, bool positiveA, Operand? b, string? bName, bool positiveB,
        delegate*<ref Pcg64Core, double, double, double> draw, ReadOnlySpan<nint> size, bool hasSize)
    {
        using NDArray pa = ParameterArray(a);
        using NDArray? pb = b is { } bv ? ParameterArray(bv) : null;
        CheckParameter(pa, aName, positiveA);
        if (pb is not null)
        {
            CheckParameter(pb, bName!, positiveB);
        }

        if (pa.NDim == 0 && (pb is null || pb.NDim == 0))
        {
            double av = *(double*)pa.Data, bv2 = pb is null ? 0.0 : *(double*)pb.Data;
            if (!hasSize)
            {
                return Scalar(draw(ref _bitGenerator.Core, av, bv2));
            }

            return Draws(draw, av, bv2, size);
        }

        NDArray<double> result = Output(size, hasSize, pa, pb);
        try
        {
            using NDArray ea = Expand(pa, result);
            using NDArray? eb = pb is null ? null : Expand(pb, result);
            double* p = (double*)result.Data, x = (double*)ea.Data, y = eb is null ? null : (double*)eb.Data;
            ref Pcg64Core core = ref _bitGenerator.Core;
            for (nint i = 0, n = result.Size; i < n; i++)
            {
                p[i] = draw(ref core, x[i], y is null ? 0.0 : y[i]);
            }

            return result;
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }

    /// <summary>An array of <paramref name="size"/> filled in C order with draws at fixed parameters (NumPy's <c>cont()</c> with scalars and a size).</summary>
    private NDArray<double> Draws(delegate*<ref Pcg64Core, double, double, double> draw, double a, double b, ReadOnlySpan<nint> size)
    {
        NDArray<double> result = NDArray.Empty<double>(size);
        ref Pcg64Core core = ref _bitGenerator.Core;
        double* p = (double*)result.Data;
        for (nint i = 0, n = result.Size; i < n; i++)
        {
            p[i] = draw(ref core, a, b);
        }

        return result;
    }

    // The scalar and array forms of NumPy's constraints refuse the same values: CONS_NON_NEGATIVE
    // the sign bit (so -0), CONS_POSITIVE `<= 0`; NaN passes both.
    private static void CheckParameter(NDArray values, string name, bool positive)
    {
        double* v = (double*)values.Data;
        for (nint i = 0, n = values.Size; i < n; i++)
        {
            if (positive)
            {
                CheckPositive(v[i], name, name);
            }
            else
            {
                CheckNonNegative(v[i], name, name);
            }
        }
    }
}
