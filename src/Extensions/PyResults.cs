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
    public static nint None() => NewRef(CPython.Py_None);

    /// <summary>A new <c>float</c>.</summary>
    public static nint FromDouble(double value) => CPython.PyFloat_FromDouble(value).DangerousMoveToPointer();

    /// <summary>A new <c>float</c>.</summary>
    public static nint FromSingle(float value) => CPython.PyFloat_FromDouble(value).DangerousMoveToPointer();

    /// <summary>A new <c>int</c>.</summary>
    public static nint FromInt64(long value) => CPython.PyLong_FromLongLong(value).DangerousMoveToPointer();

    /// <summary>A new <c>int</c>.</summary>
    public static nint FromInt32(int value) => CPython.PyLong_FromLongLong(value).DangerousMoveToPointer();

    /// <summary><c>True</c> or <c>False</c> (a new reference).</summary>
    public static nint FromBoolean(bool value) => NewRef(value ? CPython.Py_True : CPython.Py_False);

    /// <summary>A new <c>str</c>, or <c>None</c> for null.</summary>
    public static nint FromString(string? value) => value is null ? None() : PyApi.NewString(value).DangerousMoveToPointer();

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

        tuple = CPython.PyTuple_New(items.Length).DangerousMoveToPointer();
        if (tuple == 0)
        {
            goto fail;
        }

        for (int i = 0; i < items.Length; i++)
        {
            CPython.PyTuple_SetItem(BorrowedReference.DangerousFromPointer(tuple), i, StolenReference.DangerousFromPointer(items[i])); // steals; cannot fail on a new tuple in range
        }

        return tuple;

    fail:
        foreach (nint item in items)
        {
            if (item != 0)
            {
                CPython.Py_DecRef(StolenReference.DangerousFromPointer(item));
            }
        }

        return 0;
    }

    /// <summary>A new reference to <paramref name="o"/> as a bare <c>PyObject*</c> for the C caller.</summary>
    private static nint NewRef(BorrowedReference o)
    {
        CPython.Py_INCREF(o);
        return o.DangerousGetAddress();
    }
}
