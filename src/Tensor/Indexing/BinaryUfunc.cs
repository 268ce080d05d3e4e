namespace ArrayBridge;

/// <summary>The binary ufuncs whose unbuffered in-place form <see cref="NDArray.UfuncAt(BinaryUfunc, NDArray, ReadOnlySpan{AdvancedIndex}, Operand)"/> runs (<c>np.add.at</c> and its siblings).</summary>
public enum BinaryUfunc
{
    /// <summary><c>np.add</c>.</summary>
    Add,

    /// <summary><c>np.subtract</c>.</summary>
    Subtract,

    /// <summary><c>np.multiply</c>.</summary>
    Multiply,

    /// <summary><c>np.divide</c>.</summary>
    Divide,

    /// <summary><c>np.floor_divide</c>.</summary>
    FloorDivide,

    /// <summary><c>np.power</c>.</summary>
    Power,

    /// <summary><c>np.minimum</c>.</summary>
    Minimum,

    /// <summary><c>np.maximum</c>.</summary>
    Maximum,

    /// <summary><c>np.fmin</c>.</summary>
    Fmin,

    /// <summary><c>np.fmax</c>.</summary>
    Fmax,

    /// <summary><c>np.bitwise_and</c>.</summary>
    BitwiseAnd,

    /// <summary><c>np.bitwise_or</c>.</summary>
    BitwiseOr,

    /// <summary><c>np.bitwise_xor</c>.</summary>
    BitwiseXor,

    /// <summary><c>np.logical_and</c>.</summary>
    LogicalAnd,

    /// <summary><c>np.logical_or</c>.</summary>
    LogicalOr,
}
