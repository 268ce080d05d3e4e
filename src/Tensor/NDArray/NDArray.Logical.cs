namespace ArrayBridge;

public unsafe partial class NDArray
{
    /// <summary>Element-wise x1 AND x2 on truth values (a bool result) (<c>np.logical_and</c>), broadcasting the operands.</summary>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray LogicalAnd(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.LogicalAnd.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>Element-wise x1 OR x2 on truth values (a bool result) (<c>np.logical_or</c>), broadcasting the operands.</summary>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray LogicalOr(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.LogicalOr.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>Element-wise x1 XOR x2 on truth values (a bool result) (<c>np.logical_xor</c>), broadcasting the operands.</summary>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray LogicalXor(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.LogicalXor.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>Element-wise x1 &amp; x2 on integers and bools (<c>np.bitwise_and</c>), broadcasting the operands.</summary>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray BitwiseAnd(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.BitwiseAnd.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>Element-wise x1 | x2 on integers and bools (<c>np.bitwise_or</c>), broadcasting the operands.</summary>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray BitwiseOr(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.BitwiseOr.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>Element-wise x1 ^ x2 on integers and bools (<c>np.bitwise_xor</c>), broadcasting the operands.</summary>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray BitwiseXor(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.BitwiseXor.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>Element-wise x1 &lt;&lt; x2 on integers (<c>np.left_shift</c>), broadcasting the operands. Counts at or past the bit width give 0.</summary>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray LeftShift(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.LeftShift.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>Element-wise x1 &gt;&gt; x2 on integers (arithmetic for signed) (<c>np.right_shift</c>), broadcasting the operands. Counts at or past the bit width give 0, or -1 for negative x1.</summary>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray RightShift(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.RightShift.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>Element-wise NOT x on truth values (a bool result) (<c>np.logical_not</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray LogicalNot(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.LogicalNot.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise ~x: bitwise NOT on integers, logical NOT on bools (<c>np.invert</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Invert(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Invert.Call(x, @out, where, dtype, casting, order);
}
