namespace ArrayBridge;

// C# operators over the ufunc methods. Each one is the NumPy operator of the same spelling on
// ndarray, with NumPy's broadcasting and NEP 50 scalar promotion (see Operand). Division is in
// NDArrayDivision: C# can give it a typed result only as an extension operator.
public unsafe partial class NDArray
{
    /// <summary>
    /// Element-wise <c>x1 + x2</c> of two arrays: NumPy's <c>+</c> on ndarray, which is <c>np.add</c>; the same as
    /// <see cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The result, in the dtype NumPy's promotion gives. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray operator +(NDArray x1, NDArray x2) => Add(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 + x2</c> of an array and a scalar (or array): NumPy's <c>+</c> on ndarray, which is <c>np.add</c>; the same as
    /// <see cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The result, in the dtype NumPy's promotion gives. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray operator +(NDArray x1, Operand x2) => Add(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 + x2</c> of a scalar (or array) and an array: NumPy's <c>+</c> on ndarray, which is <c>np.add</c>; the same as
    /// <see cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The result, in the dtype NumPy's promotion gives. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray operator +(Operand x1, NDArray x2) => Add(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 - x2</c> of two arrays: NumPy's <c>-</c> on ndarray, which is <c>np.subtract</c>; the same as
    /// <see cref="Subtract(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The result, in the dtype NumPy's promotion gives. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="Subtract(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray operator -(NDArray x1, NDArray x2) => Subtract(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 - x2</c> of an array and a scalar (or array): NumPy's <c>-</c> on ndarray, which is <c>np.subtract</c>; the same as
    /// <see cref="Subtract(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The result, in the dtype NumPy's promotion gives. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="Subtract(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray operator -(NDArray x1, Operand x2) => Subtract(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 - x2</c> of a scalar (or array) and an array: NumPy's <c>-</c> on ndarray, which is <c>np.subtract</c>; the same as
    /// <see cref="Subtract(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The result, in the dtype NumPy's promotion gives. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="Subtract(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray operator -(Operand x1, NDArray x2) => Subtract(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 * x2</c> of two arrays: NumPy's <c>*</c> on ndarray, which is <c>np.multiply</c>; the same as
    /// <see cref="Multiply(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The result, in the dtype NumPy's promotion gives. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="Multiply(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray operator *(NDArray x1, NDArray x2) => Multiply(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 * x2</c> of an array and a scalar (or array): NumPy's <c>*</c> on ndarray, which is <c>np.multiply</c>; the same as
    /// <see cref="Multiply(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The result, in the dtype NumPy's promotion gives. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="Multiply(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray operator *(NDArray x1, Operand x2) => Multiply(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 * x2</c> of a scalar (or array) and an array: NumPy's <c>*</c> on ndarray, which is <c>np.multiply</c>; the same as
    /// <see cref="Multiply(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The result, in the dtype NumPy's promotion gives. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="Multiply(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray operator *(Operand x1, NDArray x2) => Multiply(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 % x2 (Python's <c>%</c>: the sign of the divisor)</c> of two arrays: NumPy's <c>%</c> on ndarray, which is <c>np.remainder</c>; the same as
    /// <see cref="Remainder(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The result, in the dtype NumPy's promotion gives. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="Remainder(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray operator %(NDArray x1, NDArray x2) => Remainder(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 % x2 (Python's <c>%</c>: the sign of the divisor)</c> of an array and a scalar (or array): NumPy's <c>%</c> on ndarray, which is <c>np.remainder</c>; the same as
    /// <see cref="Remainder(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The result, in the dtype NumPy's promotion gives. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="Remainder(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray operator %(NDArray x1, Operand x2) => Remainder(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 % x2 (Python's <c>%</c>: the sign of the divisor)</c> of a scalar (or array) and an array: NumPy's <c>%</c> on ndarray, which is <c>np.remainder</c>; the same as
    /// <see cref="Remainder(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The result, in the dtype NumPy's promotion gives. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="Remainder(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray operator %(Operand x1, NDArray x2) => Remainder(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 &amp; x2</c> of two arrays: NumPy's <c>&amp;</c> on ndarray, which is <c>np.bitwise_and</c>; the same as
    /// <see cref="BitwiseAnd(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The result, in the dtype NumPy's promotion gives. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="BitwiseAnd(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray operator &(NDArray x1, NDArray x2) => BitwiseAnd(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 &amp; x2</c> of an array and a scalar (or array): NumPy's <c>&amp;</c> on ndarray, which is <c>np.bitwise_and</c>; the same as
    /// <see cref="BitwiseAnd(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The result, in the dtype NumPy's promotion gives. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="BitwiseAnd(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray operator &(NDArray x1, Operand x2) => BitwiseAnd(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 &amp; x2</c> of a scalar (or array) and an array: NumPy's <c>&amp;</c> on ndarray, which is <c>np.bitwise_and</c>; the same as
    /// <see cref="BitwiseAnd(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The result, in the dtype NumPy's promotion gives. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="BitwiseAnd(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray operator &(Operand x1, NDArray x2) => BitwiseAnd(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 | x2</c> of two arrays: NumPy's <c>|</c> on ndarray, which is <c>np.bitwise_or</c>; the same as
    /// <see cref="BitwiseOr(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The result, in the dtype NumPy's promotion gives. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="BitwiseOr(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray operator |(NDArray x1, NDArray x2) => BitwiseOr(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 | x2</c> of an array and a scalar (or array): NumPy's <c>|</c> on ndarray, which is <c>np.bitwise_or</c>; the same as
    /// <see cref="BitwiseOr(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The result, in the dtype NumPy's promotion gives. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="BitwiseOr(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray operator |(NDArray x1, Operand x2) => BitwiseOr(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 | x2</c> of a scalar (or array) and an array: NumPy's <c>|</c> on ndarray, which is <c>np.bitwise_or</c>; the same as
    /// <see cref="BitwiseOr(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The result, in the dtype NumPy's promotion gives. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="BitwiseOr(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray operator |(Operand x1, NDArray x2) => BitwiseOr(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 ^ x2</c> of two arrays: NumPy's <c>^</c> on ndarray, which is <c>np.bitwise_xor</c>; the same as
    /// <see cref="BitwiseXor(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The result, in the dtype NumPy's promotion gives. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="BitwiseXor(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray operator ^(NDArray x1, NDArray x2) => BitwiseXor(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 ^ x2</c> of an array and a scalar (or array): NumPy's <c>^</c> on ndarray, which is <c>np.bitwise_xor</c>; the same as
    /// <see cref="BitwiseXor(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The result, in the dtype NumPy's promotion gives. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="BitwiseXor(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray operator ^(NDArray x1, Operand x2) => BitwiseXor(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 ^ x2</c> of a scalar (or array) and an array: NumPy's <c>^</c> on ndarray, which is <c>np.bitwise_xor</c>; the same as
    /// <see cref="BitwiseXor(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The result, in the dtype NumPy's promotion gives. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="BitwiseXor(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray operator ^(Operand x1, NDArray x2) => BitwiseXor(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 &lt; x2</c> of two arrays, a bool array: NumPy's <c>&lt;</c> on ndarray, which is <c>np.less</c>; the same
    /// as <see cref="Less(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <remarks>
    /// The ordering operators return arrays, as NumPy's do, so they cannot serve as a C# condition. <c>==</c> and
    /// <c>!=</c> are not overloaded: they keep reference equality, which collections and <c>is null</c>
    /// checks rely on; element-wise equality is <see cref="Equal(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> and
    /// <see cref="NotEqual(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/>.
    /// </remarks>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The bool result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="Less(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<bool> operator <(NDArray x1, NDArray x2) => (NDArray<bool>)Less(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 &lt; x2</c> of an array and a scalar (or array), a bool array: NumPy's <c>&lt;</c> on ndarray, which is <c>np.less</c>; the same
    /// as <see cref="Less(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <remarks>
    /// The ordering operators return arrays, as NumPy's do, so they cannot serve as a C# condition. <c>==</c> and
    /// <c>!=</c> are not overloaded: they keep reference equality, which collections and <c>is null</c>
    /// checks rely on; element-wise equality is <see cref="Equal(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> and
    /// <see cref="NotEqual(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/>.
    /// </remarks>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The bool result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="Less(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<bool> operator <(NDArray x1, Operand x2) => (NDArray<bool>)Less(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 &lt; x2</c> of a scalar (or array) and an array, a bool array: NumPy's <c>&lt;</c> on ndarray, which is <c>np.less</c>; the same
    /// as <see cref="Less(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <remarks>
    /// The ordering operators return arrays, as NumPy's do, so they cannot serve as a C# condition. <c>==</c> and
    /// <c>!=</c> are not overloaded: they keep reference equality, which collections and <c>is null</c>
    /// checks rely on; element-wise equality is <see cref="Equal(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> and
    /// <see cref="NotEqual(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/>.
    /// </remarks>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The bool result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="Less(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<bool> operator <(Operand x1, NDArray x2) => (NDArray<bool>)Less(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 &gt; x2</c> of two arrays, a bool array: NumPy's <c>&gt;</c> on ndarray, which is <c>np.greater</c>; the same
    /// as <see cref="Greater(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <remarks>
    /// The ordering operators return arrays, as NumPy's do, so they cannot serve as a C# condition. <c>==</c> and
    /// <c>!=</c> are not overloaded: they keep reference equality, which collections and <c>is null</c>
    /// checks rely on; element-wise equality is <see cref="Equal(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> and
    /// <see cref="NotEqual(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/>.
    /// </remarks>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The bool result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="Greater(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<bool> operator >(NDArray x1, NDArray x2) => (NDArray<bool>)Greater(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 &gt; x2</c> of an array and a scalar (or array), a bool array: NumPy's <c>&gt;</c> on ndarray, which is <c>np.greater</c>; the same
    /// as <see cref="Greater(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <remarks>
    /// The ordering operators return arrays, as NumPy's do, so they cannot serve as a C# condition. <c>==</c> and
    /// <c>!=</c> are not overloaded: they keep reference equality, which collections and <c>is null</c>
    /// checks rely on; element-wise equality is <see cref="Equal(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> and
    /// <see cref="NotEqual(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/>.
    /// </remarks>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The bool result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="Greater(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<bool> operator >(NDArray x1, Operand x2) => (NDArray<bool>)Greater(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 &gt; x2</c> of a scalar (or array) and an array, a bool array: NumPy's <c>&gt;</c> on ndarray, which is <c>np.greater</c>; the same
    /// as <see cref="Greater(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <remarks>
    /// The ordering operators return arrays, as NumPy's do, so they cannot serve as a C# condition. <c>==</c> and
    /// <c>!=</c> are not overloaded: they keep reference equality, which collections and <c>is null</c>
    /// checks rely on; element-wise equality is <see cref="Equal(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> and
    /// <see cref="NotEqual(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/>.
    /// </remarks>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The bool result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="Greater(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<bool> operator >(Operand x1, NDArray x2) => (NDArray<bool>)Greater(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 &lt;= x2</c> of two arrays, a bool array: NumPy's <c>&lt;=</c> on ndarray, which is <c>np.less_equal</c>; the same
    /// as <see cref="LessEqual(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <remarks>
    /// The ordering operators return arrays, as NumPy's do, so they cannot serve as a C# condition. <c>==</c> and
    /// <c>!=</c> are not overloaded: they keep reference equality, which collections and <c>is null</c>
    /// checks rely on; element-wise equality is <see cref="Equal(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> and
    /// <see cref="NotEqual(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/>.
    /// </remarks>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The bool result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="LessEqual(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<bool> operator <=(NDArray x1, NDArray x2) => (NDArray<bool>)LessEqual(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 &lt;= x2</c> of an array and a scalar (or array), a bool array: NumPy's <c>&lt;=</c> on ndarray, which is <c>np.less_equal</c>; the same
    /// as <see cref="LessEqual(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <remarks>
    /// The ordering operators return arrays, as NumPy's do, so they cannot serve as a C# condition. <c>==</c> and
    /// <c>!=</c> are not overloaded: they keep reference equality, which collections and <c>is null</c>
    /// checks rely on; element-wise equality is <see cref="Equal(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> and
    /// <see cref="NotEqual(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/>.
    /// </remarks>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The bool result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="LessEqual(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<bool> operator <=(NDArray x1, Operand x2) => (NDArray<bool>)LessEqual(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 &lt;= x2</c> of a scalar (or array) and an array, a bool array: NumPy's <c>&lt;=</c> on ndarray, which is <c>np.less_equal</c>; the same
    /// as <see cref="LessEqual(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <remarks>
    /// The ordering operators return arrays, as NumPy's do, so they cannot serve as a C# condition. <c>==</c> and
    /// <c>!=</c> are not overloaded: they keep reference equality, which collections and <c>is null</c>
    /// checks rely on; element-wise equality is <see cref="Equal(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> and
    /// <see cref="NotEqual(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/>.
    /// </remarks>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The bool result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="LessEqual(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<bool> operator <=(Operand x1, NDArray x2) => (NDArray<bool>)LessEqual(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 &gt;= x2</c> of two arrays, a bool array: NumPy's <c>&gt;=</c> on ndarray, which is <c>np.greater_equal</c>; the same
    /// as <see cref="GreaterEqual(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <remarks>
    /// The ordering operators return arrays, as NumPy's do, so they cannot serve as a C# condition. <c>==</c> and
    /// <c>!=</c> are not overloaded: they keep reference equality, which collections and <c>is null</c>
    /// checks rely on; element-wise equality is <see cref="Equal(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> and
    /// <see cref="NotEqual(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/>.
    /// </remarks>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The bool result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="GreaterEqual(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<bool> operator >=(NDArray x1, NDArray x2) => (NDArray<bool>)GreaterEqual(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 &gt;= x2</c> of an array and a scalar (or array), a bool array: NumPy's <c>&gt;=</c> on ndarray, which is <c>np.greater_equal</c>; the same
    /// as <see cref="GreaterEqual(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <remarks>
    /// The ordering operators return arrays, as NumPy's do, so they cannot serve as a C# condition. <c>==</c> and
    /// <c>!=</c> are not overloaded: they keep reference equality, which collections and <c>is null</c>
    /// checks rely on; element-wise equality is <see cref="Equal(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> and
    /// <see cref="NotEqual(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/>.
    /// </remarks>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The bool result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="GreaterEqual(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<bool> operator >=(NDArray x1, Operand x2) => (NDArray<bool>)GreaterEqual(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 &gt;= x2</c> of a scalar (or array) and an array, a bool array: NumPy's <c>&gt;=</c> on ndarray, which is <c>np.greater_equal</c>; the same
    /// as <see cref="GreaterEqual(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <remarks>
    /// The ordering operators return arrays, as NumPy's do, so they cannot serve as a C# condition. <c>==</c> and
    /// <c>!=</c> are not overloaded: they keep reference equality, which collections and <c>is null</c>
    /// checks rely on; element-wise equality is <see cref="Equal(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> and
    /// <see cref="NotEqual(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/>.
    /// </remarks>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand.</param>
    /// <returns>The bool result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="GreaterEqual(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<bool> operator >=(Operand x1, NDArray x2) => (NDArray<bool>)GreaterEqual(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 &lt;&lt; x2</c> on integers, by a scalar count or an array of counts: NumPy's <c>&lt;&lt;</c> on ndarray,
    /// which is <c>np.left_shift</c>; the same as <see cref="LeftShift(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <remarks>C# requires the left operand of a shift operator to be the array; for a scalar shifted by an array, call <see cref="LeftShift(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/>.</remarks>
    /// <param name="x1">The array to shift.</param>
    /// <param name="x2">The shift count: a scalar or an array broadcast with <paramref name="x1"/>.</param>
    /// <returns>The result, in the dtype NumPy's promotion gives. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="LeftShift(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray operator <<(NDArray x1, Operand x2) => LeftShift(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 &gt;&gt; x2</c> on integers, by a scalar count or an array of counts: NumPy's <c>&gt;&gt;</c> on ndarray,
    /// which is <c>np.right_shift</c>; the same as <see cref="RightShift(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <remarks>C# requires the left operand of a shift operator to be the array; for a scalar shifted by an array, call <see cref="RightShift(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/>.</remarks>
    /// <param name="x1">The array to shift.</param>
    /// <param name="x2">The shift count: a scalar or an array broadcast with <paramref name="x1"/>.</param>
    /// <returns>The result, in the dtype NumPy's promotion gives. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="RightShift(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray operator >>(NDArray x1, Operand x2) => RightShift(x1, x2);

