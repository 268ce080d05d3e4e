namespace ArrayBridge;

public sealed unsafe partial class Generator
{
    /// <summary>One standard normal value (<c>rng.standard_normal()</c>, NumPy's 256-layer ziggurat).</summary>
    public double StandardNormal() => Distributions.StandardNormal(ref _bitGenerator.Core);

    /// <summary>Standard normal values of the given shape (<c>rng.standard_normal(size)</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is negative.</exception>
    public NDArray<double> StandardNormal(params ReadOnlySpan<nint> size)
    {
        NDArray<double> result = NDArray.Empty<double>(size);
        FillStandardNormal(result);
        return result;
    }

    /// <summary>
    /// <c>rng.standard_normal(size, dtype=T)</c>: double, or float through NumPy's single-precision
    /// ziggurat (its own tables, one 32-bit draw per try).
    /// </summary>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is neither double nor float ("Unsupported dtype dtype('int32') for standard_normal").</exception>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is negative.</exception>
    public NDArray<T> StandardNormal<T>(params ReadOnlySpan<nint> size) where T : unmanaged
    {
        CheckFloating<T>("standard_normal");
        NDArray<T> result = NDArray.Empty<T>(size);
        FillStandardNormal(result);
        return result;
    }

    /// <summary><c>rng.standard_normal(out=out)</c> for a contiguous float64 or float32 array, in memory order.</summary>
    /// <exception cref="ArgumentException"><paramref name="out"/> is not a contiguous, writeable float64 or float32 array.</exception>
    public void StandardNormal(NDArray @out)
    {
        CheckOut(@out);
        FillStandardNormal(@out);
    }

    private void FillStandardNormal(NDArray array) => FillZiggurat<NormalZiggurat>(array);

    private void FillStandardExponential(NDArray array) => FillZiggurat<ExponentialZiggurat>(array);

    /// <summary>
    /// Fills a contiguous float64 or float32 array in memory order with one ziggurat distribution. The
    /// state is copied into a local the JIT keeps in registers and written back once; the struct
    /// parameter makes each distribution its own specialized loop.
    /// </summary>
    private void FillZiggurat<TZiggurat>(NDArray array) where TZiggurat : struct, IZiggurat
    {
        ref Pcg64Core state = ref _bitGenerator.Core;
        Pcg64Core core = state;
        nint n = array.Size;
        if (array.DType.Type == ScalarType.Float64)
        {
            double* p = (double*)array.Data;
            for (nint i = 0; i < n; i++)
            {
                p[i] = TZiggurat.Next(ref core, ref state);
            }
        }
        else
        {
            float* p = (float*)array.Data;
            for (nint i = 0; i < n; i++)
            {
                p[i] = TZiggurat.NextSingle(ref core);
            }
        }

        state = core;
    }

    /// <summary>One value of N(loc, scale²) (<c>rng.normal(loc, scale)</c>): <c>loc + scale·z</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is negative or -0 ("scale &lt; 0").</exception>
    public double Normal(double loc, double scale)
    {
        CheckNonNegative(scale, "scale", nameof(scale));
        return loc + scale * Distributions.StandardNormal(ref _bitGenerator.Core);
    }

    /// <summary><c>rng.normal(loc, scale, size)</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is negative ("scale &lt; 0"), or a dimension is.</exception>
    public NDArray<double> Normal(double loc, double scale, params ReadOnlySpan<nint> size)
    {
        CheckNonNegative(scale, "scale", nameof(scale));
        NDArray<double> result = NDArray.Empty<double>(size);
        ref Pcg64Core state = ref _bitGenerator.Core;
        Pcg64Core core = state;
        double* p = (double*)result.Data;
        for (nint i = 0, n = result.Size; i < n; i++)
        {
            p[i] = loc + scale * Distributions.StandardNormal(ref core, ref state);
        }

        state = core;
        return result;
    }

