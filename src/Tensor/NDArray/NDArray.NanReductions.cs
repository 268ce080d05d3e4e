namespace ArrayBridge;

public unsafe partial class NDArray
{
    /// <summary>
    /// The sum treating NaN as zero (<c>np.nansum</c>); see <see cref="Sum(NDArray, Axes, DType?, NDArray?, bool, Operand?, NDArray?)"/>
    /// for the arguments. Integer and bool inputs are summed as they are; an inexact input is copied
    /// with NaN replaced only when it holds a NaN.
    /// </summary>
    /// <param name="a">The input.</param>
    /// <param name="axis">The axes to reduce; the default reduces all.</param>
    /// <param name="dtype">The accumulator and result dtype.</param>
    /// <param name="out">Where to write the result.</param>
    /// <param name="keepdims">Whether the reduced axes stay as length-1 axes.</param>
    /// <param name="initial">The starting value.</param>
    /// <param name="where">Which elements take part.</param>
    /// <returns>The result: <paramref name="out"/> when given.</returns>
    public static NDArray NanSum(NDArray a, Axes axis = default, DType? dtype = null, NDArray? @out = null, bool keepdims = false, Operand? initial = null, NDArray? where = null) =>
        NanReduction.WithNaNAs(a, 0, x => Sum(x, axis, dtype, @out, keepdims, initial, where));

    /// <summary>The product treating NaN as one (<c>np.nanprod</c>).</summary>
    /// <inheritdoc cref="NanSum(NDArray, Axes, DType?, NDArray?, bool, Operand?, NDArray?)" path="/param"/>
    /// <inheritdoc cref="NanSum(NDArray, Axes, DType?, NDArray?, bool, Operand?, NDArray?)" path="/returns"/>
    public static NDArray NanProd(NDArray a, Axes axis = default, DType? dtype = null, NDArray? @out = null, bool keepdims = false, Operand? initial = null, NDArray? where = null) =>
        NanReduction.WithNaNAs(a, 1, x => Prod(x, axis, dtype, @out, keepdims, initial, where));

    /// <summary>The cumulative sum treating NaN as zero (<c>np.nancumsum</c>); see <see cref="CumSum(NDArray, int?, DType?, NDArray?)"/>.</summary>
    /// <param name="a">The input.</param>
    /// <param name="axis">The axis; null accumulates the C-order flattening.</param>
    /// <param name="dtype">The accumulator and result dtype.</param>
    /// <param name="out">Where to write the result.</param>
    /// <returns>The result: <paramref name="out"/> when given.</returns>
    public static NDArray NanCumSum(NDArray a, int? axis = null, DType? dtype = null, NDArray? @out = null) =>
        NanReduction.WithNaNAs(a, 0, x => CumSum(x, axis, dtype, @out));

    /// <summary>The cumulative product treating NaN as one (<c>np.nancumprod</c>).</summary>
    /// <inheritdoc cref="NanCumSum(NDArray, int?, DType?, NDArray?)" path="/param"/>
    /// <inheritdoc cref="NanCumSum(NDArray, int?, DType?, NDArray?)" path="/returns"/>
    public static NDArray NanCumProd(NDArray a, int? axis = null, DType? dtype = null, NDArray? @out = null) =>
        NanReduction.WithNaNAs(a, 1, x => CumProd(x, axis, dtype, @out));

    /// <summary>
    /// The minimum ignoring NaN (<c>np.nanmin</c>, NumPy's <c>fmin.reduce</c>): a slice of only NaN gives
    /// NaN (where NumPy warns "All-NaN slice encountered").
    /// </summary>
    /// <param name="a">The input.</param>
    /// <param name="axis">The axes to reduce; the default reduces all.</param>
    /// <param name="out">Where to write the result.</param>
    /// <param name="keepdims">Whether the reduced axes stay as length-1 axes.</param>
    /// <param name="initial">The starting value; required with <paramref name="where"/>.</param>
    /// <param name="where">Which elements take part.</param>
    /// <returns>The result: <paramref name="out"/> when given.</returns>
    public static NDArray NanMin(NDArray a, Axes axis = default, NDArray? @out = null, bool keepdims = false, Operand? initial = null, NDArray? where = null) =>
        NanReduction.Extreme(a, axis, @out, keepdims, initial, where, max: false);

    /// <summary>The maximum ignoring NaN (<c>np.nanmax</c>, NumPy's <c>fmax.reduce</c>); a slice of only NaN gives NaN.</summary>
    /// <inheritdoc cref="NanMin(NDArray, Axes, NDArray?, bool, Operand?, NDArray?)" path="/param"/>
    /// <inheritdoc cref="NanMin(NDArray, Axes, NDArray?, bool, Operand?, NDArray?)" path="/returns"/>
    public static NDArray NanMax(NDArray a, Axes axis = default, NDArray? @out = null, bool keepdims = false, Operand? initial = null, NDArray? where = null) =>
        NanReduction.Extreme(a, axis, @out, keepdims, initial, where, max: true);

