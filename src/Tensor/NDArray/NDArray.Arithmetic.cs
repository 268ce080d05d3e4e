namespace ArrayBridge;

public unsafe partial class NDArray
{
    /// <summary>
    /// Element-wise <c>x1 + x2</c> (<c>np.add</c>), broadcasting the operands. Integers wrap on
    /// overflow; bools add as logical or.
    /// </summary>
    /// <param name="x1">The first input: an array or a scalar (see <see cref="Operand"/> for how scalars promote).</param>
    /// <param name="x2">The second input.</param>
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
    /// <returns>The result: <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentException">The operands do not broadcast, <paramref name="out"/> has another shape or is read-only, or no loop takes the input types.</exception>
    /// <exception cref="InvalidCastException">An input or the output cannot be converted under <paramref name="casting"/>.</exception>
    /// <exception cref="OverflowException">A weak integer scalar does not fit the operation's dtype (<c>int8_array + 300</c>).</exception>
    public static NDArray Add(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Add.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>Element-wise x1 - x2 (<c>np.subtract</c>), broadcasting the operands. Integers wrap on overflow. Refused for two bool inputs, as NumPy refuses them.</summary>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Subtract(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Subtract.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>Element-wise x1 * x2 (<c>np.multiply</c>), broadcasting the operands. Integers wrap on overflow; bools multiply as logical and.</summary>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Multiply(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Multiply.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>Element-wise x1 / x2 (true division) (<c>np.true_divide</c>), broadcasting the operands. Integer and bool inputs divide as float64; x/0 is ±inf and 0/0 NaN.</summary>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Divide(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Divide.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>Element-wise x1 // x2, rounded toward negative infinity (<c>np.floor_divide</c>), broadcasting the operands. Python's sign rules; integer division by zero gives 0.</summary>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray FloorDivide(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.FloorDivide.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>Element-wise x1 % x2 with the sign of the divisor (Python's <c>%</c>, <c>np.mod</c>) (<c>np.remainder</c>), broadcasting the operands. Integer remainder by zero gives 0.</summary>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Remainder(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Remainder.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>Element-wise the C remainder of x1 / x2, with the sign of the dividend (<c>np.fmod</c>), broadcasting the operands. Integer fmod by zero gives 0.</summary>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Fmod(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Fmod.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>Element-wise x1 raised to x2 (<c>np.power</c>), broadcasting the operands. An integer raised to a negative integer power is an error.</summary>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Power(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Power.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>Element-wise -x (<c>np.negative</c>). Refused for bools, as NumPy refuses them.</summary>
    /// <param name="x">The input: an array or a scalar (see <see cref="Operand"/> for how scalars promote).</param>
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
    public static NDArray Negative(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Negative.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise +x (a copy) (<c>np.positive</c>). Refused for bools, as NumPy refuses them (it has no bool loop and does not cast up).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Positive(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Positive.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise |x|; the magnitude for complex inputs (a real result) (<c>np.absolute</c>). abs(INT_MIN) stays INT_MIN.</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Absolute(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Absolute.Call(x, @out, where, dtype, casting, order);

    /// <summary>
    /// Element-wise -1, 0 or 1 by the sign of x (NaN stays NaN, either zero gives +0) (<c>np.sign</c>).
    /// Complex inputs follow NumPy 2: <c>z/|z|</c>, 0 for 0, nan+nanj for a NaN part, the unit along an
    /// infinite part (nan+nanj when both are infinite); NumPy 1.x gave the sign of the real part
    /// (of the imaginary one when the real part is 0) instead. Refused for bools, as NumPy refuses them.
    /// </summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Sign(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Sign.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise x * x (<c>np.square</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Square(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Square.Call(x, @out, where, dtype, casting, order);

    /// <summary>
    /// Element-wise 1 / x (<c>np.reciprocal</c>). Integers as NumPy computes them, <c>1.0/x</c>
    /// truncated: 1 and -1 are themselves, any other nonzero value 0, and 0 gives what x86-64 NumPy
    /// gives (the int32/int64 minimum, 0 for narrower and unsigned types) with divide-by-zero and
    /// invalid flagged.
    /// </summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Reciprocal(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Reciprocal.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise the complex conjugate (x itself for real inputs) (<c>np.conjugate</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Conjugate(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Conjugate.Call(x, @out, where, dtype, casting, order);
}
