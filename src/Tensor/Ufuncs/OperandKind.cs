namespace ArrayBridge;

/// <summary>What an <see cref="Operand"/> holds, and how it takes part in type promotion.</summary>
internal enum OperandKind : byte
{
    /// <summary>No operand (a <c>default</c> <see cref="Operand"/>).</summary>
    None = 0,
    /// <summary>An array: its dtype promotes in full.</summary>
    Array,
    /// <summary>A scalar of a fixed dtype (a NumPy scalar such as <c>np.float32(1)</c>): promotes like a 0-d array.</summary>
    Typed,
    /// <summary>A "weak" integer, as a Python <c>int</c> under NEP 50.</summary>
    WeakInteger,
    /// <summary>A "weak" float, as a Python <c>float</c> under NEP 50.</summary>
    WeakFloat,
    /// <summary>A "weak" complex, as a Python <c>complex</c> under NEP 50.</summary>
    WeakComplex,
}
