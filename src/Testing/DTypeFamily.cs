namespace ArrayBridge.Testing;

/// <summary>
/// Families of dtypes a generator may draw from, combinable as flags (as hypothesis's
/// <c>boolean_dtypes</c>, <c>integer_dtypes</c>, <c>unsigned_integer_dtypes</c>,
/// <c>floating_dtypes</c>, <c>complex_number_dtypes</c> and <c>scalar_dtypes</c>).
/// </summary>
[Flags]
public enum DTypeFamily
{
    /// <summary>No dtype.</summary>
    None = 0,

    /// <summary><c>bool</c>.</summary>
    Bool = 1,

    /// <summary><c>int8</c>, <c>int16</c>, <c>int32</c>, <c>int64</c>.</summary>
    SignedInteger = 2,

    /// <summary><c>uint8</c>, <c>uint16</c>, <c>uint32</c>, <c>uint64</c>.</summary>
    UnsignedInteger = 4,

    /// <summary>Signed and unsigned integers.</summary>
    Integer = SignedInteger | UnsignedInteger,

    /// <summary><c>float16</c>, <c>float32</c>, <c>float64</c>.</summary>
    Floating = 8,

    /// <summary><c>complex64</c>, <c>complex128</c>.</summary>
    Complex = 16,

    /// <summary>Integers, floats and complex numbers (every dtype but bool).</summary>
    Numeric = Integer | Floating | Complex,

    /// <summary>Every supported dtype.</summary>
    All = Bool | Numeric,
}
