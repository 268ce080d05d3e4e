namespace ArrayBridge;

// Operators whose result dtype is T whenever NumPy accepts the operation, so the result keeps its
// element type in C#. C# prefers these to NDArray's untyped ones because they are declared on the
// more derived operand type.
public sealed partial class NDArray<T>
{
    /// <summary>
    /// Element-wise <c>x1 + x2</c> of two <typeparamref name="T"/> arrays: NumPy's <c>+</c>, which is <c>np.add</c>,
    /// whose result for two arrays of one dtype has that dtype.
    /// </summary>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand, broadcast with <paramref name="x1"/>.</param>
    /// <returns>The <typeparamref name="T"/> result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="NDArray.Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<T> operator +(NDArray<T> x1, NDArray<T> x2) => (NDArray<T>)Add(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 + x2</c> of a <typeparamref name="T"/> array and a <typeparamref name="T"/> scalar: NumPy's <c>+</c>,
    /// which is <c>np.add</c> (the scalar is <c>T(x2)</c>, a NumPy scalar of the array's dtype).
    /// </summary>
    /// <remarks>
    /// <paramref name="x2"/> converts to <typeparamref name="T"/> by C#'s implicit conversions, as
    /// in C# arithmetic on <typeparamref name="T"/>, and the result stays <typeparamref name="T"/>: a
    /// scalar of a type that does not convert implicitly (<c>NDArray&lt;int&gt; + 1.5</c>,
    /// <c>NDArray&lt;sbyte&gt; + 300</c>) takes the untyped operator and NumPy's promotion instead. Where the
    /// two differ: a <see cref="uint"/> or <see cref="ulong"/> scalar with <c>NDArray&lt;float&gt;</c> or
    /// <c>NDArray&lt;Complex64&gt;</c> gives float32/complex64 here, float64/complex128 in NumPy (call
    /// <see cref="NDArray.Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> for NumPy's);
    /// and a small integer literal with <c>NDArray&lt;Half&gt;</c> does not compile (C#'s int to Half
    /// conversion is ambiguous): write <c>(Half)1</c> or <c>1.0</c>.
    /// </remarks>
    /// <param name="x1">The array.</param>
    /// <param name="x2">The scalar.</param>
    /// <returns>The <typeparamref name="T"/> result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="NDArray.Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<T> operator +(NDArray<T> x1, T x2) => (NDArray<T>)Add(x1, Operand.Scalar(x2));

    /// <summary>
    /// Element-wise <c>x1 + x2</c> of a <typeparamref name="T"/> scalar and a <typeparamref name="T"/> array: NumPy's <c>+</c>,
    /// which is <c>np.add</c> (the scalar is <c>T(x1)</c>, a NumPy scalar of the array's dtype).
    /// </summary>
    /// <remarks>
    /// <paramref name="x1"/> converts to <typeparamref name="T"/> by C#'s implicit conversions, as
    /// in C# arithmetic on <typeparamref name="T"/>, and the result stays <typeparamref name="T"/>: a
    /// scalar of a type that does not convert implicitly (<c>NDArray&lt;int&gt; + 1.5</c>,
    /// <c>NDArray&lt;sbyte&gt; + 300</c>) takes the untyped operator and NumPy's promotion instead. Where the
    /// two differ: a <see cref="uint"/> or <see cref="ulong"/> scalar with <c>NDArray&lt;float&gt;</c> or
    /// <c>NDArray&lt;Complex64&gt;</c> gives float32/complex64 here, float64/complex128 in NumPy (call
    /// <see cref="NDArray.Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> for NumPy's);
    /// and a small integer literal with <c>NDArray&lt;Half&gt;</c> does not compile (C#'s int to Half
    /// conversion is ambiguous): write <c>(Half)1</c> or <c>1.0</c>.
    /// </remarks>
    /// <param name="x1">The scalar.</param>
    /// <param name="x2">The array.</param>
    /// <returns>The <typeparamref name="T"/> result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="NDArray.Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<T> operator +(T x1, NDArray<T> x2) => (NDArray<T>)Add(Operand.Scalar(x1), x2);

