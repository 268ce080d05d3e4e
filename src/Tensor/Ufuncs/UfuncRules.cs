namespace ArrayBridge;

/// <summary>The type-resolution rules of a ufunc beyond NumPy's linear search over its loops.</summary>
[Flags]
internal enum UfuncRules
{
    /// <summary>Only the linear search (<c>PyUFunc_DefaultTypeResolver</c>).</summary>
    None = 0,
    /// <summary>Integer and bool inputs use the float64 loop (<c>PyUFunc_TrueDivisionTypeResolver</c>).</summary>
    IntegersToFloat64 = 1,
    /// <summary>All-bool inputs are refused (<c>subtract</c>, <c>negative</c> on bools), with <see cref="Ufunc.BoolMessage"/>.</summary>
    RefuseBool = 2,
    /// <summary>
    /// The loop must take the input's own dtype, with no casting up (<c>PyUFunc_SimpleUniformOperationTypeResolver</c>:
    /// <c>positive</c> and <c>sign</c> refuse bools rather than use the int8 loop).
    /// </summary>
    Uniform = 4,
    /// <summary>
    /// A <c>dtype=</c> with no loop of that output is refused in the words of the uniform resolver
    /// ("did not contain a loop with signature matching types"), as <c>absolute</c> does for real
    /// inputs (<c>PyUFunc_AbsoluteTypeResolver</c>); implied by <see cref="Uniform"/>.
    /// </summary>
    UniformSignature = 8,
}
