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
}
