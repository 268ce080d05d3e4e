namespace ArrayBridge;

public unsafe partial class NDArray
{
    /// <summary>
    /// The sum of the elements over the given axes: NumPy's <c>np.sum(a, axis, dtype, out, keepdims, initial, where)</c>
    /// (<c>np.add.reduce</c>). Bool and integers narrower than 64 bits sum in int64 (uint64 when
    /// unsigned) unless <paramref name="dtype"/> says otherwise; integers wrap on overflow as in NumPy.
    /// Float runs along a contiguous axis are summed pairwise (NumPy's algorithm, error O(ε·log n));
    /// along other axes the sums accumulate row by row, as NumPy does (error O(ε·n) per output).
    /// </summary>
    /// <param name="a">The array to reduce.</param>
    /// <param name="axis">The axes to reduce (NumPy's <c>axis</c>): <see cref="Axes.All"/> (the default) reduces all of them, an int one, a tuple several, an empty tuple none.</param>
    /// <param name="dtype">The type the sum accumulates in and returns (<c>dtype=</c>); the input is cast to it.</param>
    /// <param name="out">Where to write the result (<c>out=</c>): its shape must be the result's (with <paramref name="keepdims"/>); null allocates a new array.</param>
    /// <param name="keepdims">Whether reduced axes stay as length 1 (<c>keepdims=</c>), so the result broadcasts against <paramref name="a"/>.</param>
    /// <param name="initial">The starting value of each sum (<c>initial=</c>); null starts from the identity.</param>
    /// <param name="where">A bool mask broadcast to <paramref name="a"/>'s shape (<c>where=</c>): only the elements where it is true take part.</param>
    /// <returns>The result, a 0-d array for a full reduction (dispose it, or use <see cref="NDArray.Scope"/>); <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of bounds (NumPy's "axis 2 is out of bounds for array of dimension 2").</exception>
    /// <exception cref="ArgumentException">An axis repeats, <paramref name="out"/> has the wrong dimensions or shape or is read-only, or <paramref name="where"/> does not broadcast (NumPy's messages).</exception>
    /// <exception cref="InvalidCastException"><paramref name="where"/> is not bool, or the result cannot be cast to <paramref name="out"/>'s dtype under same_kind.</exception>
    public static NDArray Sum(NDArray a, Axes axis = default, DType? dtype = null, NDArray? @out = null, bool keepdims = false, Operand? initial = null, NDArray? where = null) =>
        Reduction.Reduce(ReduceOp.Add, a, axis, dtype, @out, keepdims, initial, where);

    /// <summary>The sum over <paramref name="axis"/>: NumPy's <c>a.sum(axis, ...)</c>. For the sum of every element as a number, see <see cref="NDArrayReductions"/> (<c>a.Sum()</c>).</summary>
    /// <inheritdoc cref="Sum(NDArray, Axes, DType?, NDArray?, bool, Operand?, NDArray?)" path="/param"/>
    /// <inheritdoc cref="Sum(NDArray, Axes, DType?, NDArray?, bool, Operand?, NDArray?)" path="/returns"/>
    /// <inheritdoc cref="Sum(NDArray, Axes, DType?, NDArray?, bool, Operand?, NDArray?)" path="/exception"/>
    public NDArray Sum(Axes axis, DType? dtype = null, NDArray? @out = null, bool keepdims = false, Operand? initial = null, NDArray? where = null) =>
        Reduction.Reduce(ReduceOp.Add, this, axis, dtype, @out, keepdims, initial, where);

    /// <summary>
    /// The product of the elements over the given axes: NumPy's <c>np.prod</c> (<c>np.multiply.reduce</c>).
    /// Bool and integers narrower than 64 bits multiply in int64 (uint64 when unsigned); integers wrap
    /// on overflow. Products are taken in order.
    /// </summary>
    /// <inheritdoc cref="Sum(NDArray, Axes, DType?, NDArray?, bool, Operand?, NDArray?)" path="/param"/>
    /// <inheritdoc cref="Sum(NDArray, Axes, DType?, NDArray?, bool, Operand?, NDArray?)" path="/returns"/>
    /// <inheritdoc cref="Sum(NDArray, Axes, DType?, NDArray?, bool, Operand?, NDArray?)" path="/exception"/>
    public static NDArray Prod(NDArray a, Axes axis = default, DType? dtype = null, NDArray? @out = null, bool keepdims = false, Operand? initial = null, NDArray? where = null) =>
        Reduction.Reduce(ReduceOp.Multiply, a, axis, dtype, @out, keepdims, initial, where);

