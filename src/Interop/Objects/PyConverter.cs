using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace ArrayBridge.Interop;

/// <summary>
/// Converts between .NET values and Python objects. All members need the GIL and work on typed
/// references (new ones owned by the caller, borrowed ones not); <see cref="PyObject"/> wraps them for callers.
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
    /// <c>byte[]</c> and byte memory → <c>bytes</c>; <see cref="NDArray"/> and one-dimensional arrays of
    /// a numeric element type (bool, sbyte, short, ushort, int, uint, long, ulong, Half, float, double,
    /// <see cref="Complex"/>, <see cref="Complex64"/>) → <c>numpy.ndarray</c> over the same memory
    /// (zero-copy: the .NET array stays pinned while the ndarray lives, and writes are seen on both
    /// sides); <see cref="ITuple"/> (ValueTuple, Tuple) → <c>tuple</c>; <see cref="IDictionary"/> →
    /// <c>dict</c>; any other <see cref="IList"/> (<c>List&lt;double&gt;</c>, <c>object[]</c>,
    /// <c>string[]</c>) → <c>list</c>, element by element.
    /// </summary>
    /// <exception cref="NotSupportedException">The type has no Python counterpart.</exception>
    /// <exception cref="PythonException">Python refused (e.g. an unhashable dict key).</exception>
    internal static NewReference ToPython(object? value, int depth = 0)
    {
        CPython.AssertGilHeld();
        if (depth > MaxDepth)
        {
            ThrowHelper.ThrowArgument($"The value is nested more than {MaxDepth} levels deep (or contains itself); it cannot be converted to Python.");
        }

        return value switch
        {
            null => NewReference.IncRef(CPython.Py_None),
            PyObject o => o.ToNewReference(),
            bool b => NewReference.IncRef(b ? CPython.Py_True : CPython.Py_False),
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
            byte[] bytes when bytes.GetType() == typeof(byte[]) => FromBytes(bytes), // an sbyte[] also matches byte[]
            ReadOnlyMemory<byte> bytes => FromBytes(bytes.Span),
            Memory<byte> bytes => FromBytes(bytes.Span),
            Enum e => FromEnum(e),

            NDArray array => FromNDArray(array),

            // Numeric vectors become ndarrays over their own memory, not lists (see the summary).
            Array a when WrapNumericVector(a) is { } vector => FromVector(vector),

            ITuple tuple => FromTuple(tuple, depth),
            IDictionary dictionary => FromDictionary(dictionary, depth),
            IList list => FromList(list, depth),
            _ => ThrowHelper.ThrowNotSupported<NewReference>($"A {value.GetType()} cannot be converted to a Python object."),
        };
    }

    /// <summary>A new reference to <c>args</c> for a call: a tuple of the converted values (empty for null).</summary>
    internal static NewReference ToArgsTuple(object?[]? args)
    {
        int count = args?.Length ?? 0;
        using NewReference tuple = Check(CPython.PyTuple_New(count));
        for (int i = 0; i < count; i++)
        {
            SetTupleItem(tuple, i, ToPython(args![i], 1).Steal());
        }

        return tuple.Move();
    }

    /// <summary>A new reference to a <c>dict</c> of keyword arguments, or NULL when there are none.</summary>
    internal static NewReference ToKwargsDict(IReadOnlyDictionary<string, object?>? kwargs)
    {
        if (kwargs is null || kwargs.Count == 0)
        {
            return default;
        }

        using NewReference dict = Check(CPython.PyDict_New());
        foreach (KeyValuePair<string, object?> pair in kwargs)
        {
            SetDictItem(dict, pair.Key, pair.Value, 1);
        }

        return dict.Move();
    }

    /// <summary>
    /// Returns <paramref name="result"/>, or throws the current Python error if it is NULL. Pass a
    /// call's result directly (<c>Check(CPython.F(...))</c>), never a variable: the copy would own the
    /// reference twice.
    /// </summary>
    internal static NewReference Check(NewReference result) => result.IsNull ? throw PythonException.FetchCurrent() : result.Move();

    /// <summary><c>tuple[index] = item</c> on a new tuple (<c>PyTuple_SetItem</c>, which steals the item, also on failure).</summary>
    internal static void SetTupleItem(BorrowedReference tuple, nint index, StolenReference item)
    {
        if (CPython.PyTuple_SetItem(tuple, index, item) != 0)
        {
            throw PythonException.FetchCurrent();
        }
    }

    private static NewReference FromTuple(ITuple tuple, int depth)
    {
        using NewReference result = Check(CPython.PyTuple_New(tuple.Length));
        for (int i = 0; i < tuple.Length; i++)
        {
            SetTupleItem(result, i, ToPython(tuple[i], depth + 1).Steal());
        }

        return result.Move();
    }

    private static NewReference FromList(IList list, int depth)
    {
        using NewReference result = Check(CPython.PyList_New(list.Count));
        for (int i = 0; i < list.Count; i++)
        {
            if (CPython.PyList_SetItem(result, i, ToPython(list[i], depth + 1).Steal()) != 0)
            {
                throw PythonException.FetchCurrent();
            }
        }

        return result.Move();
    }

    private static NewReference FromDictionary(IDictionary dictionary, int depth)
    {
        using NewReference result = Check(CPython.PyDict_New());
        foreach (DictionaryEntry entry in dictionary)
        {
            SetDictItem(result, entry.Key, entry.Value, depth + 1);
        }

        return result.Move();
    }

    private static void SetDictItem(BorrowedReference dict, object? key, object? value, int depth)
    {
        using NewReference k = ToPython(key, depth);
        using NewReference v = ToPython(value, depth);
        if (CPython.PyDict_SetItem(dict, k, v) != 0)
        {
            throw PythonException.FetchCurrent();
        }
    }

    private static unsafe NewReference FromBytes(ReadOnlySpan<byte> bytes)
    {
        fixed (byte* p = bytes)
        {
            return Check(CPython.PyBytes_FromStringAndSize(p, bytes.Length));
        }
    }

    private static NewReference FromEnum(Enum value) =>
        Type.GetTypeCode(Enum.GetUnderlyingType(value.GetType())) == TypeCode.UInt64
            ? Check(CPython.PyLong_FromUnsignedLongLong(Convert.ToUInt64(value, CultureInfo.InvariantCulture)))
            : Check(CPython.PyLong_FromLongLong(Convert.ToInt64(value, CultureInfo.InvariantCulture)));

    /// <summary>An <c>int</c> of any size, through its hexadecimal digits (exempt from <c>sys.int_max_str_digits</c>).</summary>
    private static unsafe NewReference FromBigInteger(BigInteger value)
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

    /// <summary>
    /// A zero-copy NDArray over a one-dimensional array of a numeric element type, or null for any
    /// other array. The exact runtime type decides: the CLR lets a <c>uint[]</c> pass as an <c>int[]</c>
    /// (and <c>ulong[]</c> as <c>long[]</c>, ...), so a type pattern would give it the signed dtype.
    /// </summary>
    private static NDArray? WrapNumericVector(Array array)
    {
        Type type = array.GetType();
        return type == typeof(double[]) ? NDArray.Wrap((double[])array)
            : type == typeof(float[]) ? NDArray.Wrap((float[])array)
            : type == typeof(int[]) ? NDArray.Wrap((int[])array)
            : type == typeof(long[]) ? NDArray.Wrap((long[])array)
            : type == typeof(bool[]) ? NDArray.Wrap((bool[])array)
            : type == typeof(sbyte[]) ? NDArray.Wrap((sbyte[])array)
            : type == typeof(short[]) ? NDArray.Wrap((short[])array)
            : type == typeof(ushort[]) ? NDArray.Wrap((ushort[])array)
            : type == typeof(uint[]) ? NDArray.Wrap((uint[])array)
            : type == typeof(ulong[]) ? NDArray.Wrap((ulong[])array)
            : type == typeof(Half[]) ? NDArray.Wrap((Half[])array)
            : type == typeof(Complex[]) ? NDArray.Wrap((Complex[])array)
            : type == typeof(Complex64[]) ? NDArray.Wrap((Complex64[])array)
            : null;
    }

    /// <summary>An ndarray over a wrapped .NET array; the export holds the pinned memory, so the wrapper can go.</summary>
    private static NewReference FromVector(NDArray wrapper)
    {
        using (wrapper)
        {
            return FromNDArray(wrapper);
        }
    }

    /// <summary>A new reference to a NumPy array over <paramref name="array"/>'s memory.</summary>
    private static NewReference FromNDArray(NDArray array)
    {
        using PyObject numpyArray = NumPy.ToNumPy(array);
        return numpyArray.ToNewReference();
    }
}
