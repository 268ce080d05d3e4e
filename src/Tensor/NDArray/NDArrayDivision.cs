using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// The <c>/</c> operator on arrays (NumPy's true division, <c>np.true_divide</c>), declared as C#
/// extension operators so that dividing floating arrays keeps the element type in C#: a member
/// operator of <see cref="NDArray{T}"/> has one result type for every <c>T</c>, and integer
/// arrays divide to float64.
/// </summary>
/// <remarks>
/// C# finds these operators through <c>using ArrayBridge;</c>, like extension methods. The other
/// operators are members of <see cref="NDArray"/> and <see cref="NDArray{T}"/>.
/// </remarks>
public static class NDArrayDivision
{
    /// <summary>Untyped division: any dtypes, with NumPy's promotion.</summary>
    /// <param name="array">The array the operators apply to.</param>
    extension(NDArray array)
    {
        /// <summary>
        /// Element-wise <c>x1 / x2</c> of two arrays: NumPy's <c>/</c> on ndarray, which is <c>np.true_divide</c>; the
        /// same as <see cref="NDArray.Divide(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords. Integer and bool inputs divide as float64.
        /// </summary>
        /// <param name="x1">The dividend.</param>
        /// <param name="x2">The divisor.</param>
        /// <returns>The result, in the dtype NumPy's promotion gives. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
        /// <inheritdoc cref="NDArray.Divide(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
        public static NDArray operator /(NDArray x1, NDArray x2) => NDArray.Divide(x1, x2);

        /// <summary>
        /// Element-wise <c>x1 / x2</c> of an array and a scalar (or array): NumPy's <c>/</c> on ndarray, which is <c>np.true_divide</c>; the
        /// same as <see cref="NDArray.Divide(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords. Integer and bool inputs divide as float64.
        /// </summary>
        /// <param name="x1">The dividend.</param>
        /// <param name="x2">The divisor.</param>
        /// <returns>The result, in the dtype NumPy's promotion gives. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
        /// <inheritdoc cref="NDArray.Divide(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
        public static NDArray operator /(NDArray x1, Operand x2) => NDArray.Divide(x1, x2);

        /// <summary>
        /// Element-wise <c>x1 / x2</c> of a scalar (or array) and an array: NumPy's <c>/</c> on ndarray, which is <c>np.true_divide</c>; the
        /// same as <see cref="NDArray.Divide(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)"/> with no keywords. Integer and bool inputs divide as float64.
        /// </summary>
        /// <param name="x1">The dividend.</param>
        /// <param name="x2">The divisor.</param>
        /// <returns>The result, in the dtype NumPy's promotion gives. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
        /// <inheritdoc cref="NDArray.Divide(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
        public static NDArray operator /(Operand x1, NDArray x2) => NDArray.Divide(x1, x2);

    }

    /// <summary>Division of float16 arrays, whose result is float16.</summary>
    /// <param name="array">The array the operators apply to.</param>
    extension(NDArray<Half> array)
    {
        /// <summary>
        /// Element-wise <c>x1 / x2</c> of two float16 arrays: NumPy's <c>/</c>, which is <c>np.true_divide</c>, whose
        /// result here is float16.
        /// </summary>
        /// <param name="x1">The dividend.</param>
        /// <param name="x2">The divisor.</param>
        /// <returns>The float16 result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
        /// <inheritdoc cref="NDArray.Divide(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
        public static NDArray<Half> operator /(NDArray<Half> x1, NDArray<Half> x2) => (NDArray<Half>)NDArray.Divide(x1, x2);

