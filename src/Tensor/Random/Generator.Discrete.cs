namespace ArrayBridge;

public sealed unsafe partial class Generator
{
    // NumPy's POISSON_LAM_MAX: int64's max less ten of its square roots, in double arithmetic.
    private static readonly double PoissonLamMax = long.MaxValue - Math.Sqrt(long.MaxValue) * 10;

    // NumPy's Generator._binomial: kept between calls, as NumPy keeps it.
    private BinomialCache _binomial;

    /// <summary>One Poisson value (<c>rng.poisson(lam)</c>): multiplication below 10, PTRS from 10 on.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lam"/> is negative or NaN ("lam &lt; 0 or lam is NaN") or above 9.2e18 ("lam value too large").</exception>
    public long Poisson(double lam = 1.0)
    {
        CheckPoisson(lam);
        return Distributions.Poisson(ref _bitGenerator.Core, lam);
    }

    /// <summary><c>rng.poisson(lam, size)</c>, as int64.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lam"/> is negative, NaN or too large, or a dimension is negative.</exception>
    public NDArray<long> Poisson(double lam, params ReadOnlySpan<nint> size)
    {
        CheckPoisson(lam);
        NDArray<long> result = NDArray.Empty<long>(size);
        ref Pcg64Core core = ref _bitGenerator.Core;
        long* p = (long*)result.Data;
        for (nint i = 0, n = result.Size; i < n; i++)
        {
            p[i] = Distributions.Poisson(ref core, lam);
        }

        return result;
    }

    /// <summary>One binomial value (<c>rng.binomial(n, p)</c>): inversion while min(p, 1-p)·n ≤ 30, else BTPE.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative ("n &lt; 0"), or <paramref name="p"/> is outside [0, 1] or NaN ("p &lt; 0, p &gt; 1 or p is NaN").</exception>
    public long Binomial(long n, double p)
    {
        CheckBinomial(n, p);
        return Distributions.Binomial(ref _bitGenerator.Core, p, n, ref _binomial);
    }

    /// <summary><c>rng.binomial(n, p, size)</c>, as int64.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative, <paramref name="p"/> is outside [0, 1] or NaN, or a dimension is negative.</exception>
    public NDArray<long> Binomial(long n, double p, params ReadOnlySpan<nint> size)
    {
        CheckBinomial(n, p);
        NDArray<long> result = NDArray.Empty<long>(size);
        ref Pcg64Core core = ref _bitGenerator.Core;
        long* data = (long*)result.Data;
        for (nint i = 0, count = result.Size; i < count; i++)
        {
            data[i] = Distributions.Binomial(ref core, p, n, ref _binomial);
        }

        return result;
    }

    private static void CheckPoisson(double lam)
    {
        // NumPy tests `lam >= 0` first, so NaN gets the "< 0" message; -0 passes.
        if (!(lam >= 0))
        {
            ThrowHelper.ThrowDistributionParameter("lam < 0 or lam is NaN", nameof(lam));
        }

        if (lam > PoissonLamMax)
        {
            ThrowHelper.ThrowDistributionParameter("lam value too large", nameof(lam));
        }
    }

    private static void CheckBinomial(long n, double p)
    {
        // NumPy checks p before n.
        if (!(p >= 0 && p <= 1))
        {
            ThrowHelper.ThrowDistributionParameter("p < 0, p > 1 or p is NaN", nameof(p));
        }

        if (n < 0)
        {
            ThrowHelper.ThrowDistributionParameter("n < 0", nameof(n));
        }
    }
}