    /// <summary>The product over <paramref name="axis"/>: NumPy's <c>a.prod(axis, ...)</c>.</summary>
    /// <inheritdoc cref="Sum(NDArray, Axes, DType?, NDArray?, bool, Operand?, NDArray?)" path="/param"/>
    /// <inheritdoc cref="Sum(NDArray, Axes, DType?, NDArray?, bool, Operand?, NDArray?)" path="/returns"/>
    /// <inheritdoc cref="Sum(NDArray, Axes, DType?, NDArray?, bool, Operand?, NDArray?)" path="/exception"/>
    public NDArray Prod(Axes axis, DType? dtype = null, NDArray? @out = null, bool keepdims = false, Operand? initial = null, NDArray? where = null) =>
        Reduction.Reduce(ReduceOp.Multiply, this, axis, dtype, @out, keepdims, initial, where);

    /// <summary>
    /// The largest element over the given axes: NumPy's <c>np.max</c>/<c>np.amax</c> (<c>np.maximum.reduce</c>).
    /// NaN propagates; complex numbers order lexicographically. The result has <paramref name="a"/>'s dtype.
    /// </summary>
    /// <param name="a">The array to reduce.</param>
    /// <param name="axis">The axes to reduce (NumPy's <c>axis</c>).</param>
    /// <param name="out">Where to write the result (<c>out=</c>).</param>
    /// <param name="keepdims">Whether reduced axes stay as length 1.</param>
    /// <param name="initial">The value each maximum starts from (<c>initial=</c>): required when a reduced axis is empty or <paramref name="where"/> is given.</param>
    /// <param name="where">A bool mask broadcast to <paramref name="a"/>'s shape; requires <paramref name="initial"/>.</param>
    /// <returns>The result, a 0-d array for a full reduction; <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentException">A reduced axis is empty and no <paramref name="initial"/> is given (NumPy's "zero-size array to reduction operation maximum which has no identity"), <paramref name="where"/> without <paramref name="initial"/>, or the checks of <see cref="Sum(NDArray, Axes, DType?, NDArray?, bool, Operand?, NDArray?)"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of bounds.</exception>
    /// <exception cref="InvalidCastException"><paramref name="where"/> is not bool.</exception>
    public static NDArray Max(NDArray a, Axes axis = default, NDArray? @out = null, bool keepdims = false, Operand? initial = null, NDArray? where = null) =>
        Reduction.Reduce(ReduceOp.Maximum, a, axis, null, @out, keepdims, initial, where);

    /// <summary>The largest element over <paramref name="axis"/>: NumPy's <c>a.max(axis, ...)</c>.</summary>
    /// <inheritdoc cref="Max(NDArray, Axes, NDArray?, bool, Operand?, NDArray?)" path="/param"/>
    /// <inheritdoc cref="Max(NDArray, Axes, NDArray?, bool, Operand?, NDArray?)" path="/returns"/>
    /// <inheritdoc cref="Max(NDArray, Axes, NDArray?, bool, Operand?, NDArray?)" path="/exception"/>
    public NDArray Max(Axes axis, NDArray? @out = null, bool keepdims = false, Operand? initial = null, NDArray? where = null) =>
        Reduction.Reduce(ReduceOp.Maximum, this, axis, null, @out, keepdims, initial, where);

    /// <summary>
    /// The smallest element over the given axes: NumPy's <c>np.min</c>/<c>np.amin</c> (<c>np.minimum.reduce</c>).
    /// NaN propagates; complex numbers order lexicographically.
    /// </summary>
    /// <inheritdoc cref="Max(NDArray, Axes, NDArray?, bool, Operand?, NDArray?)" path="/param"/>
    /// <inheritdoc cref="Max(NDArray, Axes, NDArray?, bool, Operand?, NDArray?)" path="/returns"/>
    /// <inheritdoc cref="Max(NDArray, Axes, NDArray?, bool, Operand?, NDArray?)" path="/exception"/>
    public static NDArray Min(NDArray a, Axes axis = default, NDArray? @out = null, bool keepdims = false, Operand? initial = null, NDArray? where = null) =>
        Reduction.Reduce(ReduceOp.Minimum, a, axis, null, @out, keepdims, initial, where);