    /// <summary>
    /// Element-wise <c>-x</c>: NumPy's unary <c>-</c> on ndarray, which is <c>np.negative</c>; the same as
    /// <see cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <param name="x">The operand.</param>
    /// <returns>The result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray operator -(NDArray x) => Negative(x);

    /// <summary>
    /// Element-wise <c>+x</c>: NumPy's unary <c>+</c> on ndarray, which is <c>np.positive</c>; the same as
    /// <see cref="Positive(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <param name="x">The operand.</param>
    /// <returns>The result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="Positive(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray operator +(NDArray x) => Positive(x);

    /// <summary>
    /// Element-wise <c>~x</c>: NumPy's unary <c>~</c> on ndarray, which is <c>np.invert</c>; the same as
    /// <see cref="Invert(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords.
    /// </summary>
    /// <param name="x">The operand.</param>
    /// <returns>The result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="Invert(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray operator ~(NDArray x) => Invert(x);

    /// <summary>
    /// In place <c>this += x</c>: NumPy's <c>a += x</c>, which is <c>np.add(a, x, out=a)</c>. The result is
    /// written into this array, whose dtype and shape do not change, so <paramref name="x"/> must
    /// broadcast to this array's shape and the result must cast to its dtype under same_kind casting
    /// (an int64 array <c>+= 1.5</c> is refused, as in NumPy). No array is allocated for the result.
    /// </summary>
    /// <remarks>
    /// Every variable that refers to this array sees the change, as every name bound to a NumPy array
    /// does. C# refuses compound assignment to a <c>using</c> variable (error CS1656); there, call
    /// <see cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with <c>@out:</c> the array.
    /// </remarks>
    /// <param name="x">The right operand: an array or a scalar.</param>
    /// <exception cref="InvalidCastException">The result's dtype does not cast to this array's under same_kind (NumPy's "Cannot cast ufunc ... output" message).</exception>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public void operator +=(Operand x) => Add(this, x, @out: this);

