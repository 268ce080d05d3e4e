namespace ArrayBridge;

/// <summary>The floating-point error categories NumPy's <c>np.errstate</c> controls.</summary>
[Flags]
public enum FloatingPointFlags
{
    /// <summary>No error.</summary>
    None = 0,
    /// <summary><c>divide</c>: division by zero.</summary>
    DivideByZero = 1,
    /// <summary><c>over</c>: a result too large to represent.</summary>
    Overflow = 2,
    /// <summary><c>under</c>: a result too small to represent.</summary>
    Underflow = 4,
    /// <summary><c>invalid</c>: an invalid operation, such as 0/0 or sqrt(-1).</summary>
    Invalid = 8,
}
