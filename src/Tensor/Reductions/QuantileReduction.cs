using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.quantile</c> and <c>np.percentile</c> (NumPy 1.24's <c>_quantile</c>): per lane, the order
/// statistics the quantiles need are selected in place, then picked (lower, higher, nearest: the
/// input's dtype) or interpolated with NumPy's <c>_lerp</c> (float64): <c>diff = b - a</c> in the
/// input's dtype (integers wrap, float32 rounds), <c>a + diff*t</c>, or <c>b - diff*(1-t)</c> when
/// <c>t &gt;= 0.5</c>. A lane holding NaN gives NaN.
/// </summary>
internal static unsafe class QuantileReduction
{
    /// <summary>Python's <c>float('nan')</c>, which NumPy writes into NaN lanes (sign bit clear).</summary>
    internal static readonly double PositiveNaN = BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_0000);

    /// <summary>Computes the quantiles; see <see cref="NDArray.Quantile(NDArray, NDArray, Axes, NDArray?, bool, QuantileMethod)"/>.</summary>
    public static NDArray Run(NDArray a, ReadOnlySpan<double> q, ReadOnlySpan<nint> qShape, Axes axis, NDArray? @out, bool keepdims, QuantileMethod method, bool percentile, bool skipNaN = false)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        @out?.ThrowIfDisposed();
        if ((uint)method > (uint)QuantileMethod.NormalUnbiased)
            ThrowHelper.ThrowUndefinedEnum(nameof(method), (int)method, nameof(QuantileMethod));

        var quantiles = new double[q.Length];
        for (int i = 0; i < q.Length; i++)
        {
            // np.percentile divides by 100 (true_divide) before the range check.
            quantiles[i] = percentile ? q[i] / 100 : q[i];
            if (!(quantiles[i] >= 0 && quantiles[i] <= 1))
                ThrowHelper.ThrowArgument(percentile ? "Percentiles must be in the range [0, 100]" : "Quantiles must be in the range [0, 1]", "q");
        }

        if (skipNaN && a.DType.Kind == 'c')
            ThrowHelper.ThrowArgument("a must be an array of real numbers", nameof(a));

        // np.nanquantile of an empty array is np.nanmean's answer, without the quantile axes.
        if (skipNaN && a.Size == 0)
            return NanReduction.Mean(a, axis, null, @out, keepdims, null);
        using QuantileLanes lanes = QuantileLanes.Create(a, axis, keepdims);
        if (qShape.Length > 2)
            ThrowHelper.ThrowArgument("q must be a scalar or 1d", "q");
        bool discrete = QuantilePlan.IsDiscrete(method);
        if (a.DType.Kind == 'c')
            ThrowHelper.ThrowArgument("a must be an array of real numbers", nameof(a));

        nint[] shape = [.. qShape, .. lanes.ResultShape];
        nint count = lanes.Outer * quantiles.Length;
        if (lanes.Length == 0 && quantiles.Length > 0)
            ThrowEmpty(quantiles, method, discrete, a.DType.Kind == 'f', lanes.Outer > 0);

        // NumPy's _lerp subtracts the neighbours in the input's dtype, which bool refuses.
        if (a.DType.Kind == 'b' && !discrete)
            ThrowHelper.ThrowArgument("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.", nameof(a));

        DType native = discrete ? a.DType.AsNative() : DType.Create(ScalarType.Float64);
        NDArray result = NDArray.Empty(native, shape);
        try
        {
            bool firstLaneAllNaN = false;
            if (count > 0)
            {
                QuantilePlan plan = QuantilePlan.Create(quantiles, lanes.Length, method);
                firstLaneAllNaN = Dispatch(a.DType.Type, lanes, plan, result.Data, skipNaN ? quantiles : null);
            }

            if (skipNaN)
                return QuantileStatistic.Deliver(NanResultType(result, a.DType, qShape.Length > 0, discrete, firstLaneAllNaN), @out);

            // With one NaN lane and a scalar result, NumPy returns arr.dtype.type(np.nan): the input's type.
            if (!discrete && @out is null && qShape.Length + lanes.KeptAxes == 0 && a.DType.Kind == 'f' && a.DType.Type != ScalarType.Float64
                && double.IsNaN(*(double*)result.Data))
            {
                NDArray nan = result.AsType(a.DType.AsNative());
                result.Dispose();
                result = nan;
            }

            // take() keeps the input's byte order in an array result; a scalar result is native, and
            // stays so when keepdims reshapes it.
            if (discrete && !a.DType.IsNativeByteOrder && qShape.Length + lanes.KeptAxes > 0)
            {
                NDArray swapped = result.AsType(a.DType);
                result.Dispose();
                result = swapped;
            }

            return QuantileStatistic.Deliver(result, @out);
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }

    /// <summary>NumPy's IndexError for lanes of no values, which depends on the path its _quantile takes.</summary>
    private static void ThrowEmpty(double[] quantiles, QuantileMethod method, bool discrete, bool inexact, bool anyLane)
    {
        if (anyLane && !(discrete && inexact))
            ThrowHelper.ThrowArgument("cannot do a non-empty take from an empty axes.", "a");
        nint index = -1;
        if (!inexact || !discrete)
        {
            // The first index taken: the pick for discrete methods, else the smallest clipped neighbour.
            QuantilePlan plan = QuantilePlan.Create(quantiles, 0, method);
            index = discrete ? plan.Previous[0] : plan.Ranks[0];
        }

        ThrowHelper.ThrowArgument($"index {index} is out of bounds for axis 0 with size 0", "a");
    }

    /// <summary>
    /// The dtype np.nanquantile's apply_along_axis gives: that of the first lane's result, which is the
    /// input's dtype (byte order kept for an array q) when that lane is all NaN or the method picks.
    /// </summary>
    private static NDArray NanResultType(NDArray result, DType input, bool arrayQ, bool discrete, bool firstLaneAllNaN)
    {
        DType wanted = discrete || firstLaneAllNaN ? (arrayQ ? input : input.AsNative()) : result.DType;
        if (wanted == result.DType)
            return result;
        using (result)
            return result.AsType(wanted);
    }

    private static bool Dispatch(ScalarType type, QuantileLanes lanes, QuantilePlan plan, byte* result, double[]? skipNaN)
    {
        switch (type)
        {
            case ScalarType.Bool:
            case ScalarType.UInt8: return Compute<byte>(lanes, plan, result, skipNaN);
            case ScalarType.Int8: return Compute<sbyte>(lanes, plan, result, skipNaN);
            case ScalarType.Int16: return Compute<short>(lanes, plan, result, skipNaN);
            case ScalarType.UInt16: return Compute<ushort>(lanes, plan, result, skipNaN);
            case ScalarType.Int32: return Compute<int>(lanes, plan, result, skipNaN);
            case ScalarType.UInt32: return Compute<uint>(lanes, plan, result, skipNaN);
            case ScalarType.Int64: return Compute<long>(lanes, plan, result, skipNaN);
            case ScalarType.UInt64: return Compute<ulong>(lanes, plan, result, skipNaN);
            case ScalarType.Float16: return Compute<Half>(lanes, plan, result, skipNaN);
            case ScalarType.Float32: return Compute<float>(lanes, plan, result, skipNaN);
            default: return Compute<double>(lanes, plan, result, skipNaN);
        }
    }

    /// <summary>Fills the result; with <paramref name="skipNaN"/> (the quantiles) NaN are dropped per lane. Returns whether the first lane was all NaN.</summary>
    private static bool Compute<T>(QuantileLanes lanes, QuantilePlan fullPlan, byte* result, double[]? skipNaN)
        where T : unmanaged, INumber<T>
    {
        nint outer = lanes.Outer;
        bool firstAllNaN = ComputeLanes<T>(lanes, fullPlan, result, skipNaN, 0, Math.Min(outer, 1));
        if (outer <= 1)
            return firstAllNaN;

        // Lanes are independent and write disjoint results: split them across cores when there is enough work.
        nint start = 1;
        int parts = QuantileStatistic.Parts(outer - start, lanes.Length);
        if (parts <= 1)
        {
            ComputeLanes<T>(lanes, fullPlan, result, skipNaN, start, outer);
            return firstAllNaN;
        }

        nint address = (nint)result;
        Parallel.For(0, parts, part =>
        {
            (nint from, nint to) = QuantileStatistic.Range(start, outer, part, parts);
            ComputeLanes<T>(lanes, fullPlan, (byte*)address, skipNaN, from, to);
        });
        return firstAllNaN;
    }

    private static bool ComputeLanes<T>(QuantileLanes lanes, QuantilePlan fullPlan, byte* result, double[]? skipNaN, nint from, nint to)
        where T : unmanaged, INumber<T>
    {
        nint outer = lanes.Outer;
        int length = checked((int)lanes.Length);
        int nq = fullPlan.Gamma.Length;
        T nan = T.CreateTruncating(PositiveNaN);
        bool firstAllNaN = false;
        QuantilePlan plan = fullPlan;
        for (nint lane = from; lane < to; lane++)
        {
            var values = new Span<T>(lanes.Lane<T>(lane), length);
            bool hasNaN;
            if (skipNaN is not null)
            {
                values = values[..QuantileStatistic.CompactNonNaN<T>(values)];
                hasNaN = values.Length == 0;
                if (lane == 0)
                    firstAllNaN = hasNaN;
                if (!hasNaN && values.Length != plan.Length)
                    plan = QuantilePlan.Create(skipNaN, values.Length, fullPlan.Method);
            }
            else
            {
                hasNaN = QuantileStatistic.HasNaN<T>(values);
            }

            if (!hasNaN)
                QuantileSelection<T>.SelectRanks(values, plan.Ranks);
            for (int i = 0; i < nq; i++)
            {
                nint at = i * outer + lane;
                if (plan.Discrete)
                    ((T*)result)[at] = hasNaN ? nan : values[(int)plan.Previous[i]];
                else
                    ((double*)result)[at] = hasNaN ? PositiveNaN : Lerp(values[(int)plan.Previous[i]], values[(int)plan.Next[i]], plan.Gamma[i]);
            }
        }

        return firstAllNaN;
    }

    /// <summary>NumPy's <c>_lerp(a, b, t)</c> with the difference taken in the input's dtype.</summary>
    private static double Lerp<T>(T a, T b, double t)
        where T : unmanaged, INumber<T>
    {
        double diff = double.CreateTruncating(b - a);
        return t >= 0.5 ? double.CreateTruncating(b) - diff * (1 - t) : double.CreateTruncating(a) + diff * t;
    }
}