    /// <summary>
    /// In place <c>this -= x</c>: NumPy's <c>a -= x</c>, which is <c>np.subtract(a, x, out=a)</c>. The result is
    /// written into this array, whose dtype and shape do not change, so <paramref name="x"/> must
    /// broadcast to this array's shape and the result must cast to its dtype under same_kind casting
    /// (an int64 array <c>-= 1.5</c> is refused, as in NumPy). No array is allocated for the result.
    /// </summary>
    /// <remarks>
    /// Every variable that refers to this array sees the change, as every name bound to a NumPy array
    /// does. C# refuses compound assignment to a <c>using</c> variable (error CS1656); there, call
    /// <see cref="Subtract(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with <c>@out:</c> the array.
    /// </remarks>
    /// <param name="x">The right operand: an array or a scalar.</param>
    /// <exception cref="InvalidCastException">The result's dtype does not cast to this array's under same_kind (NumPy's "Cannot cast ufunc ... output" message).</exception>
    /// <inheritdoc cref="Subtract(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public void operator -=(Operand x) => Subtract(this, x, @out: this);

    /// <summary>
    /// In place <c>this *= x</c>: NumPy's <c>a *= x</c>, which is <c>np.multiply(a, x, out=a)</c>. The result is
    /// written into this array, whose dtype and shape do not change, so <paramref name="x"/> must
    /// broadcast to this array's shape and the result must cast to its dtype under same_kind casting
    /// (an int64 array <c>*= 1.5</c> is refused, as in NumPy). No array is allocated for the result.
    /// </summary>
    /// <remarks>
    /// Every variable that refers to this array sees the change, as every name bound to a NumPy array
    /// does. C# refuses compound assignment to a <c>using</c> variable (error CS1656); there, call
    /// <see cref="Multiply(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with <c>@out:</c> the array.
    /// </remarks>
    /// <param name="x">The right operand: an array or a scalar.</param>
    /// <exception cref="InvalidCastException">The result's dtype does not cast to this array's under same_kind (NumPy's "Cannot cast ufunc ... output" message).</exception>
    /// <inheritdoc cref="Multiply(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public void operator *=(Operand x) => Multiply(this, x, @out: this);

