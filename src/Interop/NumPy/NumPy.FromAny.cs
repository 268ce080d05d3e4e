namespace ArrayBridge.Interop;

public static unsafe partial class NumPy
{
    /// <summary>
    /// <c>PyArray_CheckFromAny(obj, dtype, 0, 0, requirements, NULL)</c>: converts any array-like
    /// (a NumPy array, a list, a scalar, an object with <c>__array__</c> or <c>__array_interface__</c>,
    /// a .NET value the bridge converts) into an NDArray view of the resulting NumPy array. A NumPy
    /// array that already satisfies <paramref name="dtype"/> and <paramref name="requirements"/> is not
    /// copied. With WRITEBACKIFCOPY the result is a copy that writes back into the source array on
    /// <see cref="NDArray.ResolveWritebackIfCopy"/> (or when disposed).
    /// </summary>
    /// <exception cref="PythonException">NumPy refused the conversion (e.g. an unsafe cast without FORCECAST).</exception>
    /// <exception cref="NotSupportedException">The result's dtype is not numeric.</exception>
    public static NDArray FromAny(object? value, DType? dtype = null, ArrayFlags requirements = ArrayFlags.None)
    {
        if (Python.IsInGilScope)
        {
            return FromAnyUnderGil(value, dtype, requirements); // the caller's scope covers the call: no nested one
        }

        using GilScope gil = Python.Gil();
        return FromAnyUnderGil(value, dtype, requirements);
    }

    private static NDArray FromAnyUnderGil(object? value, DType? dtype, ArrayFlags requirements)
    {
        NumPyApi.EnsureLoaded();
        using NewReference obj = PyConverter.ToPython(value);
        using NewReference descr = dtype is { } d ? PyConverter.Check(NewDescr(d)) : default;

        // CheckFromAny steals the descr reference (NULL means "any dtype").
        using NewReference result = NumPyC.PyArray_CheckFromAny(obj, descr.Steal(), 0, 0, (int)requirements, BorrowedReference.Null);
        return ViewOf(result.BorrowOrThrow());
    }
}
