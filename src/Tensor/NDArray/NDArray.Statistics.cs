namespace ArrayBridge;

public unsafe partial class NDArray
{
    /// <summary>
    /// The cumulative sum along an axis (<c>np.cumsum</c>, which is <c>np.add.accumulate</c>): element
    /// <c>k</c> is the sum of elements <c>0..k</c>, added in order, so float results are those of
    /// NumPy bit for bit. Integers wrap on overflow; bools add as integers.
    /// </summary>
    /// <param name="a">The input.</param>
    /// <param name="axis">The axis to accumulate along; null (NumPy's <c>axis=None</c>) accumulates the C-order flattening.</param>
    /// <param name="dtype">
    /// The accumulator and result dtype; null takes the promotion of <paramref name="out"/>'s dtype and
    /// the input's when out is given (the result is then cast to out), else the input's, with NumPy's widening of bool and integers narrower than 64 bits to int64 (uint64 for
    /// unsigned). The input is cast to it unsafely, as NumPy's accumulate casts.
    /// </param>
    /// <param name="out">Where to write the result, of the result's shape; null allocates a C-ordered array.</param>
    /// <returns>The result: <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of bounds, in NumPy's words.</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> has the wrong shape.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="out"/> is read-only.</exception>
    public static NDArray CumSum(NDArray a, int? axis = null, DType? dtype = null, NDArray? @out = null) =>
        Accumulate.Run(a, axis, dtype, @out, Accumulate.Operation.Add);

    /// <summary>
    /// The cumulative product along an axis (<c>np.cumprod</c>, which is <c>np.multiply.accumulate</c>),
    /// multiplied in order; integers wrap on overflow.
    /// </summary>
    /// <inheritdoc cref="CumSum(NDArray, int?, DType?, NDArray?)" path="/param"/>
    /// <inheritdoc cref="CumSum(NDArray, int?, DType?, NDArray?)" path="/returns"/>
    /// <inheritdoc cref="CumSum(NDArray, int?, DType?, NDArray?)" path="/exception"/>
    public static NDArray CumProd(NDArray a, int? axis = null, DType? dtype = null, NDArray? @out = null) =>
        Accumulate.Run(a, axis, dtype, @out, Accumulate.Operation.Multiply);

    /// <summary>The cumulative sum of this array (<c>ndarray.cumsum</c>); see <see cref="CumSum(NDArray, int?, DType?, NDArray?)"/>.</summary>
    /// <param name="axis">The axis; null accumulates the C-order flattening.</param>
    /// <param name="dtype">The accumulator and result dtype.</param>
    /// <param name="out">Where to write the result.</param>
    /// <returns>The result: <paramref name="out"/> when given.</returns>
    public NDArray CumSum(int? axis = null, DType? dtype = null, NDArray? @out = null) => CumSum(this, axis, dtype, @out);

    /// <summary>The cumulative product of this array (<c>ndarray.cumprod</c>); see <see cref="CumProd(NDArray, int?, DType?, NDArray?)"/>.</summary>
    /// <param name="axis">The axis; null accumulates the C-order flattening.</param>
    /// <param name="dtype">The accumulator and result dtype.</param>
    /// <param name="out">Where to write the result.</param>
    /// <returns>The result: <paramref name="out"/> when given.</returns>
    public NDArray CumProd(int? axis = null, DType? dtype = null, NDArray? @out = null) => CumProd(this, axis, dtype, @out);

    /// <summary>
    /// The median along the axes (<c>np.median</c>): the middle value of each sorted lane, or the mean
    /// of the two middle values, found by selection on a copy (O(n), not a sort). The dtype is the
    /// mean's: float64 for bool and integers, the input's for floats. A lane holding NaN gives NaN,
    /// and so does an empty lane (NumPy's mean of an empty slice).
    /// </summary>
    /// <param name="a">The input: bool, integer, float or complex (ordered by real, then imaginary part, as NumPy sorts them).</param>
    /// <param name="axis">The axes to reduce (None, an int or a tuple); the default reduces all.</param>
    /// <param name="out">Where to write the result, of the result's shape; same_kind casting.</param>
    /// <param name="keepdims">Whether the reduced axes stay as length-1 axes.</param>
    /// <returns>The medians (a 0-d array when every axis is reduced): <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of bounds, in NumPy's words.</exception>
    /// <exception cref="ArgumentException">An axis is repeated, or <paramref name="out"/> has the wrong shape.</exception>
    public static NDArray Median(NDArray a, Axes axis = default, NDArray? @out = null, bool keepdims = false) =>
        MedianReduction.Run(a, axis, @out, keepdims);