    /// <summary>
    /// In place <c>this /= x</c>: NumPy's <c>a /= x</c>, which is <c>np.true_divide(a, x, out=a)</c>. The result is
    /// written into this array, whose dtype and shape do not change, so <paramref name="x"/> must
    /// broadcast to this array's shape and the result must cast to its dtype under same_kind casting
    /// (an int64 array <c>/= 1.5</c> is refused, as in NumPy). No array is allocated for the result.
    /// </summary>
    /// <remarks>
    /// Every variable that refers to this array sees the change, as every name bound to a NumPy array
    /// does. C# refuses compound assignment to a <c>using</c> variable (error CS1656); there, call
    /// <see cref="Divide(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with <c>@out:</c> the array.
    /// </remarks>
    /// <param name="x">The right operand: an array or a scalar.</param>
    /// <exception cref="InvalidCastException">The result's dtype does not cast to this array's under same_kind (NumPy's "Cannot cast ufunc ... output" message).</exception>
    /// <inheritdoc cref="Divide(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public void operator /=(Operand x) => Divide(this, x, @out: this);

    /// <summary>
    /// In place <c>this %= x</c>: NumPy's <c>a %= x</c>, which is <c>np.remainder(a, x, out=a)</c>. The result is
    /// written into this array, whose dtype and shape do not change, so <paramref name="x"/> must
    /// broadcast to this array's shape and the result must cast to its dtype under same_kind casting
    /// (an int64 array <c>%= 1.5</c> is refused, as in NumPy). No array is allocated for the result.
    /// </summary>
    /// <remarks>
    /// Every variable that refers to this array sees the change, as every name bound to a NumPy array
    /// does. C# refuses compound assignment to a <c>using</c> variable (error CS1656); there, call
    /// <see cref="Remainder(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with <c>@out:</c> the array.
    /// </remarks>
    /// <param name="x">The right operand: an array or a scalar.</param>
    /// <exception cref="InvalidCastException">The result's dtype does not cast to this array's under same_kind (NumPy's "Cannot cast ufunc ... output" message).</exception>
    /// <inheritdoc cref="Remainder(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public void operator %=(Operand x) => Remainder(this, x, @out: this);