        /// <summary>
        /// Element-wise <c>x1 / x2</c> of a float16 array and a Half scalar: NumPy's <c>/</c>, which is <c>np.true_divide</c>, whose
        /// result here is float16.
        /// </summary>
        /// <remarks>
        /// <paramref name="x2"/> converts to Half by C#'s implicit conversions, as in C# arithmetic on Half;
        /// a scalar that does not convert implicitly takes the untyped operator and NumPy's promotion. A small integer literal does not compile (C#'s int to Half conversion is ambiguous): write <c>(Half)2</c> or <c>2.0</c>.
        /// </remarks>
        /// <param name="x1">The dividend.</param>
        /// <param name="x2">The divisor.</param>
        /// <returns>The float16 result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
        /// <inheritdoc cref="NDArray.Divide(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
        public static NDArray<Half> operator /(NDArray<Half> x1, Half x2) => (NDArray<Half>)NDArray.Divide(x1, Operand.Scalar(x2));

        /// <summary>
        /// Element-wise <c>x1 / x2</c> of a Half scalar and a float16 array: NumPy's <c>/</c>, which is <c>np.true_divide</c>, whose
        /// result here is float16.
        /// </summary>
        /// <remarks>
        /// <paramref name="x1"/> converts to Half by C#'s implicit conversions, as in C# arithmetic on Half;
        /// a scalar that does not convert implicitly takes the untyped operator and NumPy's promotion. A small integer literal does not compile (C#'s int to Half conversion is ambiguous): write <c>(Half)2</c> or <c>2.0</c>.
        /// </remarks>
        /// <param name="x1">The dividend.</param>
        /// <param name="x2">The divisor.</param>
        /// <returns>The float16 result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
        /// <inheritdoc cref="NDArray.Divide(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
        public static NDArray<Half> operator /(Half x1, NDArray<Half> x2) => (NDArray<Half>)NDArray.Divide(Operand.Scalar(x1), x2);

    }

    /// <summary>Division of float32 arrays, whose result is float32.</summary>
    /// <param name="array">The array the operators apply to.</param>
    extension(NDArray<float> array)
    {
        /// <summary>
        /// Element-wise <c>x1 / x2</c> of two float32 arrays: NumPy's <c>/</c>, which is <c>np.true_divide</c>, whose
        /// result here is float32.
        /// </summary>
        /// <param name="x1">The dividend.</param>
        /// <param name="x2">The divisor.</param>
        /// <returns>The float32 result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
        /// <inheritdoc cref="NDArray.Divide(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
        public static NDArray<float> operator /(NDArray<float> x1, NDArray<float> x2) => (NDArray<float>)NDArray.Divide(x1, x2);

        /// <summary>
        /// Element-wise <c>x1 / x2</c> of a float32 array and a float scalar: NumPy's <c>/</c>, which is <c>np.true_divide</c>, whose
        /// result here is float32.
        /// </summary>
        /// <remarks>
        /// <paramref name="x2"/> converts to float by C#'s implicit conversions, as in C# arithmetic on float;
        /// a scalar that does not convert implicitly takes the untyped operator and NumPy's promotion. A uint or ulong scalar gives float32 here where NumPy gives float64.
        /// </remarks>
        /// <param name="x1">The dividend.</param>
        /// <param name="x2">The divisor.</param>
        /// <returns>The float32 result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
        /// <inheritdoc cref="NDArray.Divide(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
        public static NDArray<float> operator /(NDArray<float> x1, float x2) => (NDArray<float>)NDArray.Divide(x1, Operand.Scalar(x2));

        /// <summary>
        /// Element-wise <c>x1 / x2</c> of a float scalar and a float32 array: NumPy's <c>/</c>, which is <c>np.true_divide</c>, whose
        /// result here is float32.
        /// </summary>
        /// <remarks>
        /// <paramref name="x1"/> converts to float by C#'s implicit conversions, as in C# arithmetic on float;
        /// a scalar that does not convert implicitly takes the untyped operator and NumPy's promotion. A uint or ulong scalar gives float32 here where NumPy gives float64.
        /// </remarks>
        /// <param name="x1">The dividend.</param>
        /// <param name="x2">The divisor.</param>
        /// <returns>The float32 result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
        /// <inheritdoc cref="NDArray.Divide(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
        public static NDArray<float> operator /(float x1, NDArray<float> x2) => (NDArray<float>)NDArray.Divide(Operand.Scalar(x1), x2);

    }

