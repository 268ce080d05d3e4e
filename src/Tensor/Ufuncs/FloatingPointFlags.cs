namespace ArrayBridge;

/// <summary>
/// The floating-point error categories NumPy tracks after each ufunc call: the IEEE 754 exception
/// flags other than inexact. The values are NumPy's own (<c>NPY_FPE_DIVIDEBYZERO</c> = 1,
/// <c>NPY_FPE_OVERFLOW</c> = 2, <c>NPY_FPE_UNDERFLOW</c> = 4, <c>NPY_FPE_INVALID</c> = 8), which is
/// also the status NumPy passes to an <c>np.seterrcall</c> callback.
/// </summary>
[Flags]
public enum FloatingPointFlags
{
    /// <summary>No error.</summary>
    None = 0,
    /// <summary>Division of a finite non-zero number by zero, or an exact infinite result such as <c>log(0)</c>; NumPy's <c>divide</c> ("divide by zero").</summary>
    DivideByZero = 1,
    /// <summary>A finite result too large for the type, or an integer overflow NumPy reports (<c>INT_MIN // -1</c>); NumPy's <c>over</c> ("overflow").</summary>
    Overflow = 2,
    /// <summary>A non-zero result too small to be represented as a normal number and rounded; NumPy's <c>under</c> ("underflow").</summary>
    Underflow = 4,
    /// <summary>An operation with no meaningful result, such as <c>0/0</c>, <c>sqrt(-1)</c> or casting NaN to an integer; NumPy's <c>invalid</c> ("invalid value").</summary>
    Invalid = 8,
}
