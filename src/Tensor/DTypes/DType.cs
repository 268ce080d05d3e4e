using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// An element type with its byte order: NumPy's <c>numpy.dtype</c> for the numeric types
/// (bool, signed and unsigned integers, float16/32/64, complex64/128).
/// </summary>
/// <remarks>
/// The byte order is always resolved: <see cref="ByteOrder.Native"/> given to any factory becomes
/// <see cref="ByteOrder.Little"/> or <see cref="ByteOrder.Big"/>, and one-byte types always have
/// <see cref="ByteOrder.NotApplicable"/>, as <c>np.dtype('&lt;i1').str == '|i1'</c>.
/// </remarks>
public readonly partial struct DType : IEquatable<DType>
{
    private readonly ScalarType _type;
    private readonly ByteOrder _order;

    private DType(ScalarType type, ByteOrder order)
    {
        _type = type;
        _order = order;
    }

    /// <summary>Creates a dtype of <paramref name="type"/> in <paramref name="order"/> (native by default).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The type or order is not a defined value.</exception>
    public static DType Create(ScalarType type, ByteOrder order = ByteOrder.Native)
    {
        int index = IndexOf(type);
        if (index < 0)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(type), $"'{type}' is not a supported scalar type.");
        }

        EnumChecks.Check(order);
        return new DType(type, Resolve(Info[index].ItemSize, order));
    }

    /// <summary>The element type.</summary>
    public ScalarType Type => _type;

    /// <summary>The resolved byte order (<c>dtype.byteorder</c>, with <c>'='</c> resolved).</summary>
    public ByteOrder ByteOrder => _order == 0 ? ByteOrder.NotApplicable : _order;

    /// <summary>The size of one element in bytes (<c>dtype.itemsize</c>).</summary>
    public int ItemSize => Info[IndexOf(_type)].ItemSize;

    /// <summary>The alignment NumPy requires for the ALIGNED flag (<c>dtype.alignment</c>, x86-64 table).</summary>
    public int Alignment => Info[IndexOf(_type)].Alignment;

    /// <summary>NumPy's type number (<c>dtype.num</c>).</summary>
    public int NumPyTypeNumber => (int)_type;

    /// <summary>NumPy's kind character (<c>dtype.kind</c>): <c>b i u f c</c>.</summary>
    public char Kind => Info[IndexOf(_type)].Kind;

    /// <summary>NumPy's type character (<c>dtype.char</c>), e.g. <c>'d'</c> for float64, <c>'l'</c> for int64.</summary>
    public char Char => Info[IndexOf(_type)].Char;

    /// <summary>NumPy's name for the type (<c>dtype.name</c>), e.g. <c>"float64"</c>.</summary>
    public string Name => Info[IndexOf(_type)].Name;

    /// <summary>The .NET type that holds one element in native order.</summary>
    public Type ClrType => Info[IndexOf(_type)].ClrType;

    /// <summary>Whether the data is in the machine's byte order (<c>dtype.isnative</c>).</summary>
    public bool IsNativeByteOrder => ByteOrder == ByteOrder.NotApplicable || ByteOrder == NativeOrder;

    /// <summary>
    /// The array-interface type string (<c>dtype.str</c>): byte-order character, kind, item size,
    /// e.g. <c>"&lt;f8"</c>, <c>"&gt;i4"</c>, <c>"|b1"</c>.
    /// </summary>
    public string TypeStr => string.Create(null, stackalloc char[8], $"{(char)ByteOrder}{Kind}{ItemSize}");

    /// <summary>
    /// The PEP 3118 format NumPy exports for an aligned array of this dtype: <c>"d"</c>, <c>"Zf"</c>,
    /// <c>"&gt;q"</c>. See <see cref="GetBufferFormat(bool)"/>.
    /// </summary>
    public string BufferFormat => GetBufferFormat(aligned: true);

    /// <summary>The machine's byte order, <see cref="ByteOrder.Little"/> or <see cref="ByteOrder.Big"/>.</summary>
    public static ByteOrder NativeOrder => BitConverter.IsLittleEndian ? ByteOrder.Little : ByteOrder.Big;

    /// <summary>
    /// The PEP 3118 format string NumPy's <c>_buffer_format_string</c> produces: native-order data
    /// uses native codes with the implicit <c>'@'</c> when the array is aligned, else <c>'='</c>
    /// and standard sizes; swapped data uses <c>'&lt;'</c> or <c>'&gt;'</c> and standard sizes
    /// (<c>'q'</c> for int64); one-byte types have no prefix.
    /// </summary>
    public string GetBufferFormat(bool aligned)
    {
        ref readonly TypeInfo info = ref Info[IndexOf(_type)];
        if (ByteOrder == ByteOrder.NotApplicable)
        {
            return info.Format;
        }

        bool native = IsNativeByteOrder;
        if (native && aligned)
        {
            return info.Format;
        }

        char prefix = native ? '=' : (char)ByteOrder;
        return prefix + info.StandardFormat;
    }

    /// <summary>This dtype in another byte order (<c>dtype.newbyteorder(order)</c> with an explicit order).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is not a defined byte order.</exception>
    public DType WithByteOrder(ByteOrder order)
    {
        EnumChecks.Check(order);
        return new(_type, Resolve(ItemSize, order));
    }

    /// <summary>This dtype in the machine's byte order.</summary>
    public DType AsNative() => WithByteOrder(ByteOrder.Native);

    /// <summary>The dtype of the .NET element type <typeparamref name="T"/>, in native order.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> has no NumPy dtype.</exception>
    public static DType Of<T>() where T : unmanaged
    {
        if (!TryOf<T>(out DType dtype))
        {
            ThrowHelper.ThrowNotSupported($"'{typeof(T)}' has no NumPy dtype; supported are bool, sbyte, byte, short, ushort, int, uint, long, ulong, Half, float, double, Complex64 and Complex.");
        }

        return dtype;
    }

    /// <summary>Like <see cref="Of{T}"/>, returning false for types with no dtype.</summary>
    public static bool TryOf<T>(out DType dtype) where T : unmanaged
    {
        dtype = NativeOf<T>.Value;
        return NativeOf<T>.Supported;
    }

    /// <summary>Whether <typeparamref name="T"/> reads this dtype's elements directly: same type, native order.</summary>
    public bool Matches<T>() where T : unmanaged => NativeOf<T>.Supported && NativeOf<T>.Value == this;

    // Computed once per element type: typed element access and span creation ask on every call.
    private static class NativeOf<T> where T : unmanaged
    {
        public static readonly bool Supported = ScalarTypes.TryOf<T>(out _);

        public static readonly DType Value = ScalarTypes.TryOf<T>(out ScalarType type) ? Create(type) : default;
    }

    /// <summary>Whether two dtypes describe the same values in the same byte layout (<c>PyArray_EquivTypes</c>).</summary>
    public bool Equals(DType other) => _type == other._type && ByteOrder == other.ByteOrder;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is DType other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_type, ByteOrder);

    /// <summary>Equality of type and byte order.</summary>
    public static bool operator ==(DType left, DType right) => left.Equals(right);

    /// <summary>Inequality of type or byte order.</summary>
    public static bool operator !=(DType left, DType right) => !left.Equals(right);

    /// <summary>NumPy's <c>repr(dtype)</c> body: the name for native order, else the type string (<c>"float64"</c>, <c>"&gt;f8"</c>).</summary>
    public override string ToString() => IsNativeByteOrder ? Name : TypeStr;

    private static ByteOrder Resolve(int itemSize, ByteOrder order)
    {
        if (itemSize == 1)
        {
            return ByteOrder.NotApplicable;
        }

        return order switch
        {
            ByteOrder.Little or ByteOrder.Big => order,
            ByteOrder.Native or ByteOrder.NotApplicable => NativeOrder,
            _ => ThrowHelper.ThrowArgumentOutOfRange<ByteOrder>(nameof(order), $"'{(int)order}' is not a byte order."),
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int IndexOf(ScalarType type) => (uint)type < (uint)IndexByNumber.Length ? IndexByNumber[(int)type] : -1;

    /// <summary>Static facts per type: NumPy's tables for x86-64 / LP64.</summary>
    private readonly record struct TypeInfo(
        ScalarType Type, string Name, char Kind, char Char, int ItemSize, int Alignment,
        string Format, string StandardFormat, Type ClrType);

    private static readonly TypeInfo[] Info =
    [
        new(ScalarType.Bool, "bool", 'b', '?', 1, 1, "?", "?", typeof(bool)),
        new(ScalarType.Int8, "int8", 'i', 'b', 1, 1, "b", "b", typeof(sbyte)),
        new(ScalarType.UInt8, "uint8", 'u', 'B', 1, 1, "B", "B", typeof(byte)),
        new(ScalarType.Int16, "int16", 'i', 'h', 2, 2, "h", "h", typeof(short)),
        new(ScalarType.UInt16, "uint16", 'u', 'H', 2, 2, "H", "H", typeof(ushort)),
        new(ScalarType.Int32, "int32", 'i', 'i', 4, 4, "i", "i", typeof(int)),
        new(ScalarType.UInt32, "uint32", 'u', 'I', 4, 4, "I", "I", typeof(uint)),
        new(ScalarType.Int64, "int64", 'i', 'l', 8, 8, "l", "q", typeof(long)),
        new(ScalarType.UInt64, "uint64", 'u', 'L', 8, 8, "L", "Q", typeof(ulong)),
        new(ScalarType.Float16, "float16", 'f', 'e', 2, 2, "e", "e", typeof(Half)),
        new(ScalarType.Float32, "float32", 'f', 'f', 4, 4, "f", "f", typeof(float)),
        new(ScalarType.Float64, "float64", 'f', 'd', 8, 8, "d", "d", typeof(double)),
        new(ScalarType.Complex64, "complex64", 'c', 'F', 8, 4, "Zf", "Zf", typeof(Complex64)),
        new(ScalarType.Complex128, "complex128", 'c', 'D', 16, 8, "Zd", "Zd", typeof(Complex)),
    ];

    private static readonly sbyte[] IndexByNumber = BuildIndex();

    private static sbyte[] BuildIndex()
    {
        var index = new sbyte[24];
        index.AsSpan().Fill(-1);
        for (int i = 0; i < Info.Length; i++)
        {
            index[(int)Info[i].Type] = (sbyte)i;
        }

        return index;
    }

    /// <summary>All supported dtypes in native order, in NumPy's type-number order.</summary>
    public static IReadOnlyList<DType> All { get; } = Array.ConvertAll(Info, static i => new DType(i.Type, Resolve(i.ItemSize, ByteOrder.Native)));

    /// <summary><c>np.bool_</c>.</summary>
    public static DType Bool => Create(ScalarType.Bool);
    /// <summary><c>np.int8</c>.</summary>
    public static DType Int8 => Create(ScalarType.Int8);
    /// <summary><c>np.uint8</c>.</summary>
    public static DType UInt8 => Create(ScalarType.UInt8);
    /// <summary><c>np.int16</c>.</summary>
    public static DType Int16 => Create(ScalarType.Int16);
    /// <summary><c>np.uint16</c>.</summary>
    public static DType UInt16 => Create(ScalarType.UInt16);
    /// <summary><c>np.int32</c>.</summary>
    public static DType Int32 => Create(ScalarType.Int32);
    /// <summary><c>np.uint32</c>.</summary>
    public static DType UInt32 => Create(ScalarType.UInt32);
    /// <summary><c>np.int64</c>.</summary>
    public static DType Int64 => Create(ScalarType.Int64);
    /// <summary><c>np.uint64</c>.</summary>
    public static DType UInt64 => Create(ScalarType.UInt64);
    /// <summary><c>np.float16</c>.</summary>
    public static DType Float16 => Create(ScalarType.Float16);
    /// <summary><c>np.float32</c>.</summary>
    public static DType Float32 => Create(ScalarType.Float32);
    /// <summary><c>np.float64</c>.</summary>
    public static DType Float64 => Create(ScalarType.Float64);
    /// <summary><c>np.complex64</c>.</summary>
    public static DType Complex64 => Create(ScalarType.Complex64);
    /// <summary><c>np.complex128</c>.</summary>
    public static DType Complex128 => Create(ScalarType.Complex128);
}