    /// <summary>
    /// Element-wise <c>x1 - x2</c> of two <typeparamref name="T"/> arrays: NumPy's <c>-</c>, which is <c>np.subtract</c>,
    /// whose result for two arrays of one dtype has that dtype. NumPy refuses it for bool, so <c>NDArray&lt;bool&gt; - NDArray&lt;bool&gt;</c> throws.
    /// </summary>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand, broadcast with <paramref name="x1"/>.</param>
    /// <returns>The <typeparamref name="T"/> result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="NDArray.Subtract(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<T> operator -(NDArray<T> x1, NDArray<T> x2) => (NDArray<T>)Subtract(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 - x2</c> of a <typeparamref name="T"/> array and a <typeparamref name="T"/> scalar: NumPy's <c>-</c>,
    /// which is <c>np.subtract</c> (the scalar is <c>T(x2)</c>, a NumPy scalar of the array's dtype). NumPy refuses it for bool, so <c>NDArray&lt;bool&gt; - NDArray&lt;bool&gt;</c> throws.
    /// </summary>
    /// <remarks>
    /// <paramref name="x2"/> converts to <typeparamref name="T"/> by C#'s implicit conversions, as
    /// in C# arithmetic on <typeparamref name="T"/>, and the result stays <typeparamref name="T"/>: a
    /// scalar of a type that does not convert implicitly (<c>NDArray&lt;int&gt; + 1.5</c>,
    /// <c>NDArray&lt;sbyte&gt; + 300</c>) takes the untyped operator and NumPy's promotion instead. Where the
    /// two differ: a <see cref="uint"/> or <see cref="ulong"/> scalar with <c>NDArray&lt;float&gt;</c> or
    /// <c>NDArray&lt;Complex64&gt;</c> gives float32/complex64 here, float64/complex128 in NumPy (call
    /// <see cref="NDArray.Subtract(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> for NumPy's);
    /// and a small integer literal with <c>NDArray&lt;Half&gt;</c> does not compile (C#'s int to Half
    /// conversion is ambiguous): write <c>(Half)1</c> or <c>1.0</c>.
    /// </remarks>
    /// <param name="x1">The array.</param>
    /// <param name="x2">The scalar.</param>
    /// <returns>The <typeparamref name="T"/> result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="NDArray.Subtract(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<T> operator -(NDArray<T> x1, T x2) => (NDArray<T>)Subtract(x1, Operand.Scalar(x2));

    /// <summary>
    /// Element-wise <c>x1 - x2</c> of a <typeparamref name="T"/> scalar and a <typeparamref name="T"/> array: NumPy's <c>-</c>,
    /// which is <c>np.subtract</c> (the scalar is <c>T(x1)</c>, a NumPy scalar of the array's dtype). NumPy refuses it for bool, so <c>NDArray&lt;bool&gt; - NDArray&lt;bool&gt;</c> throws.
    /// </summary>
    /// <remarks>
    /// <paramref name="x1"/> converts to <typeparamref name="T"/> by C#'s implicit conversions, as
    /// in C# arithmetic on <typeparamref name="T"/>, and the result stays <typeparamref name="T"/>: a
    /// scalar of a type that does not convert implicitly (<c>NDArray&lt;int&gt; + 1.5</c>,
    /// <c>NDArray&lt;sbyte&gt; + 300</c>) takes the untyped operator and NumPy's promotion instead. Where the
    /// two differ: a <see cref="uint"/> or <see cref="ulong"/> scalar with <c>NDArray&lt;float&gt;</c> or
    /// <c>NDArray&lt;Complex64&gt;</c> gives float32/complex64 here, float64/complex128 in NumPy (call
    /// <see cref="NDArray.Subtract(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> for NumPy's);
    /// and a small integer literal with <c>NDArray&lt;Half&gt;</c> does not compile (C#'s int to Half
    /// conversion is ambiguous): write <c>(Half)1</c> or <c>1.0</c>.
    /// </remarks>
    /// <param name="x1">The scalar.</param>
    /// <param name="x2">The array.</param>
    /// <returns>The <typeparamref name="T"/> result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="NDArray.Subtract(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<T> operator -(T x1, NDArray<T> x2) => (NDArray<T>)Subtract(Operand.Scalar(x1), x2);

