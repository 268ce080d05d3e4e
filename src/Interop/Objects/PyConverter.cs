using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace ArrayBridge.Interop;

/// <summary>
/// Converts between .NET values and Python objects. All members need the GIL and work on raw
/// object pointers; <see cref="PyObject"/> wraps them for callers.
/// </summary>
/// <remarks>
/// <see cref="ToPython"/> is the single dispatch point from .NET to Python: a new convertible .NET
/// type (such as ArrayBridge's NDArray, which becomes a <c>numpy.ndarray</c>) is one case there.
/// </remarks>
internal static unsafe partial class PyConverter
{
    /// <summary>How deeply nested containers may be before conversion gives up (also stops cycles).</summary>
    internal const int MaxDepth = 128;

    /// <summary>
    /// A new reference to the Python object for <paramref name="value"/>:
    /// null → <c>None</c>; <see cref="PyObject"/> → itself; bool → <c>bool</c>; every integer type,
    /// <see cref="BigInteger"/>, <see cref="Int128"/>, enums → <c>int</c>; <see cref="Half"/>, float,
    /// double → <c>float</c>; <see cref="Complex"/> → <c>complex</c>; string, char → <c>str</c>;
    /// <c>byte[]</c> and byte memory → <c>bytes</c>; <see cref="ITuple"/> (ValueTuple, Tuple) →
    /// <c>tuple</c>; <see cref="IDictionary"/> → <c>dict</c>; <see cref="IList"/> (arrays, lists) → <c>list</c>.
    /// </summary>
    /// <exception cref="NotSupportedException">The type has no Python counterpart.</exception>
    /// <exception cref="PythonException">Python refused (e.g. an unhashable dict key).</exception>
    internal static nint ToPython(object? value, int depth = 0)
    {
        CPython.AssertGilHeld();
        if (depth > MaxDepth)
        {
            ThrowHelper.ThrowArgument($"The value is nested more than {MaxDepth} levels deep (or contains itself); it cannot be converted to Python.");
        }

        return value switch
        {
            null => NewReference(CPython.Py_None),
            PyObject o => o.NewReference(),
            bool b => NewReference(b ? CPython.Py_True : CPython.Py_False),
            int i => Check(CPython.PyLong_FromLongLong(i)),
            long l => Check(CPython.PyLong_FromLongLong(l)),
            double d => Check(CPython.PyFloat_FromDouble(d)),
            string s => FromString(s),
            float f => Check(CPython.PyFloat_FromDouble(f)),
            short s => Check(CPython.PyLong_FromLongLong(s)),
            sbyte s => Check(CPython.PyLong_FromLongLong(s)),
            byte b => Check(CPython.PyLong_FromLongLong(b)),
            ushort u => Check(CPython.PyLong_FromLongLong(u)),
            uint u => Check(CPython.PyLong_FromLongLong(u)),
            ulong u => Check(CPython.PyLong_FromUnsignedLongLong(u)),
            nint n => Check(CPython.PyLong_FromLongLong(n)),
            nuint n => Check(CPython.PyLong_FromUnsignedLongLong(n)),
            Int128 n => FromBigInteger(n),
            UInt128 n => FromBigInteger(n),
            BigInteger n => FromBigInteger(n),
            Half h => Check(CPython.PyFloat_FromDouble((double)h)),
            Complex z => Check(CPython.PyComplex_FromDoubles(z.Real, z.Imaginary)),
            char c => FromString(c.ToString()),
            byte[] bytes => FromBytes(bytes),
            ReadOnlyMemory<byte> bytes => FromBytes(bytes.Span),
            Memory<byte> bytes => FromBytes(bytes.Span),
            Enum e => FromEnum(e),

            NDArray array => FromNDArray(array),

            ITuple tuple => FromTuple(tuple, depth),
            IDictionary dictionary => FromDictionary(dictionary, depth),
            IList list => FromList(list, depth),
            _ => ThrowHelper.ThrowNotSupported<nint>($"A {value.GetType()} cannot be converted to a Python object."),
        };
    }

    /// <summary>A new reference to <c>args</c> for a call: a tuple of the converted values (empty for null).</summary>
    internal static nint ToArgsTuple(object?[]? args)
    {
        int count = args?.Length ?? 0;
        nint tuple = Check(CPython.PyTuple_New(count));
        try
        {
            for (int i = 0; i < count; i++)
            {
                CPython.PyTuple_SetItem(tuple, i, ToPython(args![i], 1)); // steals
            }
        }
        catch
        {
            CPython.Py_DecRef(tuple);
            throw;
        }

        return tuple;
    }

