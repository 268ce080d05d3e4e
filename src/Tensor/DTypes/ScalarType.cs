namespace ArrayBridge;

/// <summary>
/// The element types ArrayBridge supports. The numeric values are NumPy's type numbers
/// (<c>dtype.num</c>, the <c>NPY_TYPES</c> enum) on an LP64 platform, where int64 is
/// <c>NPY_LONG</c>.
/// </summary>
public enum ScalarType
{
    /// <summary><c>bool</c> (<c>NPY_BOOL</c>), one byte, 0 or 1.</summary>
    Bool = 0,
    /// <summary><c>int8</c> (<c>NPY_BYTE</c>), <see cref="sbyte"/>.</summary>
    Int8 = 1,
    /// <summary><c>uint8</c> (<c>NPY_UBYTE</c>), <see cref="byte"/>.</summary>
    UInt8 = 2,
    /// <summary><c>int16</c> (<c>NPY_SHORT</c>), <see cref="short"/>.</summary>
    Int16 = 3,
    /// <summary><c>uint16</c> (<c>NPY_USHORT</c>), <see cref="ushort"/>.</summary>
    UInt16 = 4,
    /// <summary><c>int32</c> (<c>NPY_INT</c>), <see cref="int"/>.</summary>
    Int32 = 5,
    /// <summary><c>uint32</c> (<c>NPY_UINT</c>), <see cref="uint"/>.</summary>
    UInt32 = 6,
    /// <summary><c>int64</c> (<c>NPY_LONG</c> on LP64), <see cref="long"/>.</summary>
    Int64 = 7,
    /// <summary><c>uint64</c> (<c>NPY_ULONG</c> on LP64), <see cref="ulong"/>.</summary>
    UInt64 = 8,
    /// <summary><c>float32</c> (<c>NPY_FLOAT</c>), <see cref="float"/>.</summary>
    Float32 = 11,
    /// <summary><c>float64</c> (<c>NPY_DOUBLE</c>), <see cref="double"/>.</summary>
    Float64 = 12,
    /// <summary><c>complex64</c> (<c>NPY_CFLOAT</c>), <see cref="ArrayBridge.Complex64"/>.</summary>
    Complex64 = 14,
    /// <summary><c>complex128</c> (<c>NPY_CDOUBLE</c>), <see cref="System.Numerics.Complex"/>.</summary>
    Complex128 = 15,
    /// <summary><c>float16</c> (<c>NPY_HALF</c>), <see cref="System.Half"/>.</summary>
    Float16 = 23,
}