    /// <summary>
    /// Element-wise <c>x1 * x2</c> of two <typeparamref name="T"/> arrays: NumPy's <c>*</c>, which is <c>np.multiply</c>,
    /// whose result for two arrays of one dtype has that dtype.
    /// </summary>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand, broadcast with <paramref name="x1"/>.</param>
    /// <returns>The <typeparamref name="T"/> result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="NDArray.Multiply(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<T> operator *(NDArray<T> x1, NDArray<T> x2) => (NDArray<T>)Multiply(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 * x2</c> of a <typeparamref name="T"/> array and a <typeparamref name="T"/> scalar: NumPy's <c>*</c>,
    /// which is <c>np.multiply</c> (the scalar is <c>T(x2)</c>, a NumPy scalar of the array's dtype).
    /// </summary>
    /// <remarks>
    /// <paramref name="x2"/> converts to <typeparamref name="T"/> by C#'s implicit conversions, as
    /// in C# arithmetic on <typeparamref name="T"/>, and the result stays <typeparamref name="T"/>: a
    /// scalar of a type that does not convert implicitly (<c>NDArray&lt;int&gt; + 1.5</c>,
    /// <c>NDArray&lt;sbyte&gt; + 300</c>) takes the untyped operator and NumPy's promotion instead. Where the
    /// two differ: a <see cref="uint"/> or <see cref="ulong"/> scalar with <c>NDArray&lt;float&gt;</c> or
    /// <c>NDArray&lt;Complex64&gt;</c> gives float32/complex64 here, float64/complex128 in NumPy (call
    /// <see cref="NDArray.Multiply(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> for NumPy's);
    /// and a small integer literal with <c>NDArray&lt;Half&gt;</c> does not compile (C#'s int to Half
    /// conversion is ambiguous): write <c>(Half)1</c> or <c>1.0</c>.
    /// </remarks>
    /// <param name="x1">The array.</param>
    /// <param name="x2">The scalar.</param>
    /// <returns>The <typeparamref name="T"/> result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="NDArray.Multiply(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<T> operator *(NDArray<T> x1, T x2) => (NDArray<T>)Multiply(x1, Operand.Scalar(x2));

    /// <summary>
    /// Element-wise <c>x1 * x2</c> of a <typeparamref name="T"/> scalar and a <typeparamref name="T"/> array: NumPy's <c>*</c>,
    /// which is <c>np.multiply</c> (the scalar is <c>T(x1)</c>, a NumPy scalar of the array's dtype).
    /// </summary>
    /// <remarks>
    /// <paramref name="x1"/> converts to <typeparamref name="T"/> by C#'s implicit conversions, as
    /// in C# arithmetic on <typeparamref name="T"/>, and the result stays <typeparamref name="T"/>: a
    /// scalar of a type that does not convert implicitly (<c>NDArray&lt;int&gt; + 1.5</c>,
    /// <c>NDArray&lt;sbyte&gt; + 300</c>) takes the untyped operator and NumPy's promotion instead. Where the
    /// two differ: a <see cref="uint"/> or <see cref="ulong"/> scalar with <c>NDArray&lt;float&gt;</c> or
    /// <c>NDArray&lt;Complex64&gt;</c> gives float32/complex64 here, float64/complex128 in NumPy (call
    /// <see cref="NDArray.Multiply(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> for NumPy's);
    /// and a small integer literal with <c>NDArray&lt;Half&gt;</c> does not compile (C#'s int to Half
    /// conversion is ambiguous): write <c>(Half)1</c> or <c>1.0</c>.
    /// </remarks>
    /// <param name="x1">The scalar.</param>
    /// <param name="x2">The array.</param>
    /// <returns>The <typeparamref name="T"/> result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="NDArray.Multiply(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<T> operator *(T x1, NDArray<T> x2) => (NDArray<T>)Multiply(Operand.Scalar(x1), x2);