    /// <summary>A new reference to a <c>dict</c> of keyword arguments, or 0 when there are none.</summary>
    internal static nint ToKwargsDict(IReadOnlyDictionary<string, object?>? kwargs)
    {
        if (kwargs is null || kwargs.Count == 0)
        {
            return 0;
        }

        nint dict = Check(CPython.PyDict_New());
        try
        {
            foreach (KeyValuePair<string, object?> pair in kwargs)
            {
                SetDictItem(dict, pair.Key, pair.Value, 1);
            }
        }
        catch
        {
            CPython.Py_DecRef(dict);
            throw;
        }

        return dict;
    }

    /// <summary>Returns <paramref name="result"/>, or throws the current Python error if it is 0.</summary>
    internal static nint Check(nint result) => result != 0 ? result : throw PythonException.FetchCurrent();

    /// <summary>Increments and returns <paramref name="o"/>.</summary>
    internal static nint NewReference(nint o)
    {
        CPython.Py_IncRef(o);
        return o;
    }

    private static nint FromTuple(ITuple tuple, int depth)
    {
        nint result = Check(CPython.PyTuple_New(tuple.Length));
        try
        {
            for (int i = 0; i < tuple.Length; i++)
            {
                CPython.PyTuple_SetItem(result, i, ToPython(tuple[i], depth + 1));
            }
        }
        catch
        {
            CPython.Py_DecRef(result);
            throw;
        }

        return result;
    }

    private static nint FromList(IList list, int depth)
    {
        nint result = Check(CPython.PyList_New(list.Count));
        try
        {
            for (int i = 0; i < list.Count; i++)
            {
                CPython.PyList_SetItem(result, i, ToPython(list[i], depth + 1));
            }
        }
        catch
        {
            CPython.Py_DecRef(result);
            throw;
        }

        return result;
    }

    private static nint FromDictionary(IDictionary dictionary, int depth)
    {
        nint result = Check(CPython.PyDict_New());
        try
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                SetDictItem(result, entry.Key, entry.Value, depth + 1);
            }
        }
        catch
        {
            CPython.Py_DecRef(result);
            throw;
        }

        return result;
    }

    private static void SetDictItem(nint dict, object? key, object? value, int depth)
    {
        nint k = ToPython(key, depth);
        nint v = 0;
        try
        {
            v = ToPython(value, depth);
            if (CPython.PyDict_SetItem(dict, k, v) != 0)
            {
                throw PythonException.FetchCurrent();
            }
        }
        finally
        {
            CPython.Py_DecRef(v);
            CPython.Py_DecRef(k);
        }
    }

    private static unsafe nint FromBytes(ReadOnlySpan<byte> bytes)
    {
        fixed (byte* p = bytes)
        {
            return Check(CPython.PyBytes_FromStringAndSize(p, bytes.Length));
        }
    }

    private static nint FromEnum(Enum value) =>
        Type.GetTypeCode(Enum.GetUnderlyingType(value.GetType())) == TypeCode.UInt64
            ? Check(CPython.PyLong_FromUnsignedLongLong(Convert.ToUInt64(value, CultureInfo.InvariantCulture)))
            : Check(CPython.PyLong_FromLongLong(Convert.ToInt64(value, CultureInfo.InvariantCulture)));

    /// <summary>An <c>int</c> of any size, through its hexadecimal digits (exempt from <c>sys.int_max_str_digits</c>).</summary>
    private static unsafe nint FromBigInteger(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            return Check(CPython.PyLong_FromLongLong((long)value));
        }

        string hex = (value.Sign < 0 ? "-" : "") + BigInteger.Abs(value).ToString("x", CultureInfo.InvariantCulture);
        byte[] ascii = Utf8Text.NullTerminated(hex, nameof(value));
        fixed (byte* p = ascii)
        {
            return Check(CPython.PyLong_FromString(p, null, 16));
        }
    }

    /// <summary>A new reference to a NumPy array over <paramref name="array"/>'s memory.</summary>
    private static nint FromNDArray(NDArray array)
    {
        using PyObject numpyArray = NumPy.ToNumPy(array);
        return numpyArray.NewReference();
    }
}
