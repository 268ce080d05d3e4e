namespace ArrayBridge;

public unsafe partial class NDArray
{
    /// <summary>
    /// The dtype NumPy's ufuncs compute in for these inputs: <c>np.result_type(*operands)</c> with
    /// NumPy 2's promotion rules (NEP 50), always in native byte order.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Arrays, whatever their shape (a 0-d array included), and typed scalars promote in full by
    /// <see cref="DType.Promote"/>, as <c>np.promote_types</c>: <c>int8_array</c> with
    /// <c>(short)1</c> is int16, like <c>np.int16(1)</c>, and <c>float32_array</c> with a float64
    /// 0-d array is float64. The value never matters.
    /// </para>
    /// <para>
    /// <see cref="int"/>, <see cref="long"/>, <see cref="double"/> and
    /// <see cref="System.Numerics.Complex"/> scalars are "weak", like Python's <c>int</c>,
    /// <c>float</c> and <c>complex</c>: they bring only their kind. The other operands' dtype
    /// stays when its kind is at least theirs (<c>int8_array + 1</c> is int8,
    /// <c>float32_array + 2.0</c> is float32, <c>float16_array + Complex.One</c> is complex64);
    /// otherwise the weak scalar picks the default of its kind (<c>bool_array + 1</c> is int64,
    /// <c>int8_array + 1.0</c> is float64, <c>int8_array + Complex.One</c> is complex128).
    /// Weak scalars alone give int64, float64 or complex128. Every other C# scalar
    /// (<see cref="bool"/>, <see cref="sbyte"/>, <see cref="byte"/>, <see cref="short"/>,
    /// <see cref="ushort"/>, <see cref="uint"/>, <see cref="ulong"/>, <see cref="Half"/>,
    /// <see cref="float"/>, <see cref="Complex64"/>, and any type through
    /// <see cref="Operand.Scalar{T}(T)"/>) is a typed NumPy scalar.
    /// </para>
    /// <para>
    /// NumPy 1.x's value-based rules (<c>int8_array + 300</c> giving int16) do not apply: a ufunc
    /// given a weak integer its result dtype cannot hold throws <see cref="OverflowException"/>.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentException">
    /// No operands ("at least one array or dtype is required"), or a <c>default</c> <see cref="Operand"/>.
    /// </exception>
    public static DType ResultType(params ReadOnlySpan<Operand> operands) => Promotion.ResultType(operands);
}