    /// <summary>The smallest element over <paramref name="axis"/>: NumPy's <c>a.min(axis, ...)</c>.</summary>
    /// <inheritdoc cref="Max(NDArray, Axes, NDArray?, bool, Operand?, NDArray?)" path="/param"/>
    /// <inheritdoc cref="Max(NDArray, Axes, NDArray?, bool, Operand?, NDArray?)" path="/returns"/>
    /// <inheritdoc cref="Max(NDArray, Axes, NDArray?, bool, Operand?, NDArray?)" path="/exception"/>
    public NDArray Min(Axes axis, NDArray? @out = null, bool keepdims = false, Operand? initial = null, NDArray? where = null) =>
        Reduction.Reduce(ReduceOp.Minimum, this, axis, null, @out, keepdims, initial, where);

    /// <summary>
    /// Whether any element over the given axes is true (nonzero; NaN counts as true): NumPy's
    /// <c>np.any</c> (<c>np.logical_or.reduce</c>). The result is bool; a run stops at its first true element.
    /// </summary>
    /// <param name="a">The array to reduce.</param>
    /// <param name="axis">The axes to reduce (NumPy's <c>axis</c>).</param>
    /// <param name="out">Where to write the result (<c>out=</c>), of any dtype.</param>
    /// <param name="keepdims">Whether reduced axes stay as length 1.</param>
    /// <param name="where">A bool mask broadcast to <paramref name="a"/>'s shape.</param>
    /// <returns>The bool result, a 0-d array for a full reduction; <paramref name="out"/> when given.</returns>
    /// <inheritdoc cref="Sum(NDArray, Axes, DType?, NDArray?, bool, Operand?, NDArray?)" path="/exception"/>
    public static NDArray Any(NDArray a, Axes axis = default, NDArray? @out = null, bool keepdims = false, NDArray? where = null) =>
        Reduction.Reduce(ReduceOp.LogicalOr, a, axis, null, @out, keepdims, null, where);

    /// <summary>Whether any element over <paramref name="axis"/> is true: NumPy's <c>a.any(axis, ...)</c>.</summary>
    /// <inheritdoc cref="Any(NDArray, Axes, NDArray?, bool, NDArray?)" path="/param"/>
    /// <inheritdoc cref="Any(NDArray, Axes, NDArray?, bool, NDArray?)" path="/returns"/>
    /// <inheritdoc cref="Sum(NDArray, Axes, DType?, NDArray?, bool, Operand?, NDArray?)" path="/exception"/>
    public NDArray Any(Axes axis, NDArray? @out = null, bool keepdims = false, NDArray? where = null) =>
        Reduction.Reduce(ReduceOp.LogicalOr, this, axis, null, @out, keepdims, null, where);

    /// <summary>
    /// Whether every element over the given axes is true (nonzero): NumPy's <c>np.all</c>
    /// (<c>np.logical_and.reduce</c>). The result is bool; a run stops at its first false element.
    /// </summary>
    /// <inheritdoc cref="Any(NDArray, Axes, NDArray?, bool, NDArray?)" path="/param"/>
    /// <inheritdoc cref="Any(NDArray, Axes, NDArray?, bool, NDArray?)" path="/returns"/>
    /// <inheritdoc cref="Sum(NDArray, Axes, DType?, NDArray?, bool, Operand?, NDArray?)" path="/exception"/>
    public static NDArray All(NDArray a, Axes axis = default, NDArray? @out = null, bool keepdims = false, NDArray? where = null) =>
        Reduction.Reduce(ReduceOp.LogicalAnd, a, axis, null, @out, keepdims, null, where);

    /// <summary>Whether every element over <paramref name="axis"/> is true: NumPy's <c>a.all(axis, ...)</c>.</summary>
    /// <inheritdoc cref="Any(NDArray, Axes, NDArray?, bool, NDArray?)" path="/param"/>
    /// <inheritdoc cref="Any(NDArray, Axes, NDArray?, bool, NDArray?)" path="/returns"/>
    /// <inheritdoc cref="Sum(NDArray, Axes, DType?, NDArray?, bool, Operand?, NDArray?)" path="/exception"/>
    public NDArray All(Axes axis, NDArray? @out = null, bool keepdims = false, NDArray? where = null) =>
        Reduction.Reduce(ReduceOp.LogicalAnd, this, axis, null, @out, keepdims, null, where);