    /// <summary>The index of the minimum ignoring NaN (<c>np.nanargmin</c>).</summary>
    /// <param name="a">The input.</param>
    /// <param name="axis">The axis; null searches the flattened array.</param>
    /// <param name="out">Where to write the indices (int64).</param>
    /// <param name="keepdims">Whether the reduced axis stays as a length-1 axis.</param>
    /// <returns>The indices: <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentException">A slice holds only NaN ("All-NaN slice encountered", NumPy's ValueError).</exception>
    public static NDArray NanArgMin(NDArray a, int? axis = null, NDArray? @out = null, bool keepdims = false) =>
        NanReduction.ArgExtreme(a, axis, @out, keepdims, max: false);

    /// <summary>The index of the maximum ignoring NaN (<c>np.nanargmax</c>).</summary>
    /// <inheritdoc cref="NanArgMin(NDArray, int?, NDArray?, bool)" path="/param"/>
    /// <inheritdoc cref="NanArgMin(NDArray, int?, NDArray?, bool)" path="/returns"/>
    /// <inheritdoc cref="NanArgMin(NDArray, int?, NDArray?, bool)" path="/exception"/>
    public static NDArray NanArgMax(NDArray a, int? axis = null, NDArray? @out = null, bool keepdims = false) =>
        NanReduction.ArgExtreme(a, axis, @out, keepdims, max: true);

    /// <summary>
    /// The mean of the values that are not NaN (<c>np.nanmean</c>): their sum divided by their count
    /// (in float64, then cast, as NumPy divides by an intp count); a slice of only NaN gives NaN.
    /// Integer and bool inputs take <see cref="Mean(NDArray, Axes, DType?, NDArray?, bool, NDArray?)"/>.
    /// </summary>
    /// <param name="a">The input.</param>
    /// <param name="axis">The axes to reduce; the default reduces all.</param>
    /// <param name="dtype">The accumulator and result dtype; inexact for an inexact input.</param>
    /// <param name="out">Where to write the result; inexact for an inexact input.</param>
    /// <param name="keepdims">Whether the reduced axes stay as length-1 axes.</param>
    /// <param name="where">Which elements take part.</param>
    /// <returns>The result: <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentException">An inexact input with an integer dtype or out ("If a is inexact, then dtype must be inexact").</exception>
    public static NDArray NanMean(NDArray a, Axes axis = default, DType? dtype = null, NDArray? @out = null, bool keepdims = false, NDArray? where = null) =>
        NanReduction.Mean(a, axis, dtype, @out, keepdims, where);

    /// <summary>
    /// The variance of the values that are not NaN (<c>np.nanvar</c>), in NumPy's order of operations;
    /// a slice with no more than <paramref name="ddof"/> values gives NaN.
    /// </summary>
    /// <param name="a">The input.</param>
    /// <param name="axis">The axes to reduce; the default reduces all.</param>
    /// <param name="dtype">The accumulator and result dtype; inexact for an inexact input.</param>
    /// <param name="out">Where to write the result; inexact for an inexact input.</param>
    /// <param name="ddof">Delta degrees of freedom: the divisor is the count minus ddof.</param>
    /// <param name="keepdims">Whether the reduced axes stay as length-1 axes.</param>
    /// <param name="where">Which elements take part.</param>
    /// <returns>The result: <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentException">An inexact input with an integer dtype or out.</exception>
    public static NDArray NanVar(NDArray a, Axes axis = default, DType? dtype = null, NDArray? @out = null, double ddof = 0, bool keepdims = false, NDArray? where = null) =>
        NanReduction.Var(a, axis, dtype, @out, ddof, keepdims, where, std: false);

    /// <summary>The standard deviation of the values that are not NaN (<c>np.nanstd</c>): the square root of <see cref="NanVar"/>.</summary>
    /// <inheritdoc cref="NanVar(NDArray, Axes, DType?, NDArray?, double, bool, NDArray?)" path="/param"/>
    /// <inheritdoc cref="NanVar(NDArray, Axes, DType?, NDArray?, double, bool, NDArray?)" path="/returns"/>
    /// <inheritdoc cref="NanVar(NDArray, Axes, DType?, NDArray?, double, bool, NDArray?)" path="/exception"/>
    public static NDArray NanStd(NDArray a, Axes axis = default, DType? dtype = null, NDArray? @out = null, double ddof = 0, bool keepdims = false, NDArray? where = null) =>
        NanReduction.Var(a, axis, dtype, @out, ddof, keepdims, where, std: true);