    /// <summary>
    /// Element-wise <c>x1 &amp; x2</c> of two <typeparamref name="T"/> arrays: NumPy's <c>&amp;</c>, which is <c>np.bitwise_and</c>,
    /// whose result for two arrays of one dtype has that dtype. NumPy refuses it for floating and complex T.
    /// </summary>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand, broadcast with <paramref name="x1"/>.</param>
    /// <returns>The <typeparamref name="T"/> result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="NDArray.BitwiseAnd(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<T> operator &(NDArray<T> x1, NDArray<T> x2) => (NDArray<T>)BitwiseAnd(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 &amp; x2</c> of a <typeparamref name="T"/> array and a <typeparamref name="T"/> scalar: NumPy's <c>&amp;</c>,
    /// which is <c>np.bitwise_and</c> (the scalar is <c>T(x2)</c>, a NumPy scalar of the array's dtype). NumPy refuses it for floating and complex T.
    /// </summary>
    /// <remarks>
    /// <paramref name="x2"/> converts to <typeparamref name="T"/> by C#'s implicit conversions, as
    /// in C# arithmetic on <typeparamref name="T"/>, and the result stays <typeparamref name="T"/>: a
    /// scalar of a type that does not convert implicitly (<c>NDArray&lt;int&gt; + 1.5</c>,
    /// <c>NDArray&lt;sbyte&gt; + 300</c>) takes the untyped operator and NumPy's promotion instead. Where the
    /// two differ: a <see cref="uint"/> or <see cref="ulong"/> scalar with <c>NDArray&lt;float&gt;</c> or
    /// <c>NDArray&lt;Complex64&gt;</c> gives float32/complex64 here, float64/complex128 in NumPy (call
    /// <see cref="NDArray.BitwiseAnd(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> for NumPy's);
    /// and a small integer literal with <c>NDArray&lt;Half&gt;</c> does not compile (C#'s int to Half
    /// conversion is ambiguous): write <c>(Half)1</c> or <c>1.0</c>.
    /// </remarks>
    /// <param name="x1">The array.</param>
    /// <param name="x2">The scalar.</param>
    /// <returns>The <typeparamref name="T"/> result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="NDArray.BitwiseAnd(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<T> operator &(NDArray<T> x1, T x2) => (NDArray<T>)BitwiseAnd(x1, Operand.Scalar(x2));

    /// <summary>
    /// Element-wise <c>x1 &amp; x2</c> of a <typeparamref name="T"/> scalar and a <typeparamref name="T"/> array: NumPy's <c>&amp;</c>,
    /// which is <c>np.bitwise_and</c> (the scalar is <c>T(x1)</c>, a NumPy scalar of the array's dtype). NumPy refuses it for floating and complex T.
    /// </summary>
    /// <remarks>
    /// <paramref name="x1"/> converts to <typeparamref name="T"/> by C#'s implicit conversions, as
    /// in C# arithmetic on <typeparamref name="T"/>, and the result stays <typeparamref name="T"/>: a
    /// scalar of a type that does not convert implicitly (<c>NDArray&lt;int&gt; + 1.5</c>,
    /// <c>NDArray&lt;sbyte&gt; + 300</c>) takes the untyped operator and NumPy's promotion instead. Where the
    /// two differ: a <see cref="uint"/> or <see cref="ulong"/> scalar with <c>NDArray&lt;float&gt;</c> or
    /// <c>NDArray&lt;Complex64&gt;</c> gives float32/complex64 here, float64/complex128 in NumPy (call
    /// <see cref="NDArray.BitwiseAnd(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> for NumPy's);
    /// and a small integer literal with <c>NDArray&lt;Half&gt;</c> does not compile (C#'s int to Half
    /// conversion is ambiguous): write <c>(Half)1</c> or <c>1.0</c>.
    /// </remarks>
    /// <param name="x1">The scalar.</param>
    /// <param name="x2">The array.</param>
    /// <returns>The <typeparamref name="T"/> result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="NDArray.BitwiseAnd(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<T> operator &(T x1, NDArray<T> x2) => (NDArray<T>)BitwiseAnd(Operand.Scalar(x1), x2);