    /// <summary>
    /// The arithmetic mean over the given axes: NumPy's <c>np.mean</c> (<c>_methods._mean</c>): the
    /// sum (in float64 for bool and integers, in float32 for float16, whose result is cast back to
    /// float16) divided by the number of elements taken. An empty reduction gives NaN after NumPy's
    /// "Mean of empty slice." warning, raised as a <see cref="NDArray.FloatingPointWarning"/> (category
    /// <see cref="FloatingPointFlags.Invalid"/>, name <c>mean</c>) whatever the errstate, then the
    /// division's own "invalid value encountered in divide" under the errstate.
    /// </summary>
    /// <param name="a">The array to reduce.</param>
    /// <param name="axis">The axes to reduce (NumPy's <c>axis</c>).</param>
    /// <param name="dtype">The type to sum and divide in (<c>dtype=</c>).</param>
    /// <param name="out">Where to write the result (<c>out=</c>).</param>
    /// <param name="keepdims">Whether reduced axes stay as length 1.</param>
    /// <param name="where">A bool mask broadcast to <paramref name="a"/>'s shape: only the elements where it is true are averaged.</param>
    /// <returns>The result, a 0-d array for a full reduction; <paramref name="out"/> when given.</returns>
    /// <inheritdoc cref="Sum(NDArray, Axes, DType?, NDArray?, bool, Operand?, NDArray?)" path="/exception"/>
    public static NDArray Mean(NDArray a, Axes axis = default, DType? dtype = null, NDArray? @out = null, bool keepdims = false, NDArray? where = null) =>
        Moments.Mean(a, axis, dtype, @out, keepdims, where);

    /// <summary>The mean over <paramref name="axis"/>: NumPy's <c>a.mean(axis, ...)</c>.</summary>
    /// <inheritdoc cref="Mean(NDArray, Axes, DType?, NDArray?, bool, NDArray?)" path="/param"/>
    /// <inheritdoc cref="Mean(NDArray, Axes, DType?, NDArray?, bool, NDArray?)" path="/returns"/>
    /// <inheritdoc cref="Sum(NDArray, Axes, DType?, NDArray?, bool, Operand?, NDArray?)" path="/exception"/>
    public NDArray Mean(Axes axis, DType? dtype = null, NDArray? @out = null, bool keepdims = false, NDArray? where = null) =>
        Moments.Mean(this, axis, dtype, @out, keepdims, where);

    /// <summary>
    /// The variance over the given axes: NumPy's <c>np.var</c> (<c>_methods._var</c>): the mean,
    /// then <c>|x - mean|²</c> (real for complex input), summed and divided by <c>max(n - ddof, 0)</c>.
    /// Bool and integers compute in float64. When <c>n - ddof &lt;= 0</c> NumPy's "Degrees of freedom
    /// &lt;= 0 for slice" warning is raised as a <see cref="NDArray.FloatingPointWarning"/> (name <c>var</c>),
    /// and the division gives inf or NaN with its own errstate report.
    /// </summary>
    /// <param name="a">The array to reduce.</param>
    /// <param name="axis">The axes to reduce (NumPy's <c>axis</c>).</param>
    /// <param name="dtype">The type to compute in (<c>dtype=</c>).</param>
    /// <param name="out">Where to write the result (<c>out=</c>).</param>
    /// <param name="ddof">Delta degrees of freedom (<c>ddof=</c>): the divisor is <c>n - ddof</c>.</param>
    /// <param name="keepdims">Whether reduced axes stay as length 1.</param>
    /// <param name="where">A bool mask broadcast to <paramref name="a"/>'s shape.</param>
    /// <returns>The result (real for complex input), a 0-d array for a full reduction; <paramref name="out"/> when given.</returns>
    /// <inheritdoc cref="Sum(NDArray, Axes, DType?, NDArray?, bool, Operand?, NDArray?)" path="/exception"/>
    public static NDArray Var(NDArray a, Axes axis = default, DType? dtype = null, NDArray? @out = null, double ddof = 0, bool keepdims = false, NDArray? where = null) =>
        Moments.Var(a, axis, dtype, @out, ddof, keepdims, where, sqrt: false);