    /// <summary>
    /// In place <c>this &amp;= x</c>: NumPy's <c>a &amp;= x</c>, which is <c>np.bitwise_and(a, x, out=a)</c>. The result is
    /// written into this array, whose dtype and shape do not change, so <paramref name="x"/> must
    /// broadcast to this array's shape and the result must cast to its dtype under same_kind casting
    /// (an int64 array <c>&amp;= 1.5</c> is refused, as in NumPy). No array is allocated for the result.
    /// </summary>
    /// <remarks>
    /// Every variable that refers to this array sees the change, as every name bound to a NumPy array
    /// does. C# refuses compound assignment to a <c>using</c> variable (error CS1656); there, call
    /// <see cref="BitwiseAnd(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with <c>@out:</c> the array.
    /// </remarks>
    /// <param name="x">The right operand: an array or a scalar.</param>
    /// <exception cref="InvalidCastException">The result's dtype does not cast to this array's under same_kind (NumPy's "Cannot cast ufunc ... output" message).</exception>
    /// <inheritdoc cref="BitwiseAnd(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public void operator &=(Operand x) => BitwiseAnd(this, x, @out: this);

    /// <summary>
    /// In place <c>this |= x</c>: NumPy's <c>a |= x</c>, which is <c>np.bitwise_or(a, x, out=a)</c>. The result is
    /// written into this array, whose dtype and shape do not change, so <paramref name="x"/> must
    /// broadcast to this array's shape and the result must cast to its dtype under same_kind casting
    /// (an int64 array <c>|= 1.5</c> is refused, as in NumPy). No array is allocated for the result.
    /// </summary>
    /// <remarks>
    /// Every variable that refers to this array sees the change, as every name bound to a NumPy array
    /// does. C# refuses compound assignment to a <c>using</c> variable (error CS1656); there, call
    /// <see cref="BitwiseOr(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with <c>@out:</c> the array.
    /// </remarks>
    /// <param name="x">The right operand: an array or a scalar.</param>
    /// <exception cref="InvalidCastException">The result's dtype does not cast to this array's under same_kind (NumPy's "Cannot cast ufunc ... output" message).</exception>
    /// <inheritdoc cref="BitwiseOr(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public void operator |=(Operand x) => BitwiseOr(this, x, @out: this);

