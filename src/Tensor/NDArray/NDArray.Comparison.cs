namespace ArrayBridge;

public unsafe partial class NDArray
{
    /// <summary>Element-wise x1 == x2 (a bool result) (<c>np.equal</c>), broadcasting the operands. NaN compares unequal to everything. An integer array against an <see cref="int"/>/<see cref="long"/> its dtype cannot hold gives the answer NumPy 2 gives (<c>uint8_arr == 300</c> all False, <c>uint8_arr &lt; 300</c> all True) instead of overflowing.</summary>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Equal(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        ComparisonShortcut.TryCompare(Ufuncs.Equal, x1, x2, @out, where, dtype, casting, order)
        ?? Ufuncs.Equal.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>Element-wise x1 != x2 (a bool result) (<c>np.not_equal</c>), broadcasting the operands.</summary>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray NotEqual(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        ComparisonShortcut.TryCompare(Ufuncs.NotEqual, x1, x2, @out, where, dtype, casting, order)
        ?? Ufuncs.NotEqual.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>Element-wise x1 &lt; x2 (a bool result) (<c>np.less</c>), broadcasting the operands.</summary>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Less(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        ComparisonShortcut.TryCompare(Ufuncs.Less, x1, x2, @out, where, dtype, casting, order)
        ?? Ufuncs.Less.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>Element-wise x1 &lt;= x2 (a bool result) (<c>np.less_equal</c>), broadcasting the operands.</summary>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray LessEqual(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        ComparisonShortcut.TryCompare(Ufuncs.LessEqual, x1, x2, @out, where, dtype, casting, order)
        ?? Ufuncs.LessEqual.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>Element-wise x1 &gt; x2 (a bool result) (<c>np.greater</c>), broadcasting the operands.</summary>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Greater(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        ComparisonShortcut.TryCompare(Ufuncs.Greater, x1, x2, @out, where, dtype, casting, order)
        ?? Ufuncs.Greater.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>Element-wise x1 &gt;= x2 (a bool result) (<c>np.greater_equal</c>), broadcasting the operands.</summary>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray GreaterEqual(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        ComparisonShortcut.TryCompare(Ufuncs.GreaterEqual, x1, x2, @out, where, dtype, casting, order)
        ?? Ufuncs.GreaterEqual.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>Element-wise the larger of x1 and x2 (<c>np.maximum</c>), broadcasting the operands. NaN if either is NaN; of equal operands (0.0 and -0.0) the second, as NumPy's float32/float64 loops give (float16: the first).</summary>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Maximum(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Maximum.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>Element-wise the smaller of x1 and x2 (<c>np.minimum</c>), broadcasting the operands. NaN if either is NaN; of equal operands (0.0 and -0.0) the second, as NumPy's float32/float64 loops give (float16: the first).</summary>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Minimum(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Minimum.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>Element-wise the larger of x1 and x2, ignoring a NaN (<c>np.fmax</c>), broadcasting the operands. NaN only if both are NaN; equal operands as <see cref="Maximum"/>.</summary>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Fmax(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Fmax.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>Element-wise the smaller of x1 and x2, ignoring a NaN (<c>np.fmin</c>), broadcasting the operands. NaN only if both are NaN; equal operands as <see cref="Minimum"/>.</summary>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Fmin(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Fmin.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>
    /// Element-wise <paramref name="a"/> limited to [<paramref name="min"/>, <paramref name="max"/>]
    /// (<c>np.clip</c>, the ufunc <c>minimum(maximum(a, min), max)</c>), broadcasting the operands.
    /// </summary>
    /// <remarks>
    /// A NaN in any operand gives NaN; where min &gt; max the result is max. On an integer array a
    /// weak-integer bound outside the dtype's range is refused with NumPy's
    /// <see cref="OverflowException"/> ("Python integer 300 out of bounds for uint8"), as NumPy 1.24 and
    /// 2.0 refuse it; NumPy 2.1's <c>np.clip</c> function drops such a bound when it lies past the
    /// limit on its own side.
    /// </remarks>
    /// <param name="a">The values.</param>
    /// <param name="min">The lower bound.</param>
    /// <param name="max">The upper bound.</param>
    /// <param name="out">
    /// Where to write the result (NumPy's <c>out=</c>): any writeable array of the broadcast shape,
    /// including an input for an in-place operation; null allocates a new array.
    /// </param>
    /// <param name="where">
    /// A bool mask broadcast with the inputs (<c>where=</c>): the result is written only where it is
    /// true; elsewhere <paramref name="out"/> keeps its values (a new array holds zeros there).
    /// </param>
    /// <param name="dtype">The output's dtype (<c>dtype=</c>), which also selects the loop; null lets NumPy's promotion choose.</param>
    /// <param name="casting">How inputs and output may be converted (<c>casting=</c>, NumPy's default same_kind).</param>
    /// <param name="order">The memory order of a new result (<c>order=</c>); K follows the inputs' layout.</param>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Clip(Operand a, Operand min, Operand max, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Clip.Call(a, min, max, @out, where, dtype, casting, order);
}