    /// <summary>
    /// Element-wise <c>x1 | x2</c> of two <typeparamref name="T"/> arrays: NumPy's <c>|</c>, which is <c>np.bitwise_or</c>,
    /// whose result for two arrays of one dtype has that dtype. NumPy refuses it for floating and complex T.
    /// </summary>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand, broadcast with <paramref name="x1"/>.</param>
    /// <returns>The <typeparamref name="T"/> result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="NDArray.BitwiseOr(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<T> operator |(NDArray<T> x1, NDArray<T> x2) => (NDArray<T>)BitwiseOr(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 | x2</c> of a <typeparamref name="T"/> array and a <typeparamref name="T"/> scalar: NumPy's <c>|</c>,
    /// which is <c>np.bitwise_or</c> (the scalar is <c>T(x2)</c>, a NumPy scalar of the array's dtype). NumPy refuses it for floating and complex T.
    /// </summary>
    /// <remarks>
    /// <paramref name="x2"/> converts to <typeparamref name="T"/> by C#'s implicit conversions, as
    /// in C# arithmetic on <typeparamref name="T"/>, and the result stays <typeparamref name="T"/>: a
    /// scalar of a type that does not convert implicitly (<c>NDArray&lt;int&gt; + 1.5</c>,
    /// <c>NDArray&lt;sbyte&gt; + 300</c>) takes the untyped operator and NumPy's promotion instead. Where the
    /// two differ: a <see cref="uint"/> or <see cref="ulong"/> scalar with <c>NDArray&lt;float&gt;</c> or
    /// <c>NDArray&lt;Complex64&gt;</c> gives float32/complex64 here, float64/complex128 in NumPy (call
    /// <see cref="NDArray.BitwiseOr(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> for NumPy's);
    /// and a small integer literal with <c>NDArray&lt;Half&gt;</c> does not compile (C#'s int to Half
    /// conversion is ambiguous): write <c>(Half)1</c> or <c>1.0</c>.
    /// </remarks>
    /// <param name="x1">The array.</param>
    /// <param name="x2">The scalar.</param>
    /// <returns>The <typeparamref name="T"/> result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="NDArray.BitwiseOr(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<T> operator |(NDArray<T> x1, T x2) => (NDArray<T>)BitwiseOr(x1, Operand.Scalar(x2));

    /// <summary>
    /// Element-wise <c>x1 | x2</c> of a <typeparamref name="T"/> scalar and a <typeparamref name="T"/> array: NumPy's <c>|</c>,
    /// which is <c>np.bitwise_or</c> (the scalar is <c>T(x1)</c>, a NumPy scalar of the array's dtype). NumPy refuses it for floating and complex T.
    /// </summary>
    /// <remarks>
    /// <paramref name="x1"/> converts to <typeparamref name="T"/> by C#'s implicit conversions, as
    /// in C# arithmetic on <typeparamref name="T"/>, and the result stays <typeparamref name="T"/>: a
    /// scalar of a type that does not convert implicitly (<c>NDArray&lt;int&gt; + 1.5</c>,
    /// <c>NDArray&lt;sbyte&gt; + 300</c>) takes the untyped operator and NumPy's promotion instead. Where the
    /// two differ: a <see cref="uint"/> or <see cref="ulong"/> scalar with <c>NDArray&lt;float&gt;</c> or
    /// <c>NDArray&lt;Complex64&gt;</c> gives float32/complex64 here, float64/complex128 in NumPy (call
    /// <see cref="NDArray.BitwiseOr(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> for NumPy's);
    /// and a small integer literal with <c>NDArray&lt;Half&gt;</c> does not compile (C#'s int to Half
    /// conversion is ambiguous): write <c>(Half)1</c> or <c>1.0</c>.
    /// </remarks>
    /// <param name="x1">The scalar.</param>
    /// <param name="x2">The array.</param>
    /// <returns>The <typeparamref name="T"/> result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="NDArray.BitwiseOr(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<T> operator |(T x1, NDArray<T> x2) => (NDArray<T>)BitwiseOr(Operand.Scalar(x1), x2);

    /// <summary>
    /// Element-wise <c>x1 ^ x2</c> of two <typeparamref name="T"/> arrays: NumPy's <c>^</c>, which is <c>np.bitwise_xor</c>,
    /// whose result for two arrays of one dtype has that dtype. NumPy refuses it for floating and complex T.
    /// </summary>
    /// <param name="x1">The first operand.</param>
    /// <param name="x2">The second operand, broadcast with <paramref name="x1"/>.</param>
    /// <returns>The <typeparamref name="T"/> result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="NDArray.BitwiseXor(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<T> operator ^(NDArray<T> x1, NDArray<T> x2) => (NDArray<T>)BitwiseXor(x1, x2);