    /// <summary>
    /// The <paramref name="q"/>-th quantile along the axes (<c>np.quantile</c>) with NumPy's formulas,
    /// so results match NumPy's bit for bit: the interpolating methods give float64 (the difference of
    /// the two neighbours is taken in the input's dtype first, as NumPy does), the picking methods
    /// (lower, higher, nearest) the input's dtype. A lane holding NaN gives NaN.
    /// </summary>
    /// <param name="a">The input: bool (picking methods only, as NumPy), integer or float.</param>
    /// <param name="q">The quantile, in [0, 1].</param>
    /// <param name="axis">The axes to reduce (None, an int or a tuple); the default reduces all.</param>
    /// <param name="out">Where to write the result, of the result's shape; same_kind casting.</param>
    /// <param name="keepdims">Whether the reduced axes stay as length-1 axes.</param>
    /// <param name="method">How values between data points are estimated; NumPy's default is linear.</param>
    /// <returns>The quantiles: <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentException">A quantile is outside [0, 1] ("Quantiles must be in the range [0, 1]"),
    /// an axis is repeated, <paramref name="a"/> is complex, or bool with an interpolating method.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of bounds, or <paramref name="method"/> is undefined.</exception>
    /// <exception cref="ArgumentException">The lanes are empty (NumPy's IndexError, in its words).</exception>
    public static NDArray Quantile(NDArray a, double q, Axes axis = default, NDArray? @out = null, bool keepdims = false, QuantileMethod method = QuantileMethod.Linear) =>
        QuantileReduction.Run(a, [q], [], axis, @out, keepdims, method, percentile: false);

    /// <summary>
    /// Several quantiles along the axes (<c>np.quantile</c> with an array <c>q</c>): the result's shape is
    /// <c>q.shape</c> followed by the reduced shape.
    /// </summary>
    /// <param name="a">The input.</param>
    /// <param name="q">The quantiles in [0, 1], at most 2-d; any real dtype, taken as float64.</param>
    /// <param name="axis">The axes to reduce.</param>
    /// <param name="out">Where to write the result.</param>
    /// <param name="keepdims">Whether the reduced axes stay as length-1 axes.</param>
    /// <param name="method">How values between data points are estimated.</param>
    /// <returns>The quantiles: <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentException">A quantile is outside [0, 1], <paramref name="q"/> has more than 2 dimensions ("q must be a scalar or 1d"), or as for the scalar overload.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of bounds, or <paramref name="method"/> is undefined.</exception>
    /// <exception cref="ArgumentException">The lanes are empty (NumPy's IndexError, in its words).</exception>
    public static NDArray Quantile(NDArray a, NDArray q, Axes axis = default, NDArray? @out = null, bool keepdims = false, QuantileMethod method = QuantileMethod.Linear)
    {
        double[] values = QuantileValues(q);
        return QuantileReduction.Run(a, values, q.Shape, axis, @out, keepdims, method, percentile: false);
    }

    /// <summary>The <paramref name="q"/>-th percentile along the axes (<c>np.percentile</c>): the quantile <c>q / 100</c>.</summary>
    /// <param name="a">The input.</param>
    /// <param name="q">The percentile, in [0, 100].</param>
    /// <param name="axis">The axes to reduce.</param>
    /// <param name="out">Where to write the result.</param>
    /// <param name="keepdims">Whether the reduced axes stay as length-1 axes.</param>
    /// <param name="method">How values between data points are estimated.</param>
    /// <returns>The percentiles: <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentException">A percentile is outside [0, 100] ("Percentiles must be in the range [0, 100]"), or as for <see cref="Quantile(NDArray, double, Axes, NDArray?, bool, QuantileMethod)"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of bounds, or <paramref name="method"/> is undefined.</exception>
    /// <exception cref="ArgumentException">The lanes are empty (NumPy's IndexError, in its words).</exception>
    public static NDArray Percentile(NDArray a, double q, Axes axis = default, NDArray? @out = null, bool keepdims = false, QuantileMethod method = QuantileMethod.Linear) =>
        QuantileReduction.Run(a, [q], [], axis, @out, keepdims, method, percentile: true);

