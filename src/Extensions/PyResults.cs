using System.ComponentModel;

namespace ArrayBridge.Extensions;

/// <summary>
/// Converts .NET results to new Python references (or 0 with the Python error set), as generated
/// entry points return them: <c>float</c>, <c>int</c>, <c>bool</c>, <c>str</c>, <c>None</c> and tuples.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static unsafe class PyResults
{
    /// <summary>A new reference to <c>None</c>.</summary>
    public static nint None() => PyApi.NewRef(PyApi.None);

    /// <summary>A new <c>float</c>.</summary>
    public static nint FromDouble(double value) => PyApi.PyFloat_FromDouble(value);

    /// <summary>A new <c>float</c>.</summary>
    public static nint FromSingle(float value) => PyApi.PyFloat_FromDouble(value);

    /// <summary>A new <c>int</c>.</summary>
    public static nint FromInt64(long value) => PyApi.PyLong_FromLongLong(value);

    /// <summary>A new <c>int</c>.</summary>
    public static nint FromInt32(int value) => PyApi.PyLong_FromLongLong(value);

    /// <summary><c>True</c> or <c>False</c> (a new reference).</summary>
    public static nint FromBoolean(bool value) => PyApi.NewRef(value ? PyApi.True : PyApi.False);

    /// <summary>A new <c>str</c>, or <c>None</c> for null.</summary>
    public static nint FromString(string? value) => value is null ? None() : PyApi.NewString(value);

    /// <summary>
    /// A new <c>tuple</c> of <paramref name="items"/>, new references that it takes over (also when it
    /// fails, and an item that is 0, a failed conversion, fails the whole tuple with that error).
    /// </summary>
    public static nint Tuple(ReadOnlySpan<nint> items)
    {
        nint tuple = 0;
        foreach (nint item in items)
        {
            if (item == 0)
            {
                goto fail;
            }
        }

        tuple = PyApi.PyTuple_New(items.Length);
        if (tuple == 0)
        {
            goto fail;
        }

        for (int i = 0; i < items.Length; i++)
        {
            PyApi.PyTuple_SetItem(tuple, i, items[i]); // steals; cannot fail on a new tuple in range
        }

        return tuple;

    fail:
        foreach (nint item in items)
        {
            if (item != 0)
            {
                PyApi.Py_DecRef(item);
            }
        }

        return 0;
    }
}
