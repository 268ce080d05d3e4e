using System.Numerics;
using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// One input of a ufunc: an <see cref="NDArray"/> or a C# scalar, converted implicitly, so that
/// <c>NDArray.Add(a, 1)</c>, <c>NDArray.Add(2.5, a)</c> and <c>NDArray.Add(a, b)</c> all read as
/// NumPy's <c>np.add</c> does.
/// </summary>
/// <remarks>
/// Scalars promote as NumPy 2 promotes them (NEP 50). <see cref="int"/> and <see cref="long"/> are
/// "weak" like a Python <c>int</c>, <see cref="double"/> like a Python <c>float</c> and
/// <see cref="Complex"/> like a Python <c>complex</c>: they take the array's dtype when its kind is
/// at least theirs (<c>int8_array + 1</c> is int8, <c>float32_array + 2.0</c> is float32), and a
/// weak integer that does not fit that dtype is an <see cref="OverflowException"/>
/// (<c>int8_array + 300</c>). Every other scalar type (<see cref="bool"/>, <see cref="sbyte"/>,
/// <see cref="byte"/>, <see cref="short"/>, <see cref="ushort"/>, <see cref="uint"/>,
/// <see cref="ulong"/>, <see cref="Half"/>, <see cref="float"/>, <see cref="Complex64"/>) is a
/// NumPy scalar of its own dtype, which promotes in full like a 0-d array
/// (<c>int8_array + (short)1</c> is int16, like <c>int8_array + np.int16(1)</c>).
/// </remarks>
public readonly struct Operand
{
    private readonly NDArray? _array;
    private readonly DType _dtype;
    private readonly OperandKind _kind;
    // The scalar's value: a long in Integer's bits, a double in Real, or both parts of a complex;
    // typed scalars keep their native bytes in the same 16 bytes.
    private readonly Complex _value;

    private Operand(NDArray array)
    {
        _array = array;
        _dtype = array.DType;
        _kind = OperandKind.Array;
        _value = default;
    }

    private Operand(OperandKind kind, DType dtype, Complex value)
    {
        _array = null;
        _dtype = dtype;
        _kind = kind;
        _value = value;
    }

    /// <summary>The array, or null for a scalar.</summary>
    public NDArray? Array => _array;

    /// <summary>Whether this operand is a scalar rather than an array.</summary>
    public bool IsScalar => _kind is not (OperandKind.Array or OperandKind.None);

    /// <summary>
    /// Whether this operand is a weak scalar (<see cref="int"/>, <see cref="long"/>,
    /// <see cref="double"/> or <see cref="Complex"/>), which NEP 50 promotes by kind only.
    /// </summary>
    public bool IsWeak => _kind is OperandKind.WeakInteger or OperandKind.WeakFloat or OperandKind.WeakComplex;

    /// <summary>
    /// The operand's own dtype: the array's, a typed scalar's, or for a weak scalar the dtype NumPy
    /// gives the same Python value alone (int64, float64, complex128).
    /// </summary>
    public DType DType => _dtype;

    internal OperandKind Kind => _kind;

    /// <summary>A weak integer's value.</summary>
    internal long Integer => (long)BitConverter.DoubleToInt64Bits(_value.Real);

    /// <summary>A weak float's value, or a weak complex's real part.</summary>
    internal double Real => _value.Real;

    /// <summary>A weak complex's value.</summary>
    internal Complex ComplexValue => _value;

    /// <summary>Copies a typed scalar's native bytes (<see cref="DType"/>'s item size) to <paramref name="destination"/>.</summary>
    internal unsafe void CopyTypedBytes(byte* destination)
    {
        Complex value = _value;
        Buffer.MemoryCopy(&value, destination, _dtype.ItemSize, _dtype.ItemSize);
    }

    private static Operand Typed<T>(T value) where T : unmanaged
    {
        Complex bits = default;
        Unsafe.As<Complex, T>(ref bits) = value;
        return new Operand(OperandKind.Typed, DType.Of<T>(), bits);
    }

    /// <summary>An array operand.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="array"/> is null.</exception>
    public static implicit operator Operand(NDArray array)
    {
        ArgumentNullException.ThrowIfNull(array);
        return new Operand(array);
    }

    /// <summary>A weak integer scalar, like a Python <c>int</c>.</summary>
    public static implicit operator Operand(int value) => (long)value;

    /// <summary>A weak integer scalar, like a Python <c>int</c>.</summary>
    public static implicit operator Operand(long value) =>
        new(OperandKind.WeakInteger, DType.Int64, new Complex(BitConverter.Int64BitsToDouble(value), 0));

    /// <summary>A weak float scalar, like a Python <c>float</c>.</summary>
    public static implicit operator Operand(double value) => new(OperandKind.WeakFloat, DType.Float64, new Complex(value, 0));

    /// <summary>A weak complex scalar, like a Python <c>complex</c>.</summary>
    public static implicit operator Operand(Complex value) => new(OperandKind.WeakComplex, DType.Complex128, value);

    /// <summary>A <c>np.bool_</c> scalar.</summary>
    public static implicit operator Operand(bool value) => Typed(value);

    /// <summary>A <c>np.int8</c> scalar.</summary>
    public static implicit operator Operand(sbyte value) => Typed(value);

    /// <summary>A <c>np.uint8</c> scalar.</summary>
    public static implicit operator Operand(byte value) => Typed(value);

    /// <summary>A <c>np.int16</c> scalar.</summary>
    public static implicit operator Operand(short value) => Typed(value);

    /// <summary>A <c>np.uint16</c> scalar.</summary>
    public static implicit operator Operand(ushort value) => Typed(value);

    /// <summary>A <c>np.uint32</c> scalar.</summary>
    public static implicit operator Operand(uint value) => Typed(value);

    /// <summary>A <c>np.uint64</c> scalar.</summary>
    public static implicit operator Operand(ulong value) => Typed(value);

    /// <summary>A <c>np.float16</c> scalar.</summary>
    public static implicit operator Operand(Half value) => Typed(value);

    /// <summary>A <c>np.float32</c> scalar.</summary>
    public static implicit operator Operand(float value) => Typed(value);

    /// <summary>A <c>np.complex64</c> scalar.</summary>
    public static implicit operator Operand(Complex64 value) => Typed(value);

    /// <summary>A typed scalar of <typeparamref name="T"/>'s dtype, never weak (<c>np.int64(1)</c> rather than <c>1</c>).</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> has no NumPy dtype.</exception>
    public static Operand Scalar<T>(T value) where T : unmanaged => Typed(value);

    /// <inheritdoc/>
    public override string ToString() => _kind switch
    {
        OperandKind.Array => $"array {_array!.DType} {Layout.Format(_array.Shape)}",
        OperandKind.WeakInteger => $"{Integer} (weak int)",
        OperandKind.WeakFloat => $"{Real} (weak float)",
        OperandKind.WeakComplex => $"{ComplexValue} (weak complex)",
        OperandKind.Typed => $"{_dtype} scalar",
        _ => "none",
    };
}