    /// <summary>Division of float64 arrays, whose result is float64.</summary>
    /// <param name="array">The array the operators apply to.</param>
    extension(NDArray<double> array)
    {
        /// <summary>
        /// Element-wise <c>x1 / x2</c> of two float64 arrays: NumPy's <c>/</c>, which is <c>np.true_divide</c>, whose
        /// result here is float64.
        /// </summary>
        /// <param name="x1">The dividend.</param>
        /// <param name="x2">The divisor.</param>
        /// <returns>The float64 result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
        /// <inheritdoc cref="NDArray.Divide(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
        public static NDArray<double> operator /(NDArray<double> x1, NDArray<double> x2) => (NDArray<double>)NDArray.Divide(x1, x2);

        /// <summary>
        /// Element-wise <c>x1 / x2</c> of a float64 array and a double scalar: NumPy's <c>/</c>, which is <c>np.true_divide</c>, whose
        /// result here is float64.
        /// </summary>
        /// <remarks>
        /// <paramref name="x2"/> converts to double by C#'s implicit conversions, as in C# arithmetic on double;
        /// a scalar that does not convert implicitly takes the untyped operator and NumPy's promotion.
        /// </remarks>
        /// <param name="x1">The dividend.</param>
        /// <param name="x2">The divisor.</param>
        /// <returns>The float64 result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
        /// <inheritdoc cref="NDArray.Divide(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
        public static NDArray<double> operator /(NDArray<double> x1, double x2) => (NDArray<double>)NDArray.Divide(x1, Operand.Scalar(x2));

        /// <summary>
        /// Element-wise <c>x1 / x2</c> of a double scalar and a float64 array: NumPy's <c>/</c>, which is <c>np.true_divide</c>, whose
        /// result here is float64.
        /// </summary>
        /// <remarks>
        /// <paramref name="x1"/> converts to double by C#'s implicit conversions, as in C# arithmetic on double;
        /// a scalar that does not convert implicitly takes the untyped operator and NumPy's promotion.
        /// </remarks>
        /// <param name="x1">The dividend.</param>
        /// <param name="x2">The divisor.</param>
        /// <returns>The float64 result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
        /// <inheritdoc cref="NDArray.Divide(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
        public static NDArray<double> operator /(double x1, NDArray<double> x2) => (NDArray<double>)NDArray.Divide(Operand.Scalar(x1), x2);

    }

    /// <summary>Division of complex64 arrays, whose result is complex64.</summary>
    /// <param name="array">The array the operators apply to.</param>
    extension(NDArray<Complex64> array)
    {
        /// <summary>
        /// Element-wise <c>x1 / x2</c> of two complex64 arrays: NumPy's <c>/</c>, which is <c>np.true_divide</c>, whose
        /// result here is complex64.
        /// </summary>
        /// <param name="x1">The dividend.</param>
        /// <param name="x2">The divisor.</param>
        /// <returns>The complex64 result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
        /// <inheritdoc cref="NDArray.Divide(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
        public static NDArray<Complex64> operator /(NDArray<Complex64> x1, NDArray<Complex64> x2) => (NDArray<Complex64>)NDArray.Divide(x1, x2);

        /// <summary>
        /// Element-wise <c>x1 / x2</c> of a complex64 array and a Complex64 scalar: NumPy's <c>/</c>, which is <c>np.true_divide</c>, whose
        /// result here is complex64.
        /// </summary>
        /// <remarks>
        /// <paramref name="x2"/> converts to Complex64 by C#'s implicit conversions, as in C# arithmetic on Complex64;
        /// a scalar that does not convert implicitly takes the untyped operator and NumPy's promotion. A uint or ulong scalar gives complex64 here where NumPy gives complex128.
        /// </remarks>
        /// <param name="x1">The dividend.</param>
        /// <param name="x2">The divisor.</param>
        /// <returns>The complex64 result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
        /// <inheritdoc cref="NDArray.Divide(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
        public static NDArray<Complex64> operator /(NDArray<Complex64> x1, Complex64 x2) => (NDArray<Complex64>)NDArray.Divide(x1, Operand.Scalar(x2));

