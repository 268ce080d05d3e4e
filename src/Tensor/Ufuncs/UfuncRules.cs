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
    /// <summary>
    /// Inputs whose dtypes match no loop exactly (a Python scalar, or two different dtypes) use the
    /// first loop, <c>??-&gt;?</c>, each input cast to bool by its truth value under any casting rule
    /// (<c>logical_and</c>, <c>logical_or</c>, <c>logical_xor</c>: NumPy's <c>logical_ufunc_promoter</c>
    /// and the <c>_NPY_METH_FORCE_CAST_INPUTS</c> flag of their bool loop).
    /// </summary>
    TruthPromotion = 16,
}
