using System.ComponentModel;

namespace ArrayBridge.Extensions;

/// <summary>
/// Converts bound arguments (borrowed <c>PyObject*</c>) to .NET values as CPython's argument parsing
/// does: <c>float</c> accepts anything with <c>__float__</c> or <c>__index__</c>, integers anything
/// with <c>__index__</c> (never a float), <c>bool</c> any object's truth value, <c>str</c> only a
/// <c>str</c>. Each returns false with the Python error set (<c>TypeError</c> naming the function,
/// the argument and the type given, or <c>OverflowError</c>).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static unsafe class PyArgs
{
    /// <summary>Whether <paramref name="o"/> is <c>None</c> (for nullable parameters).</summary>
    public static bool IsNone(nint o) => o == CPython.Py_None.DangerousGetAddress();

    /// <summary>A <c>float</c> argument as <see cref="double"/>.</summary>
    public static bool ToDouble(nint o, FunctionSignature signature, int index, out double value)
    {
        BorrowedReference reference = BorrowedReference.DangerousFromPointer(o);
        if (CPython.Py_TYPE(reference) == CPython.PyFloat_Type)
        {
            value = CPython.PyFloat_AS_DOUBLE(reference);
            return true;
        }

        value = CPython.PyFloat_AsDouble(reference);
        return value != -1.0 || CPython.PyErr_Occurred().IsNull || Retype(o, signature, index, "float");
    }

    /// <summary>A <c>float</c> argument as <see cref="float"/> (rounded, as C's <c>f</c> format does).</summary>
    public static bool ToSingle(nint o, FunctionSignature signature, int index, out float value)
    {
        bool ok = ToDouble(o, signature, index, out double d);
        value = (float)d;
        return ok;
    }

    /// <summary>An <c>int</c> argument as <see cref="long"/>; <c>OverflowError</c> outside its range.</summary>
    public static bool ToInt64(nint o, FunctionSignature signature, int index, out long value)
    {
        int overflow;
        value = CPython.PyLong_AsLongLongAndOverflow(BorrowedReference.DangerousFromPointer(o), &overflow);
        if (overflow != 0)
        {
            PyApi.SetError(CPython.PyExc_OverflowError, $"{signature.QualifiedName}() argument '{signature.ParameterName(index)}': Python int too large to convert to C long");
            return false;
        }

        return value != -1 || CPython.PyErr_Occurred().IsNull || Retype(o, signature, index, "int");
    }

    /// <summary>An <c>int</c> argument as <see cref="int"/>; <c>OverflowError</c> outside its range.</summary>
    public static bool ToInt32(nint o, FunctionSignature signature, int index, out int value)
    {
        value = 0;
        if (!ToInt64(o, signature, index, out long wide))
        {
            return false;
        }

        if (wide is < int.MinValue or > int.MaxValue)
        {
            PyApi.SetError(CPython.PyExc_OverflowError, $"{signature.QualifiedName}() argument '{signature.ParameterName(index)}': signed integer is {(wide > 0 ? "greater than maximum" : "less than minimum")}");
            return false;
        }

        value = (int)wide;
        return true;
    }

    /// <summary>Any argument's truth value as <see cref="bool"/> (C's <c>p</c> format).</summary>
    public static bool ToBoolean(nint o, FunctionSignature signature, int index, out bool value)
    {
        int truth = CPython.PyObject_IsTrue(BorrowedReference.DangerousFromPointer(o));
        value = truth > 0;
        return truth >= 0;
    }

    /// <summary>A <c>str</c> argument as <see cref="string"/>.</summary>
    public static bool ToString(nint o, FunctionSignature signature, int index, out string value)
    {
        value = "";
        BorrowedReference reference = BorrowedReference.DangerousFromPointer(o);
        if (!CPython.HasTypeFlag(reference, CPython.Py_TPFLAGS_UNICODE_SUBCLASS))
        {
            return WrongType(o, signature, index, "str");
        }

        string? text = PyApi.ReadString(reference);
        if (text is null)
        {
            return false; // a lone surrogate cannot be UTF-8: UnicodeEncodeError is set
        }

        value = text;
        return true;
    }

    /// <summary>
    /// A <c>tuple</c> argument of exactly <paramref name="length"/> items: <paramref name="items"/>
    /// receives them (borrowed). Returns false with <c>TypeError</c> for anything else.
    /// </summary>
    public static bool ToTuple(nint o, FunctionSignature signature, int index, int length, Span<nint> items)
    {
        BorrowedReference reference = BorrowedReference.DangerousFromPointer(o);
        if (!CPython.HasTypeFlag(reference, CPython.Py_TPFLAGS_TUPLE_SUBCLASS))
        {
            return WrongType(o, signature, index, $"tuple of {length} items");
        }

        nint size = CPython.PyTuple_Size(reference);
        if (size != length)
        {
            PyApi.SetError(CPython.PyExc_TypeError, $"{signature.QualifiedName}() argument '{signature.ParameterName(index)}' must be a tuple of {length} items, not {size}");
            return false;
        }

        for (int i = 0; i < length; i++)
        {
            items[i] = CPython.PyTuple_GetItem(reference, i).DangerousGetAddress();
        }

        return true;
    }

    /// <summary>Replaces a <c>TypeError</c> the C-API raised with one naming the argument; other errors stay.</summary>
    private static bool Retype(nint o, FunctionSignature signature, int index, string expected)
    {
        if (CPython.PyErr_ExceptionMatches(CPython.PyExc_TypeError) == 0)
        {
            return false;
        }

        CPython.PyErr_Clear();
        return WrongType(o, signature, index, expected);
    }

    /// <summary>Sets <c>TypeError: f() argument 'x' must be float, not str</c> and returns false.</summary>
    internal static bool WrongType(nint o, FunctionSignature signature, int index, string expected)
    {
        PyApi.SetError(CPython.PyExc_TypeError, $"{signature.QualifiedName}() argument '{signature.ParameterName(index)}' must be {expected}, not {PyApi.TypeName(BorrowedReference.DangerousFromPointer(o))}");
        return false;
    }
}
