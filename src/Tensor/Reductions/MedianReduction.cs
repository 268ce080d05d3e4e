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
        if (a.DType.Kind == 'c')
            ThrowHelper.ThrowNotSupported("Median of complex arrays is not supported: their order is NumPy's lexicographic one, which this implementation does not select by.");
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