    /// <summary>Several percentiles along the axes (<c>np.percentile</c> with an array <c>q</c>).</summary>
    /// <inheritdoc cref="Percentile(NDArray, double, Axes, NDArray?, bool, QuantileMethod)" path="/param"/>
    /// <inheritdoc cref="Percentile(NDArray, double, Axes, NDArray?, bool, QuantileMethod)" path="/returns"/>
    /// <inheritdoc cref="Percentile(NDArray, double, Axes, NDArray?, bool, QuantileMethod)" path="/exception"/>
    public static NDArray Percentile(NDArray a, NDArray q, Axes axis = default, NDArray? @out = null, bool keepdims = false, QuantileMethod method = QuantileMethod.Linear)
    {
        double[] values = QuantileValues(q);
        return QuantileReduction.Run(a, values, q.Shape, axis, @out, keepdims, method, percentile: true);
    }

    /// <summary>
    /// The weighted average along the axes (<c>np.average</c>): without weights the mean; with weights
    /// <c>sum(a * weights) / sum(weights)</c> in <c>result_type(a, weights)</c> (float64 at least for
    /// bool and integer inputs). Weights of another shape than <paramref name="a"/> must be 1-d, of
    /// the length of the single axis given.
    /// </summary>
    /// <param name="a">The input.</param>
    /// <param name="axis">The axes to average over; the default averages all.</param>
    /// <param name="weights">The weight of each value, of a's shape or 1-d along <paramref name="axis"/>; null weighs all alike.</param>
    /// <param name="keepdims">Whether the reduced axes stay as length-1 axes.</param>
    /// <returns>The averages.</returns>
    /// <exception cref="ArgumentException">The weights' shape does not fit, in NumPy's words ("Axis must be specified when
    /// shapes of a and weights differ.", "1D weights expected when shapes of a and weights differ.",
    /// "Length of weights not compatible with specified axis.").</exception>
    /// <exception cref="DivideByZeroException">The weights of a slice sum to zero ("Weights sum to zero, can't be normalized").</exception>
    public static NDArray Average(NDArray a, Axes axis = default, NDArray? weights = null, bool keepdims = false) =>
        AverageReduction.Run(a, axis, weights, keepdims, returned: false).Average;

    /// <summary>
    /// The weighted average and the sum of the weights (<c>np.average(..., returned=True)</c>); the sum
    /// has the average's shape and dtype (without weights it is the number of values averaged).
    /// </summary>
    /// <inheritdoc cref="Average(NDArray, Axes, NDArray?, bool)" path="/param"/>
    /// <inheritdoc cref="Average(NDArray, Axes, NDArray?, bool)" path="/exception"/>
    /// <returns>The averages and the sums of weights; the caller disposes both.</returns>
    public static (NDArray Average, NDArray SumOfWeights) AverageWithSumOfWeights(NDArray a, Axes axis = default, NDArray? weights = null, bool keepdims = false) =>
        AverageReduction.Run(a, axis, weights, keepdims, returned: true);

    private static double[] QuantileValues(NDArray q)
    {
        ArgumentNullException.ThrowIfNull(q);
        q.ThrowIfDisposed();
        if (q.DType.Kind == 'c')
            ThrowHelper.ThrowArgument("q must be real", nameof(q));
        var values = new double[q.Size];
        fixed (double* p = values)
        {
            using NDArray target = FromPointer(p, DType.Create(ScalarType.Float64), q.Shape);
            q.CopyTo(target, Casting.Unsafe);
        }

        return values;
    }
}