    /// <summary>One value in [low, high) (<c>rng.uniform(low, high)</c>): <c>low + (high - low)·U</c>.</summary>
    /// <exception cref="ArgumentException"><c>high - low</c> is not finite ("high - low range exceeds valid bounds").</exception>
    /// <exception cref="ArgumentOutOfRangeException"><c>high &lt; low</c> ("high - low &lt; 0").</exception>
    public double Uniform(double low = 0.0, double high = 1.0)
    {
        double range = UniformRange(low, high);
        return low + range * _bitGenerator.Core.NextDouble();
    }

    /// <summary><c>rng.uniform(low, high, size)</c>.</summary>
    /// <inheritdoc cref="Uniform(double, double)"/>
    public NDArray<double> Uniform(double low, double high, params ReadOnlySpan<nint> size)
    {
        double range = UniformRange(low, high);
        NDArray<double> result = NDArray.Empty<double>(size);
        ref Pcg64Core state = ref _bitGenerator.Core;
        Pcg64Core core = state;
        double* p = (double*)result.Data;
        for (nint i = 0, n = result.Size; i < n; i++)
        {
            p[i] = low + range * core.NextDouble();
        }

        state = core;
        return result;
    }

    private static double UniformRange(double low, double high)
    {
        double range = high - low;
        if (!double.IsFinite(range))
        {
            ThrowHelper.ThrowArgument("high - low range exceeds valid bounds", nameof(high));
        }

        CheckNonNegative(range, "high - low", nameof(high));
        return range;
    }

    /// <summary>One standard exponential value (<c>rng.standard_exponential()</c>, NumPy's exponential ziggurat).</summary>
    public double StandardExponential() => Distributions.StandardExponential(ref _bitGenerator.Core);

    /// <summary><c>rng.standard_exponential(size, dtype=T)</c> for double or float (method='zig').</summary>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is neither double nor float.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is negative.</exception>
    public NDArray<T> StandardExponential<T>(params ReadOnlySpan<nint> size) where T : unmanaged
    {
        CheckFloating<T>("standard_exponential");
        NDArray<T> result = NDArray.Empty<T>(size);
        FillStandardExponential(result);
        return result;
    }

    /// <summary><c>rng.standard_exponential(out=out)</c> for a contiguous float64 or float32 array, in memory order.</summary>
    /// <exception cref="ArgumentException"><paramref name="out"/> is not a contiguous, writeable float64 or float32 array.</exception>
    public void StandardExponential(NDArray @out)
    {
        CheckOut(@out);
        FillStandardExponential(@out);
    }

    /// <summary>One exponential value of the given scale (<c>rng.exponential(scale)</c>): <c>scale·E</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is negative ("scale &lt; 0").</exception>
    public double Exponential(double scale = 1.0)
    {
        CheckNonNegative(scale, "scale", nameof(scale));
        return scale * Distributions.StandardExponential(ref _bitGenerator.Core);
    }

    /// <summary><c>rng.exponential(scale, size)</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is negative ("scale &lt; 0"), or a dimension is.</exception>
    public NDArray<double> Exponential(double scale, params ReadOnlySpan<nint> size)
    {
        CheckNonNegative(scale, "scale", nameof(scale));
        NDArray<double> result = NDArray.Empty<double>(size);
        ref Pcg64Core state = ref _bitGenerator.Core;
        Pcg64Core core = state;
        double* p = (double*)result.Data;
        for (nint i = 0, n = result.Size; i < n; i++)
        {
            p[i] = scale * Distributions.StandardExponential(ref core, ref state);
        }

        state = core;
        return result;
    }

    // NumPy's CONS_NON_NEGATIVE tests the sign bit, so -0.0 is refused and NaN passes.
    private static void CheckNonNegative(double value, string name, string paramName)
    {
        if (double.IsNegative(value) && !double.IsNaN(value))
        {
            ThrowHelper.ThrowNegativeParameter(name, paramName);
        }
    }
}