    /// <summary>
    /// The median of the values that are not NaN (<c>np.nanmedian</c>): NaN are dropped per lane before
    /// the selection; a slice of only NaN gives NaN, and an empty array gives <see cref="NanMean"/>'s result.
    /// </summary>
    /// <inheritdoc cref="Median(NDArray, Axes, NDArray?, bool)" path="/param"/>
    /// <inheritdoc cref="Median(NDArray, Axes, NDArray?, bool)" path="/returns"/>
    /// <inheritdoc cref="Median(NDArray, Axes, NDArray?, bool)" path="/exception"/>
    /// <exception cref="NotSupportedException"><paramref name="a"/> is complex.</exception>
    public static NDArray NanMedian(NDArray a, Axes axis = default, NDArray? @out = null, bool keepdims = false) =>
        MedianReduction.Run(a, axis, @out, keepdims, skipNaN: true);

    /// <summary>
    /// The quantile of the values that are not NaN (<c>np.nanquantile</c>), with NumPy's per-lane
    /// result types: a slice of only NaN gives NaN, in the input's dtype when it is the first slice.
    /// </summary>
    /// <inheritdoc cref="Quantile(NDArray, double, Axes, NDArray?, bool, QuantileMethod)" path="/param"/>
    /// <inheritdoc cref="Quantile(NDArray, double, Axes, NDArray?, bool, QuantileMethod)" path="/returns"/>
    /// <inheritdoc cref="Quantile(NDArray, double, Axes, NDArray?, bool, QuantileMethod)" path="/exception"/>
    public static NDArray NanQuantile(NDArray a, double q, Axes axis = default, NDArray? @out = null, bool keepdims = false, QuantileMethod method = QuantileMethod.Linear) =>
        QuantileReduction.Run(a, [q], [], axis, @out, keepdims, method, percentile: false, skipNaN: true);

    /// <summary>Several quantiles of the values that are not NaN (<c>np.nanquantile</c> with an array q).</summary>
    /// <inheritdoc cref="Quantile(NDArray, NDArray, Axes, NDArray?, bool, QuantileMethod)" path="/param"/>
    /// <inheritdoc cref="Quantile(NDArray, NDArray, Axes, NDArray?, bool, QuantileMethod)" path="/returns"/>
    /// <inheritdoc cref="Quantile(NDArray, NDArray, Axes, NDArray?, bool, QuantileMethod)" path="/exception"/>
    public static NDArray NanQuantile(NDArray a, NDArray q, Axes axis = default, NDArray? @out = null, bool keepdims = false, QuantileMethod method = QuantileMethod.Linear) =>
        QuantileReduction.Run(a, QuantileValues(q), q.Shape, axis, @out, keepdims, method, percentile: false, skipNaN: true);

    /// <summary>The percentile of the values that are not NaN (<c>np.nanpercentile</c>).</summary>
    /// <inheritdoc cref="Percentile(NDArray, double, Axes, NDArray?, bool, QuantileMethod)" path="/param"/>
    /// <inheritdoc cref="Percentile(NDArray, double, Axes, NDArray?, bool, QuantileMethod)" path="/returns"/>
    /// <inheritdoc cref="Percentile(NDArray, double, Axes, NDArray?, bool, QuantileMethod)" path="/exception"/>
    public static NDArray NanPercentile(NDArray a, double q, Axes axis = default, NDArray? @out = null, bool keepdims = false, QuantileMethod method = QuantileMethod.Linear) =>
        QuantileReduction.Run(a, [q], [], axis, @out, keepdims, method, percentile: true, skipNaN: true);

    /// <summary>Several percentiles of the values that are not NaN (<c>np.nanpercentile</c> with an array q).</summary>
    /// <inheritdoc cref="Percentile(NDArray, NDArray, Axes, NDArray?, bool, QuantileMethod)" path="/param"/>
    /// <inheritdoc cref="Percentile(NDArray, NDArray, Axes, NDArray?, bool, QuantileMethod)" path="/returns"/>
    /// <inheritdoc cref="Percentile(NDArray, NDArray, Axes, NDArray?, bool, QuantileMethod)" path="/exception"/>
    public static NDArray NanPercentile(NDArray a, NDArray q, Axes axis = default, NDArray? @out = null, bool keepdims = false, QuantileMethod method = QuantileMethod.Linear) =>
        QuantileReduction.Run(a, QuantileValues(q), q.Shape, axis, @out, keepdims, method, percentile: true, skipNaN: true);
}
