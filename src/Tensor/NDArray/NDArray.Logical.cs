namespace ArrayBridge;

public unsafe partial class NDArray
{
    /// <summary>Element-wise x1 AND x2 on truth values (a bool result) (<c>np.logical_and</c>), broadcasting the operands. A weak scalar, or operands of two different dtypes, go to the bool loop cast by truth value under any casting rule (NumPy's logical promoter), so a weak scalar never overflows the other operand's dtype.</summary>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray LogicalAnd(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.LogicalAnd.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>Element-wise x1 OR x2 on truth values (a bool result) (<c>np.logical_or</c>), broadcasting the operands. A weak scalar, or operands of two different dtypes, go to the bool loop cast by truth value under any casting rule (NumPy's logical promoter), so a weak scalar never overflows the other operand's dtype.</summary>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray LogicalOr(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.LogicalOr.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>Element-wise x1 XOR x2 on truth values (a bool result) (<c>np.logical_xor</c>), broadcasting the operands. A weak scalar, or operands of two different dtypes, go to the bool loop cast by truth value under any casting rule (NumPy's logical promoter), so a weak scalar never overflows the other operand's dtype.</summary>
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

    /// <summary>
    /// A weak Python scalar as its truth value (a typed bool), as NumPy's <c>bool()</c> reads it; arrays
    /// and typed scalars are left as they are.
    /// </summary>
    private static Operand Truth(in Operand operand) => operand.Kind switch
    {
        OperandKind.WeakInteger => operand.Integer != 0,
        OperandKind.WeakFloat => operand.Real != 0,
        OperandKind.WeakComplex => operand.ComplexValue != System.Numerics.Complex.Zero,
        _ => operand,
    };

    /// <summary>
    /// Element-wise <paramref name="x"/> where <paramref name="condition"/> is true, else
    /// <paramref name="y"/> (<c>np.where(condition, x, y)</c>), broadcasting the three operands.
    /// </summary>
    /// <remarks>
    /// The condition may have any dtype: it is true where nonzero, as NumPy's <c>bool()</c> reads it
    /// (NaN is true, -0.0 false, a complex number is true if either part is nonzero). x and y promote
    /// like a ufunc's inputs under NEP 50: <c>Where(c, int8_array, 1)</c> is int8, <c>Where(c, 1, 2.5)</c>
    /// float64, and a weak integer the result dtype cannot hold is an <see cref="OverflowException"/>.
    /// It runs on the ufunc engine as a three-input ufunc with loops <c>?TT-&gt;T</c>, after converting a
    /// non-bool condition with <see cref="NotEqual"/> against 0.
    /// </remarks>
    /// <param name="condition">Where to take <paramref name="x"/>.</param>
    /// <param name="x">The values where the condition holds.</param>
    /// <param name="y">The values where it does not.</param>
    /// <returns>A new array of the broadcast shape and the promoted dtype of x and y.</returns>
    /// <exception cref="ArgumentException">The shapes do not broadcast, an operand is a default <see cref="Operand"/>, or x and y have no common dtype.</exception>
    /// <exception cref="OverflowException">A weak integer scalar does not fit the result dtype.</exception>
    /// <exception cref="ObjectDisposedException">An array operand is disposed.</exception>
    public static NDArray Where(Operand condition, Operand x, Operand y)
    {
        NDArray? truth = null;
        Operand test;
        switch (condition.Kind)
        {
            case OperandKind.None:
                ThrowHelper.ThrowArgument("where(): the condition is a default Operand, neither an array nor a scalar");
                return null!;
            case OperandKind.WeakInteger or OperandKind.WeakFloat or OperandKind.WeakComplex:
                test = Truth(condition);
                break;
            default:
                if (condition.DType.Type == ScalarType.Bool)
                {
                    test = condition;
                }
                else
                {
                    truth = Ufuncs.NotEqual.Call(condition, 0, null, null, null, Casting.SameKind, ArrayOrder.K);
                    test = truth;
                }

                break;
        }

        try
        {
            return Ufuncs.Where.Call(test, x, y, null, null, null, Casting.SameKind, ArrayOrder.K);
        }
        finally
        {
            truth?.Dispose();
        }
    }
}
