using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.median</c> (NumPy 1.24's <c>_median</c>): per lane the middle order statistic, or the two
/// middle ones, are selected in place and averaged as <c>np.mean</c> averages them: summed from
/// zero in the mean's accumulator (float64 for bool and integers, float32 for float16 and float32)
/// and divided by their count, then cast to the mean's dtype. A lane holding NaN gives NaN; an empty
/// lane gives NaN (NumPy warns "Mean of empty slice").
/// </summary>
internal static unsafe class MedianReduction
{
    /// <summary>The dtype of the median of <paramref name="input"/>: that of its mean.</summary>
    public static DType ResultDType(DType input) => input.Kind switch
    {
        'b' or 'i' or 'u' => DType.Create(ScalarType.Float64),
        _ => input.AsNative(),
    };

    /// <summary>Computes the median; see <see cref="NDArray.Median(NDArray, Axes, NDArray?, bool)"/>.</summary>
    public static NDArray Run(NDArray a, Axes axis, NDArray? @out, bool keepdims, bool skipNaN = false)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        @out?.ThrowIfDisposed();
        if (skipNaN && a.DType.Kind == 'c')
            ThrowHelper.ThrowNotSupported("NanMedian of complex arrays is not supported: NaN are dropped from real lanes only.");

        // np.nanmedian of an empty array is np.nanmean's answer.
        if (skipNaN && a.Size == 0)
            return NanReduction.Mean(a, axis, null, @out, keepdims, null);
        using QuantileLanes lanes = QuantileLanes.Create(a, axis, keepdims);
        DType dtype = ResultDType(a.DType);
        NDArray result = NDArray.Empty(dtype, lanes.ResultShape);
        try
        {
            bool empty;
            switch (a.DType.Type)
            {
                case ScalarType.Bool:
                case ScalarType.UInt8: empty = Compute<byte, double, double>(lanes, result.Data, skipNaN); break;
                case ScalarType.Int8: empty = Compute<sbyte, double, double>(lanes, result.Data, skipNaN); break;
                case ScalarType.Int16: empty = Compute<short, double, double>(lanes, result.Data, skipNaN); break;
                case ScalarType.UInt16: empty = Compute<ushort, double, double>(lanes, result.Data, skipNaN); break;
                case ScalarType.Int32: empty = Compute<int, double, double>(lanes, result.Data, skipNaN); break;
                case ScalarType.UInt32: empty = Compute<uint, double, double>(lanes, result.Data, skipNaN); break;
                case ScalarType.Int64: empty = Compute<long, double, double>(lanes, result.Data, skipNaN); break;
                case ScalarType.UInt64: empty = Compute<ulong, double, double>(lanes, result.Data, skipNaN); break;
                case ScalarType.Float16: empty = Compute<Half, float, Half>(lanes, result.Data, skipNaN); break;
                case ScalarType.Float32: empty = Compute<float, float, float>(lanes, result.Data, skipNaN); break;
                case ScalarType.Complex64: empty = ComputeComplex<MedianComplex64Key, Complex64>(lanes, result.Data, static (x, n) => Complex64DivideKernel.Apply(x, new Complex64(n, 0)), static (x, y) => new Complex64(x.Real + y.Real, x.Imaginary + y.Imaginary), static k => new Complex64(k.Real, k.Imaginary), new Complex64(float.NaN, 0)); break;
                case ScalarType.Complex128: empty = ComputeComplex<MedianComplexKey, Complex>(lanes, result.Data, static (x, n) => ComplexDivideKernel.Apply(x, new Complex(n, 0)), static (x, y) => x + y, static k => new Complex(k.Real, k.Imaginary), new Complex(double.NaN, 0)); break;
                default: empty = Compute<double, double, double>(lanes, result.Data, skipNaN); break;
            }

            // NumPy's warnings.warn texts: np.mean's for an empty slice, nanmedian's for an all-NaN one.
            if (empty)
                FloatingPointStatus.Warn(FloatingPointFlags.Invalid, skipNaN ? "nanmedian" : "median", skipNaN ? "All-NaN slice encountered" : "Mean of empty slice.");
            return QuantileStatistic.Deliver(result, @out);
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }

    private static bool Compute<T, TSum, TResult>(QuantileLanes lanes, byte* result, bool skipNaN)
        where T : unmanaged, INumber<T>
        where TSum : unmanaged, IFloatingPoint<TSum>
        where TResult : unmanaged, INumberBase<TResult>
    {
        // Lanes are independent and write disjoint results: split them across cores when there is enough work.
        int parts = QuantileStatistic.Parts(lanes.Outer, lanes.Length);
        if (parts <= 1)
            return ComputeLanes<T, TSum, TResult>(lanes, result, skipNaN, 0, lanes.Outer);

        nint address = (nint)result;
        int emptyLanes = 0;
        Parallel.For(0, parts, part =>
        {
            (nint from, nint to) = QuantileStatistic.Range(0, lanes.Outer, part, parts);
            if (ComputeLanes<T, TSum, TResult>(lanes, (byte*)address, skipNaN, from, to))
                Interlocked.Exchange(ref emptyLanes, 1);
        });
        return emptyLanes != 0;
    }

    /// <summary>
    /// The median of complex lanes in NumPy's lexicographic order: the middle values summed from zero
    /// and divided by their count with NumPy's complex division, as np.mean does; a lane holding a
    /// NaN in either part gives NaN+0j.
    /// </summary>
    private static bool ComputeComplex<TKey, TValue>(QuantileLanes lanes, byte* result, Func<TValue, int, TValue> divide, Func<TValue, TValue, TValue> add, Func<TKey, TValue> value, TValue nan)
        where TKey : unmanaged, IComparable<TKey>, IComparisonOperators<TKey, TKey, bool>
        where TValue : unmanaged
    {
        int n = checked((int)lanes.Length);
        Span<nint> ranks = [n % 2 == 0 ? n / 2 - 1 : (n - 1) / 2, n / 2];
        ReadOnlySpan<nint> needed = n % 2 == 0 ? ranks : ranks[..1];
        bool anyEmpty = false;
        for (nint lane = 0; lane < lanes.Outer; lane++)
        {
            if (n == 0)
            {
                // np.mean of an empty slice: (0+0j) / 0, NaN in both parts.
                ((TValue*)result)[lane] = divide(default, 0);
                anyEmpty = true;
                continue;
            }

            var keys = new Span<TKey>(lanes.Lane<TKey>(lane), n);
            bool hasNaN = sizeof(TKey) == 16
                ? QuantileStatistic.HasNaN<double>(new ReadOnlySpan<double>(lanes.Lane<double>(0) + lane * 2 * n, 2 * n))
                : QuantileStatistic.HasNaN<float>(new ReadOnlySpan<float>(lanes.Lane<float>(0) + lane * 2 * n, 2 * n));
            if (hasNaN)
            {
                ((TValue*)result)[lane] = nan;
                continue;
            }

            QuantileSelection<TKey>.SelectRanks(keys, needed);
            TValue sum = add(default, value(keys[(int)needed[0]]));
            if (needed.Length == 2)
                sum = add(sum, value(keys[(int)needed[1]]));
            ((TValue*)result)[lane] = divide(sum, needed.Length);
        }

        return anyEmpty;
    }

    /// <summary>Fills lanes [from, to); returns whether one had no value left (empty, or all NaN when skipping NaN).</summary>
    private static bool ComputeLanes<T, TSum, TResult>(QuantileLanes lanes, byte* result, bool skipNaN, nint from, nint to)
        where T : unmanaged, INumber<T>
        where TSum : unmanaged, IFloatingPoint<TSum>
        where TResult : unmanaged, INumberBase<TResult>
    {
        int length = checked((int)lanes.Length);
        TResult nan = TResult.CreateTruncating(QuantileReduction.PositiveNaN);
        Span<nint> ranks = stackalloc nint[2];
        bool anyEmpty = false;
        for (nint lane = from; lane < to; lane++)
        {
            var values = new Span<T>(lanes.Lane<T>(lane), length);
            if (skipNaN)
                values = values[..QuantileStatistic.CompactNonNaN(values)];
            int n = values.Length;
            ranks[0] = n % 2 == 0 ? n / 2 - 1 : (n - 1) / 2;
            ranks[1] = n / 2;
            ReadOnlySpan<nint> needed = n % 2 == 0 ? ranks : ranks[..1];
            if (n == 0)
            {
                // np.mean of an empty slice: 0 / 0.
                ((TResult*)result)[lane] = nan;
                anyEmpty = true;
                continue;
            }

            if (QuantileStatistic.HasNaN<T>(values))
            {
                ((TResult*)result)[lane] = nan;
                continue;
            }

            QuantileSelection<T>.SelectRanks(values, needed);

            // add.reduce starts from the identity, so a lone -0.0 sums to +0.0 as in NumPy.
            TSum sum = TSum.Zero + TSum.CreateTruncating(values[(int)needed[0]]);
            if (needed.Length == 2)
                sum += TSum.CreateTruncating(values[(int)needed[1]]);
            ((TResult*)result)[lane] = TResult.CreateTruncating(sum / TSum.CreateTruncating(needed.Length));
        }

        return anyEmpty;
    }
}
