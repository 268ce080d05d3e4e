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
    public static NDArray Run(NDArray a, ReadOnlySpan<double> q, ReadOnlySpan<nint> qShape, Axes axis, NDArray? @out, bool keepdims, QuantileMethod method, bool percentile)
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
            if (count > 0)
            {
                QuantilePlan plan = QuantilePlan.Create(quantiles, lanes.Length, method);
                Dispatch(a.DType.Type, lanes, plan, result.Data);
            }

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
            ThrowHelper.ThrowIndexOutOfRange("cannot do a non-empty take from an empty axes.");
        nint index = -1;
        if (!inexact || !discrete)
        {
            // The first index taken: the pick for discrete methods, else the smallest clipped neighbour.
            QuantilePlan plan = QuantilePlan.Create(quantiles, 0, method);
            index = discrete ? plan.Previous[0] : plan.Ranks[0];
        }

        ThrowHelper.ThrowIndexOutOfRange($"index {index} is out of bounds for axis 0 with size 0");
    }

    private static void Dispatch(ScalarType type, QuantileLanes lanes, QuantilePlan plan, byte* result)
    {
        switch (type)
        {
            case ScalarType.Bool:
            case ScalarType.UInt8: Compute<byte>(lanes, plan, result); break;
            case ScalarType.Int8: Compute<sbyte>(lanes, plan, result); break;
            case ScalarType.Int16: Compute<short>(lanes, plan, result); break;
            case ScalarType.UInt16: Compute<ushort>(lanes, plan, result); break;
            case ScalarType.Int32: Compute<int>(lanes, plan, result); break;
            case ScalarType.UInt32: Compute<uint>(lanes, plan, result); break;
            case ScalarType.Int64: Compute<long>(lanes, plan, result); break;
            case ScalarType.UInt64: Compute<ulong>(lanes, plan, result); break;
            case ScalarType.Float16: Compute<Half>(lanes, plan, result); break;
            case ScalarType.Float32: Compute<float>(lanes, plan, result); break;
            default: Compute<double>(lanes, plan, result); break;
        }
    }

    private static void Compute<T>(QuantileLanes lanes, QuantilePlan plan, byte* result)
        where T : unmanaged, INumber<T>
    {
        nint outer = lanes.Outer;
        int n = checked((int)lanes.Length);
        int nq = plan.Gamma.Length;
        T nan = T.CreateTruncating(PositiveNaN);
        for (nint lane = 0; lane < outer; lane++)
        {
            var values = new Span<T>(lanes.Lane<T>(lane), n);
            bool hasNaN = QuantileStatistic.HasNaN<T>(values);
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
    }

    /// <summary>NumPy's <c>_lerp(a, b, t)</c> with the difference taken in the input's dtype.</summary>
    private static double Lerp<T>(T a, T b, double t)
        where T : unmanaged, INumber<T>
    {
        double diff = double.CreateTruncating(b - a);
        return t >= 0.5 ? double.CreateTruncating(b) - diff * (1 - t) : double.CreateTruncating(a) + diff * t;
    }
}