    /// <summary>The variance over <paramref name="axis"/>: NumPy's <c>a.var(axis, ...)</c>.</summary>
    /// <inheritdoc cref="Var(NDArray, Axes, DType?, NDArray?, double, bool, NDArray?)" path="/param"/>
    /// <inheritdoc cref="Var(NDArray, Axes, DType?, NDArray?, double, bool, NDArray?)" path="/returns"/>
    /// <inheritdoc cref="Sum(NDArray, Axes, DType?, NDArray?, bool, Operand?, NDArray?)" path="/exception"/>
    public NDArray Var(Axes axis, DType? dtype = null, NDArray? @out = null, double ddof = 0, bool keepdims = false, NDArray? where = null) =>
        Moments.Var(this, axis, dtype, @out, ddof, keepdims, where, sqrt: false);

    /// <summary>The standard deviation over the given axes: NumPy's <c>np.std</c>, the square root of <see cref="Var(NDArray, Axes, DType?, NDArray?, double, bool, NDArray?)"/>.</summary>
    /// <inheritdoc cref="Var(NDArray, Axes, DType?, NDArray?, double, bool, NDArray?)" path="/param"/>
    /// <inheritdoc cref="Var(NDArray, Axes, DType?, NDArray?, double, bool, NDArray?)" path="/returns"/>
    /// <inheritdoc cref="Sum(NDArray, Axes, DType?, NDArray?, bool, Operand?, NDArray?)" path="/exception"/>
    public static NDArray Std(NDArray a, Axes axis = default, DType? dtype = null, NDArray? @out = null, double ddof = 0, bool keepdims = false, NDArray? where = null) =>
        Moments.Var(a, axis, dtype, @out, ddof, keepdims, where, sqrt: true);

    /// <summary>The standard deviation over <paramref name="axis"/>: NumPy's <c>a.std(axis, ...)</c>.</summary>
    /// <inheritdoc cref="Var(NDArray, Axes, DType?, NDArray?, double, bool, NDArray?)" path="/param"/>
    /// <inheritdoc cref="Var(NDArray, Axes, DType?, NDArray?, double, bool, NDArray?)" path="/returns"/>
    /// <inheritdoc cref="Sum(NDArray, Axes, DType?, NDArray?, bool, Operand?, NDArray?)" path="/exception"/>
    public NDArray Std(Axes axis, DType? dtype = null, NDArray? @out = null, double ddof = 0, bool keepdims = false, NDArray? where = null) =>
        Moments.Var(this, axis, dtype, @out, ddof, keepdims, where, sqrt: true);

    /// <summary>
    /// The range (maximum minus minimum) over the given axes: NumPy's <c>np.ptp</c>, computed as
    /// <c>np.subtract(max, min)</c> in <paramref name="a"/>'s dtype, so integers wrap (an int8 range
    /// of 255 is -1) exactly as NumPy's. Refused for bool, as NumPy's subtract refuses it.
    /// </summary>
    /// <param name="a">The array to reduce.</param>
    /// <param name="axis">The axes to reduce (NumPy's <c>axis</c>).</param>
    /// <param name="out">Where to write the result (<c>out=</c>).</param>
    /// <param name="keepdims">Whether reduced axes stay as length 1.</param>
    /// <returns>The result, a 0-d array for a full reduction; <paramref name="out"/> when given.</returns>
    /// <inheritdoc cref="Max(NDArray, Axes, NDArray?, bool, Operand?, NDArray?)" path="/exception"/>
    public static NDArray Ptp(NDArray a, Axes axis = default, NDArray? @out = null, bool keepdims = false) =>
        Moments.Ptp(a, axis, @out, keepdims);

    /// <summary>The range over <paramref name="axis"/>: NumPy's <c>a.ptp(axis, ...)</c>.</summary>
    /// <inheritdoc cref="Ptp(NDArray, Axes, NDArray?, bool)" path="/param"/>
    /// <inheritdoc cref="Ptp(NDArray, Axes, NDArray?, bool)" path="/returns"/>
    /// <inheritdoc cref="Max(NDArray, Axes, NDArray?, bool, Operand?, NDArray?)" path="/exception"/>
    public NDArray Ptp(Axes axis, NDArray? @out = null, bool keepdims = false) =>
        Moments.Ptp(this, axis, @out, keepdims);