    /// <summary>
    /// In place <c>this ^= x</c>: NumPy's <c>a ^= x</c>, which is <c>np.bitwise_xor(a, x, out=a)</c>. The result is
    /// written into this array, whose dtype and shape do not change, so <paramref name="x"/> must
    /// broadcast to this array's shape and the result must cast to its dtype under same_kind casting
    /// (an int64 array <c>^= 1.5</c> is refused, as in NumPy). No array is allocated for the result.
    /// </summary>
    /// <remarks>
    /// Every variable that refers to this array sees the change, as every name bound to a NumPy array
    /// does. C# refuses compound assignment to a <c>using</c> variable (error CS1656); there, call
    /// <see cref="BitwiseXor(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with <c>@out:</c> the array.
    /// </remarks>
    /// <param name="x">The right operand: an array or a scalar.</param>
    /// <exception cref="InvalidCastException">The result's dtype does not cast to this array's under same_kind (NumPy's "Cannot cast ufunc ... output" message).</exception>
    /// <inheritdoc cref="BitwiseXor(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public void operator ^=(Operand x) => BitwiseXor(this, x, @out: this);

    /// <summary>
    /// In place <c>this &lt;&lt;= x</c>: NumPy's <c>a &lt;&lt;= x</c>, which is <c>np.left_shift(a, x, out=a)</c>. The result is
    /// written into this array, whose dtype and shape do not change, so <paramref name="x"/> must
    /// broadcast to this array's shape and the result must cast to its dtype under same_kind casting
    /// (an int64 array <c>&lt;&lt;= 1.5</c> is refused, as in NumPy). No array is allocated for the result.
    /// </summary>
    /// <remarks>
    /// Every variable that refers to this array sees the change, as every name bound to a NumPy array
    /// does. C# refuses compound assignment to a <c>using</c> variable (error CS1656); there, call
    /// <see cref="LeftShift(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with <c>@out:</c> the array.
    /// </remarks>
    /// <param name="x">The right operand: an array or a scalar.</param>
    /// <exception cref="InvalidCastException">The result's dtype does not cast to this array's under same_kind (NumPy's "Cannot cast ufunc ... output" message).</exception>
    /// <inheritdoc cref="LeftShift(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public void operator <<=(Operand x) => LeftShift(this, x, @out: this);

    /// <summary>
    /// In place <c>this &gt;&gt;= x</c>: NumPy's <c>a &gt;&gt;= x</c>, which is <c>np.right_shift(a, x, out=a)</c>. The result is
    /// written into this array, whose dtype and shape do not change, so <paramref name="x"/> must
    /// broadcast to this array's shape and the result must cast to its dtype under same_kind casting
    /// (an int64 array <c>&gt;&gt;= 1.5</c> is refused, as in NumPy). No array is allocated for the result.
    /// </summary>
    /// <remarks>
    /// Every variable that refers to this array sees the change, as every name bound to a NumPy array
    /// does. C# refuses compound assignment to a <c>using</c> variable (error CS1656); there, call
    /// <see cref="RightShift(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with <c>@out:</c> the array.
    /// </remarks>
    /// <param name="x">The right operand: an array or a scalar.</param>
    /// <exception cref="InvalidCastException">The result's dtype does not cast to this array's under same_kind (NumPy's "Cannot cast ufunc ... output" message).</exception>
    /// <inheritdoc cref="RightShift(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public void operator >>=(Operand x) => RightShift(this, x, @out: this);
}