    /// <summary>
    /// Element-wise <c>x1 ^ x2</c> of a <typeparamref name="T"/> array and a <typeparamref name="T"/> scalar: NumPy's <c>^</c>,
    /// which is <c>np.bitwise_xor</c> (the scalar is <c>T(x2)</c>, a NumPy scalar of the array's dtype). NumPy refuses it for floating and complex T.
    /// </summary>
    /// <remarks>
    /// <paramref name="x2"/> converts to <typeparamref name="T"/> by C#'s implicit conversions, as
    /// in C# arithmetic on <typeparamref name="T"/>, and the result stays <typeparamref name="T"/>: a
    /// scalar of a type that does not convert implicitly (<c>NDArray&lt;int&gt; + 1.5</c>,
    /// <c>NDArray&lt;sbyte&gt; + 300</c>) takes the untyped operator and NumPy's promotion instead. Where the
    /// two differ: a <see cref="uint"/> or <see cref="ulong"/> scalar with <c>NDArray&lt;float&gt;</c> or
    /// <c>NDArray&lt;Complex64&gt;</c> gives float32/complex64 here, float64/complex128 in NumPy (call
    /// <see cref="NDArray.BitwiseXor(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> for NumPy's);
    /// and a small integer literal with <c>NDArray&lt;Half&gt;</c> does not compile (C#'s int to Half
    /// conversion is ambiguous): write <c>(Half)1</c> or <c>1.0</c>.
    /// </remarks>
    /// <param name="x1">The array.</param>
    /// <param name="x2">The scalar.</param>
    /// <returns>The <typeparamref name="T"/> result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="NDArray.BitwiseXor(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<T> operator ^(NDArray<T> x1, T x2) => (NDArray<T>)BitwiseXor(x1, Operand.Scalar(x2));

    /// <summary>
    /// Element-wise <c>x1 ^ x2</c> of a <typeparamref name="T"/> scalar and a <typeparamref name="T"/> array: NumPy's <c>^</c>,
    /// which is <c>np.bitwise_xor</c> (the scalar is <c>T(x1)</c>, a NumPy scalar of the array's dtype). NumPy refuses it for floating and complex T.
    /// </summary>
    /// <remarks>
    /// <paramref name="x1"/> converts to <typeparamref name="T"/> by C#'s implicit conversions, as
    /// in C# arithmetic on <typeparamref name="T"/>, and the result stays <typeparamref name="T"/>: a
    /// scalar of a type that does not convert implicitly (<c>NDArray&lt;int&gt; + 1.5</c>,
    /// <c>NDArray&lt;sbyte&gt; + 300</c>) takes the untyped operator and NumPy's promotion instead. Where the
    /// two differ: a <see cref="uint"/> or <see cref="ulong"/> scalar with <c>NDArray&lt;float&gt;</c> or
    /// <c>NDArray&lt;Complex64&gt;</c> gives float32/complex64 here, float64/complex128 in NumPy (call
    /// <see cref="NDArray.BitwiseXor(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> for NumPy's);
    /// and a small integer literal with <c>NDArray&lt;Half&gt;</c> does not compile (C#'s int to Half
    /// conversion is ambiguous): write <c>(Half)1</c> or <c>1.0</c>.
    /// </remarks>
    /// <param name="x1">The scalar.</param>
    /// <param name="x2">The array.</param>
    /// <returns>The <typeparamref name="T"/> result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="NDArray.BitwiseXor(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<T> operator ^(T x1, NDArray<T> x2) => (NDArray<T>)BitwiseXor(Operand.Scalar(x1), x2);

    /// <summary>
    /// Element-wise <c>-x</c>: NumPy's unary <c>-</c>, which is <c>np.negative</c>, whose result has the input's dtype. NumPy refuses it for bool.
    /// </summary>
    /// <param name="x">The operand.</param>
    /// <returns>The <typeparamref name="T"/> result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="NDArray.Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<T> operator -(NDArray<T> x) => (NDArray<T>)Negative(x);

    /// <summary>
    /// Element-wise <c>+x</c>: NumPy's unary <c>+</c>, which is <c>np.positive</c>, whose result has the input's dtype. NumPy refuses it for bool.
    /// </summary>
    /// <param name="x">The operand.</param>
    /// <returns>The <typeparamref name="T"/> result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="NDArray.Positive(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<T> operator +(NDArray<T> x) => (NDArray<T>)Positive(x);

    /// <summary>
    /// Element-wise <c>~x</c>: NumPy's unary <c>~</c>, which is <c>np.invert</c>, whose result has the input's dtype. Bitwise NOT on integers, logical NOT on bools; NumPy refuses it for floating and complex T.
    /// </summary>
    /// <param name="x">The operand.</param>
    /// <returns>The <typeparamref name="T"/> result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
    /// <inheritdoc cref="NDArray.Invert(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray<T> operator ~(NDArray<T> x) => (NDArray<T>)Invert(x);
}
