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
    public static bool IsNone(nint o) => o == PyApi.None;

    /// <summary>A <c>float</c> argument as <see cref="double"/>.</summary>
    public static bool ToDouble(nint o, FunctionSignature signature, int index, out double value)
    {
        if (PyApi.TypeOf(o) == PyApi.FloatType)
        {
            value = *(double*)(o + 2 * sizeof(nint)); // PyFloatObject.ob_fval after the object head
            return true;
        }

        value = PyApi.PyFloat_AsDouble(o);
        return value != -1.0 || PyApi.PyErr_Occurred() == 0 || Retype(o, signature, index, "float");
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
        value = PyApi.PyLong_AsLongLongAndOverflow(o, &overflow);
        if (overflow != 0)
        {
            PyApi.SetError(PyApi.OverflowError, $"{signature.QualifiedName}() argument '{signature.ParameterName(index)}': Python int too large to convert to C long");
            return false;
        }

        return value != -1 || PyApi.PyErr_Occurred() == 0 || Retype(o, signature, index, "int");
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
            PyApi.SetError(PyApi.OverflowError, $"{signature.QualifiedName}() argument '{signature.ParameterName(index)}': signed integer is {(wide > 0 ? "greater than maximum" : "less than minimum")}");
            return false;
        }

        value = (int)wide;
        return true;
    }

    /// <summary>Any argument's truth value as <see cref="bool"/> (C's <c>p</c> format).</summary>
    public static bool ToBoolean(nint o, FunctionSignature signature, int index, out bool value)
    {
        int truth = PyApi.PyObject_IsTrue(o);
        value = truth > 0;
        return truth >= 0;
    }

    /// <summary>A <c>str</c> argument as <see cref="string"/>.</summary>
    public static bool ToString(nint o, FunctionSignature signature, int index, out string value)
    {
        value = "";
        if (!PyApi.HasTypeFlag(o, PyApi.UnicodeSubclass))
        {
            return WrongType(o, signature, index, "str");
        }

        string? text = PyApi.ReadString(o);
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
        if (!PyApi.HasTypeFlag(o, PyApi.TupleSubclass))
        {
            return WrongType(o, signature, index, $"tuple of {length} items");
        }

        nint size = PyApi.PyTuple_Size(o);
        if (size != length)
        {
            PyApi.SetError(PyApi.TypeError, $"{signature.QualifiedName}() argument '{signature.ParameterName(index)}' must be a tuple of {length} items, not {size}");
            return false;
        }

        for (int i = 0; i < length; i++)
        {
            items[i] = PyApi.PyTuple_GetItem(o, i);
        }

        return true;
    }

    /// <summary>Replaces a <c>TypeError</c> the C-API raised with one naming the argument; other errors stay.</summary>
    private static bool Retype(nint o, FunctionSignature signature, int index, string expected)
    {
        if (PyApi.PyErr_ExceptionMatches(PyApi.TypeError) == 0)
        {
            return false;
        }

        PyApi.PyErr_Clear();
        return WrongType(o, signature, index, expected);
    }

    /// <summary>Sets <c>TypeError: f() argument 'x' must be float, not str</c> and returns false.</summary>
    internal static bool WrongType(nint o, FunctionSignature signature, int index, string expected)
    {
        PyApi.SetError(PyApi.TypeError, $"{signature.QualifiedName}() argument '{signature.ParameterName(index)}' must be {expected}, not {PyApi.TypeName(o)}");
        return false;
    }
}