    /// <summary>
    /// The number of nonzero (true) elements over the given axes: NumPy's <c>np.count_nonzero(a, axis, keepdims)</c>.
    /// NaN counts as nonzero. The result is int64 (NumPy's intp).
    /// </summary>
    /// <param name="a">The array to count.</param>
    /// <param name="axis">The axes to count along (NumPy's <c>axis</c>).</param>
    /// <param name="keepdims">Whether reduced axes stay as length 1.</param>
    /// <returns>The int64 counts, a 0-d array for a full count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of bounds.</exception>
    /// <exception cref="ArgumentException">An axis repeats.</exception>
    public static NDArray CountNonzero(NDArray a, Axes axis = default, bool keepdims = false) =>
        Moments.CountNonzero(a, axis, keepdims);

    /// <summary>The number of nonzero elements over <paramref name="axis"/>: NumPy's <c>np.count_nonzero(a, axis)</c>.</summary>
    /// <inheritdoc cref="CountNonzero(NDArray, Axes, bool)" path="/param"/>
    /// <inheritdoc cref="CountNonzero(NDArray, Axes, bool)" path="/returns"/>
    /// <inheritdoc cref="CountNonzero(NDArray, Axes, bool)" path="/exception"/>
    public NDArray CountNonzero(Axes axis, bool keepdims = false) =>
        Moments.CountNonzero(this, axis, keepdims);

    /// <summary>
    /// The index of the largest element: NumPy's <c>np.argmax(a, axis, out, keepdims)</c>. The first
    /// occurrence wins; NaN counts as the largest, so the first NaN's index is returned. With no axis
    /// the index is into the flattened (C order) array. The result is int64 (NumPy's intp).
    /// </summary>
    /// <param name="a">The array to search.</param>
    /// <param name="axis">One axis to search along (negative counts from the end), or null for the flattened array: NumPy allows an int or None only.</param>
    /// <param name="out">Where to write the indices (<c>out=</c>): int64 of the result's shape.</param>
    /// <param name="keepdims">Whether the searched axis (all axes when <paramref name="axis"/> is null) stays as length 1.</param>
    /// <returns>The int64 indices, a 0-d array when <paramref name="axis"/> is null and not <paramref name="keepdims"/>; <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentException">The searched axis is empty (NumPy's "attempt to get argmax of an empty sequence"), or <paramref name="out"/> is not int64 of the result's shape ("output array does not match result of np.argmax.").</exception>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of bounds.</exception>
    public static NDArray ArgMax(NDArray a, int? axis = null, NDArray? @out = null, bool keepdims = false) =>
        ArgReduction.Run(a, axis, @out, keepdims, max: true);

    /// <summary>The index of the largest element along <paramref name="axis"/>: NumPy's <c>a.argmax(axis, ...)</c>.</summary>
    /// <inheritdoc cref="ArgMax(NDArray, int?, NDArray?, bool)" path="/param"/>
    /// <inheritdoc cref="ArgMax(NDArray, int?, NDArray?, bool)" path="/returns"/>
    /// <inheritdoc cref="ArgMax(NDArray, int?, NDArray?, bool)" path="/exception"/>
    public NDArray ArgMax(int? axis, NDArray? @out = null, bool keepdims = false) =>
        ArgReduction.Run(this, axis, @out, keepdims, max: true);

    /// <summary>
    /// The index of the smallest element: NumPy's <c>np.argmin(a, axis, out, keepdims)</c>. The first
    /// occurrence wins; the first NaN's index is returned when there is one.
    /// </summary>
    /// <inheritdoc cref="ArgMax(NDArray, int?, NDArray?, bool)" path="/param"/>
    /// <inheritdoc cref="ArgMax(NDArray, int?, NDArray?, bool)" path="/returns"/>
    /// <inheritdoc cref="ArgMax(NDArray, int?, NDArray?, bool)" path="/exception"/>
    public static NDArray ArgMin(NDArray a, int? axis = null, NDArray? @out = null, bool keepdims = false) =>
        ArgReduction.Run(a, axis, @out, keepdims, max: false);

    /// <summary>The index of the smallest element along <paramref name="axis"/>: NumPy's <c>a.argmin(axis, ...)</c>.</summary>
    /// <inheritdoc cref="ArgMax(NDArray, int?, NDArray?, bool)" path="/param"/>
    /// <inheritdoc cref="ArgMax(NDArray, int?, NDArray?, bool)" path="/returns"/>
    /// <inheritdoc cref="ArgMax(NDArray, int?, NDArray?, bool)" path="/exception"/>
    public NDArray ArgMin(int? axis, NDArray? @out = null, bool keepdims = false) =>
        ArgReduction.Run(this, axis, @out, keepdims, max: false);
}