        /// <summary>
        /// Element-wise <c>x1 / x2</c> of a Complex64 scalar and a complex64 array: NumPy's <c>/</c>, which is <c>np.true_divide</c>, whose
        /// result here is complex64.
        /// </summary>
        /// <remarks>
        /// <paramref name="x1"/> converts to Complex64 by C#'s implicit conversions, as in C# arithmetic on Complex64;
        /// a scalar that does not convert implicitly takes the untyped operator and NumPy's promotion. A uint or ulong scalar gives complex64 here where NumPy gives complex128.
        /// </remarks>
        /// <param name="x1">The dividend.</param>
        /// <param name="x2">The divisor.</param>
        /// <returns>The complex64 result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
        /// <inheritdoc cref="NDArray.Divide(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
        public static NDArray<Complex64> operator /(Complex64 x1, NDArray<Complex64> x2) => (NDArray<Complex64>)NDArray.Divide(Operand.Scalar(x1), x2);

    }

    /// <summary>Division of complex128 arrays, whose result is complex128.</summary>
    /// <param name="array">The array the operators apply to.</param>
    extension(NDArray<Complex> array)
    {
        /// <summary>
        /// Element-wise <c>x1 / x2</c> of two complex128 arrays: NumPy's <c>/</c>, which is <c>np.true_divide</c>, whose
        /// result here is complex128.
        /// </summary>
        /// <param name="x1">The dividend.</param>
        /// <param name="x2">The divisor.</param>
        /// <returns>The complex128 result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
        /// <inheritdoc cref="NDArray.Divide(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
        public static NDArray<Complex> operator /(NDArray<Complex> x1, NDArray<Complex> x2) => (NDArray<Complex>)NDArray.Divide(x1, x2);

        /// <summary>
        /// Element-wise <c>x1 / x2</c> of a complex128 array and a Complex scalar: NumPy's <c>/</c>, which is <c>np.true_divide</c>, whose
        /// result here is complex128.
        /// </summary>
        /// <remarks>
        /// <paramref name="x2"/> converts to Complex by C#'s implicit conversions, as in C# arithmetic on Complex;
        /// a scalar that does not convert implicitly takes the untyped operator and NumPy's promotion.
        /// </remarks>
        /// <param name="x1">The dividend.</param>
        /// <param name="x2">The divisor.</param>
        /// <returns>The complex128 result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
        /// <inheritdoc cref="NDArray.Divide(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
        public static NDArray<Complex> operator /(NDArray<Complex> x1, Complex x2) => (NDArray<Complex>)NDArray.Divide(x1, Operand.Scalar(x2));

        /// <summary>
        /// Element-wise <c>x1 / x2</c> of a Complex scalar and a complex128 array: NumPy's <c>/</c>, which is <c>np.true_divide</c>, whose
        /// result here is complex128.
        /// </summary>
        /// <remarks>
        /// <paramref name="x1"/> converts to Complex by C#'s implicit conversions, as in C# arithmetic on Complex;
        /// a scalar that does not convert implicitly takes the untyped operator and NumPy's promotion.
        /// </remarks>
        /// <param name="x1">The dividend.</param>
        /// <param name="x2">The divisor.</param>
        /// <returns>The complex128 result. It is a new array: dispose it, or compute inside <c>using (NDArray.Scope())</c> (<see cref="NDArray.Scope"/>), which disposes the temporaries of an expression when it ends.</returns>
        /// <inheritdoc cref="NDArray.Divide(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
        public static NDArray<Complex> operator /(Complex x1, NDArray<Complex> x2) => (NDArray<Complex>)NDArray.Divide(Operand.Scalar(x1), x2);

    }
}
