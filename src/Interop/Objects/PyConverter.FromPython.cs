using System.Globalization;
using System.Numerics;

namespace ArrayBridge.Interop;

internal static unsafe partial class PyConverter
{
    /// <summary>
    /// Converts a Python object to <typeparamref name="T"/>. Integers go through
    /// <c>operator.index</c> and are range-checked (<see cref="OverflowException"/>, never wrapped);
    /// floating-point types accept anything with <c>__float__</c>/<c>__index__</c>; <c>string</c> needs a
    /// <c>str</c>; <c>None</c> gives null for reference and nullable types.
    /// </summary>
    /// <exception cref="InvalidCastException">The object cannot be read as <typeparamref name="T"/>.</exception>
    /// <exception cref="OverflowException">The value does not fit <typeparamref name="T"/>.</exception>
    internal static T FromPython<T>(BorrowedReference o)
    {
        CPython.AssertGilHeld();
        if (typeof(T) == typeof(PyObject))
        {
            return (T)(object)PyObject.Borrow(o);
        }

        if (typeof(T) == typeof(object))
        {
            return (T)ToClr(o)!;
        }

        if (o == CPython.Py_None && default(T) is null)
        {
            return default!; // reference types and Nullable<>
        }

        if (typeof(T) == typeof(bool)) return (T)(object)ToBoolean(o);
        if (typeof(T) == typeof(int)) return (T)(object)(int)ToInt64(o, int.MinValue, int.MaxValue, "Int32");
        if (typeof(T) == typeof(long)) return (T)(object)ToInt64(o, long.MinValue, long.MaxValue, "Int64");
        if (typeof(T) == typeof(double)) return (T)(object)ToDouble(o, "Double");
        if (typeof(T) == typeof(string)) return (T)(object)ToStringStrict(o);
        if (typeof(T) == typeof(float)) return (T)(object)(float)ToDouble(o, "Single");
        if (typeof(T) == typeof(short)) return (T)(object)(short)ToInt64(o, short.MinValue, short.MaxValue, "Int16");
        if (typeof(T) == typeof(sbyte)) return (T)(object)(sbyte)ToInt64(o, sbyte.MinValue, sbyte.MaxValue, "SByte");
        if (typeof(T) == typeof(byte)) return (T)(object)(byte)ToUInt64(o, byte.MaxValue, "Byte");
        if (typeof(T) == typeof(ushort)) return (T)(object)(ushort)ToUInt64(o, ushort.MaxValue, "UInt16");
        if (typeof(T) == typeof(uint)) return (T)(object)(uint)ToUInt64(o, uint.MaxValue, "UInt32");
        if (typeof(T) == typeof(ulong)) return (T)(object)ToUInt64(o, ulong.MaxValue, "UInt64");
        if (typeof(T) == typeof(nint)) return (T)(object)(nint)ToInt64(o, nint.MinValue, nint.MaxValue, "IntPtr");
        if (typeof(T) == typeof(nuint)) return (T)(object)(nuint)ToUInt64(o, nuint.MaxValue, "UIntPtr");
        if (typeof(T) == typeof(Half)) return (T)(object)(Half)ToDouble(o, "Half");
        if (typeof(T) == typeof(char)) return (T)(object)ToChar(o);
        if (typeof(T) == typeof(BigInteger)) return (T)(object)ToBigInteger(o);
        if (typeof(T) == typeof(Int128)) return (T)(object)checked((Int128)CheckedBig(o, "Int128", (BigInteger)Int128.MinValue, (BigInteger)Int128.MaxValue));
        if (typeof(T) == typeof(UInt128)) return (T)(object)checked((UInt128)CheckedBig(o, "UInt128", BigInteger.Zero, (BigInteger)UInt128.MaxValue));
        if (typeof(T) == typeof(Complex)) return (T)(object)ToComplex(o);
        if (typeof(T) == typeof(byte[])) return (T)(object)ToBytes(o);
        if (typeof(T) == typeof(object?[])) return (T)(object)ToObjectArray(o, 0);
        if (typeof(T) == typeof(List<object?>)) return (T)(object)ToObjectList(o, 0);
        if (typeof(T) == typeof(Dictionary<object, object?>)) return (T)(object)ToDictionary(o, 0);

        if (typeof(T) == typeof(NDArray)) return (T)(object)FromNumPyArray(o);

        // None has returned null above; a value converts as the underlying type does.
        if (typeof(T) == typeof(bool?)) return (T)(object)FromPython<bool>(o);
        if (typeof(T) == typeof(int?)) return (T)(object)FromPython<int>(o);
        if (typeof(T) == typeof(long?)) return (T)(object)FromPython<long>(o);
        if (typeof(T) == typeof(double?)) return (T)(object)FromPython<double>(o);
        if (typeof(T) == typeof(float?)) return (T)(object)FromPython<float>(o);

        if (typeof(T) == typeof(int[])) return (T)(object)ToArray<int>(o);
        if (typeof(T) == typeof(long[])) return (T)(object)ToArray<long>(o);
        if (typeof(T) == typeof(double[])) return (T)(object)ToArray<double>(o);
        if (typeof(T) == typeof(float[])) return (T)(object)ToArray<float>(o);
        if (typeof(T) == typeof(bool[])) return (T)(object)ToArray<bool>(o);
        if (typeof(T) == typeof(string[])) return (T)(object)ToArray<string>(o);

        object? value = ToClr(o);
        if (value is T t)
        {
            return t;
        }

        (value as PyObject)?.Dispose();
        return ThrowHelper.ThrowInvalidCast<T>($"A Python '{TypeName(o)}' cannot be converted to {typeof(T)}.");
    }

    /// <summary>
    /// The natural .NET value of a Python object: <c>None</c> → null, <c>bool</c> → bool,
    /// <c>int</c> → long (or <see cref="BigInteger"/> beyond 64 bits), <c>float</c> → double,
    /// <c>complex</c> → <see cref="Complex"/>, <c>str</c> → string, <c>bytes</c> → <c>byte[]</c>,
    /// <c>tuple</c> → <c>object?[]</c>, <c>list</c> → <c>List&lt;object?&gt;</c>, <c>dict</c> →
    /// <c>Dictionary&lt;object, object?&gt;</c>, anything else → a new <see cref="PyObject"/>.
    /// </summary>
    internal static object? ToClr(BorrowedReference o, int depth = 0)
    {
        CPython.AssertGilHeld();
        if (depth > MaxDepth)
        {
            ThrowHelper.ThrowInvalidCast($"The Python object is nested more than {MaxDepth} levels deep (or contains itself).");
        }

        if (o == CPython.Py_None)
        {
            return null;
        }

        BorrowedReference type = CPython.Py_TYPE(o);
        if (type == CPython.PyBool_Type)
        {
            return o == CPython.Py_True;
        }

        ulong flags = CPython.PyType_GetFlags(type).Value;
        if ((flags & CPython.Py_TPFLAGS_LONG_SUBCLASS) != 0)
        {
            return ToIntegerObject(o);
        }

        if (type == CPython.PyFloat_Type || CPython.PyType_IsSubtype(type, CPython.PyFloat_Type) != 0)
        {
            return ToDouble(o, "Double");
        }

        if ((flags & CPython.Py_TPFLAGS_UNICODE_SUBCLASS) != 0)
        {
            return ReadString(o);
        }

        if ((flags & CPython.Py_TPFLAGS_BYTES_SUBCLASS) != 0)
        {
            return ToBytes(o);
        }

        if ((flags & CPython.Py_TPFLAGS_TUPLE_SUBCLASS) != 0)
        {
            return ToObjectArray(o, depth);
        }

        if ((flags & CPython.Py_TPFLAGS_LIST_SUBCLASS) != 0)
        {
            return ToObjectList(o, depth);
        }

        if ((flags & CPython.Py_TPFLAGS_DICT_SUBCLASS) != 0)
        {
            return ToDictionary(o, depth);
        }

        if (type == CPython.PyComplex_Type || CPython.PyType_IsSubtype(type, CPython.PyComplex_Type) != 0)
        {
            return ToComplex(o);
        }

        return PyObject.Borrow(o);
    }

    /// <summary>
    /// The qualified name of an object's type: <c>__qualname__</c>, prefixed with <c>__module__</c>
    /// unless that is <c>builtins</c>. Never throws and never leaves an error set.
    /// </summary>
    internal static unsafe string TypeName(BorrowedReference o)
    {
        BorrowedReference type = CPython.Py_TYPE(o);
        string? module, name;
        fixed (byte* key = "__module__\0"u8)
        {
            using NewReference attribute = CPython.PyObject_GetAttrString(type, key);
            module = StrOrNull(attribute);
        }

        fixed (byte* key = "__qualname__\0"u8)
        {
            using NewReference attribute = CPython.PyObject_GetAttrString(type, key);
            name = StrOrNull(attribute);
        }

        CPython.PyErr_Clear();
        name ??= "<unknown type>";
        return module is null or "builtins" ? name : $"{module}.{name}";

        static string? StrOrNull(BorrowedReference attribute)
        {
            if (attribute.IsNull || !CPython.HasTypeFlag(attribute, CPython.Py_TPFLAGS_UNICODE_SUBCLASS))
            {
                return null;
            }

            try
            {
                return ReadString(attribute);
            }
            catch (PythonException)
            {
                return null; // never throws: this names types in error messages
            }
        }
    }

    private static bool ToBoolean(BorrowedReference o)
    {
        if (o == CPython.Py_True)
        {
            return true;
        }

        if (o == CPython.Py_False)
        {
            return false;
        }

        string type = TypeName(o);
        if (type is "numpy.bool_" or "numpy.bool")
        {
            int truth = CPython.PyObject_IsTrue(o);
            return truth >= 0 ? truth == 1 : throw PythonException.FetchCurrent();
        }

        return ThrowHelper.ThrowInvalidCast<bool>($"A Python '{type}' cannot be converted to Boolean; only bool (and numpy.bool_) can.");
    }

    private static unsafe long ToInt64(BorrowedReference o, long min, long max, string target)
    {
        using NewReference index = Index(o, target);
        int overflow;
        long value = CPython.PyLong_AsLongLongAndOverflow(index, &overflow);
        if (value == -1 && overflow == 0 && !CPython.PyErr_Occurred().IsNull)
        {
            throw ConversionError(target);
        }

        if (overflow != 0 || value < min || value > max)
        {
            ThrowHelper.ThrowOverflow($"The Python int {(overflow == 0 ? value.ToString(CultureInfo.InvariantCulture) : overflow < 0 ? "(below -2**63)" : "(above 2**63-1)")} is out of range for {target}.");
        }

        return value;
    }

    private static unsafe ulong ToUInt64(BorrowedReference o, ulong max, string target)
    {
        using NewReference index = Index(o, target);
        int overflow;
        long value = CPython.PyLong_AsLongLongAndOverflow(index, &overflow);
        if (value == -1 && overflow == 0 && !CPython.PyErr_Occurred().IsNull)
        {
            throw ConversionError(target);
        }

        ulong result;
        if (overflow < 0 || (overflow == 0 && value < 0))
        {
            ThrowHelper.ThrowOverflow($"The Python int {(overflow == 0 ? value.ToString(CultureInfo.InvariantCulture) : "(below -2**63)")} is negative, out of range for {target}.");
            return 0;
        }
        else if (overflow == 0)
        {
            result = (ulong)value;
        }
        else
        {
            result = CPython.PyLong_AsUnsignedLongLong(index);
            if (result == ulong.MaxValue && !CPython.PyErr_Occurred().IsNull)
            {
                throw ConversionError(target);
            }
        }

        if (result > max)
        {
            ThrowHelper.ThrowOverflow($"The Python int {result} is out of range for {target}.");
        }

        return result;
    }

    /// <summary><c>operator.index(o)</c> as a new reference; InvalidCast for non-integers.</summary>
    private static NewReference Index(BorrowedReference o, string target)
    {
        NewReference index = CPython.PyNumber_Index(o);
        return index.IsNull ? throw ConversionError(target) : index.Move();
    }

    private static double ToDouble(BorrowedReference o, string target)
    {
        double value = CPython.PyFloat_AsDouble(o);
        if (value == -1.0 && !CPython.PyErr_Occurred().IsNull)
        {
            throw ConversionError(target);
        }

        return value;
    }

    private static object ToIntegerObject(BorrowedReference o)
    {
        BigInteger value = ToBigInteger(o);
        return value >= long.MinValue && value <= long.MaxValue ? (object)(long)value : value;
    }

    private static unsafe BigInteger ToBigInteger(BorrowedReference o)
    {
        using NewReference index = Index(o, "BigInteger");
        int overflow;
        long small = CPython.PyLong_AsLongLongAndOverflow(index, &overflow);
        if (small == -1 && overflow == 0 && !CPython.PyErr_Occurred().IsNull)
        {
            throw ConversionError("BigInteger");
        }

        if (overflow == 0)
        {
            return small;
        }

        // hex() is exempt from the int/str digit limit of Python 3.11+.
        string text;
        using (NewReference hex = CPython.PyNumber_ToBase(index, 16))
        {
            text = ReadString(hex.BorrowOrThrow());
        }

        bool negative = text.StartsWith('-');
        BigInteger magnitude = BigInteger.Parse("0" + text[(negative ? 3 : 2)..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        return negative ? -magnitude : magnitude;
    }

    private static BigInteger CheckedBig(BorrowedReference o, string target, BigInteger min, BigInteger max)
    {
        BigInteger value = ToBigInteger(o);
        if (value < min || value > max)
        {
            ThrowHelper.ThrowOverflow($"The Python int is out of range for {target}.");
        }

        return value;
    }

    private static Complex ToComplex(BorrowedReference o)
    {
        double real = CPython.PyComplex_RealAsDouble(o);
        if (real == -1.0 && !CPython.PyErr_Occurred().IsNull)
        {
            throw ConversionError("Complex");
        }

        double imaginary = CPython.PyComplex_ImagAsDouble(o);
        return new Complex(real, imaginary);
    }

    private static string ToStringStrict(BorrowedReference o)
    {
        if (!CPython.HasTypeFlag(o, CPython.Py_TPFLAGS_UNICODE_SUBCLASS))
        {
            ThrowHelper.ThrowInvalidCast($"A Python '{TypeName(o)}' is not a str; use ToString() for str(obj).");
        }

        return ReadString(o);
    }

    private static char ToChar(BorrowedReference o)
    {
        string s = ToStringStrict(o);
        return s.Length == 1 ? s[0] : ThrowHelper.ThrowInvalidCast<char>($"A Python str of {s.Length} UTF-16 code units cannot be converted to Char.");
    }

    private static unsafe byte[] ToBytes(BorrowedReference o)
    {
        if (!CPython.HasTypeFlag(o, CPython.Py_TPFLAGS_BYTES_SUBCLASS))
        {
            ThrowHelper.ThrowInvalidCast($"A Python '{TypeName(o)}' is not bytes.");
        }

        byte* buffer;
        nint length;
        if (CPython.PyBytes_AsStringAndSize(o, &buffer, &length) != 0)
        {
            throw PythonException.FetchCurrent();
        }

        return new ReadOnlySpan<byte>(buffer, checked((int)length)).ToArray();
    }

    /// <summary>The items of any iterable (<c>tuple(o)</c>), converted with <see cref="ToClr"/>.</summary>
    private static object?[] ToObjectArray(BorrowedReference o, int depth)
    {
        using NewReference tuple = SequenceTuple(o);
        var items = new object?[CPython.PyTuple_Size(tuple)];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = ToClr(CPython.PyTuple_GetItem(tuple, i), depth + 1);
        }

        return items;
    }

    private static List<object?> ToObjectList(BorrowedReference o, int depth) => [.. ToObjectArray(o, depth)];

    private static T[] ToArray<T>(BorrowedReference o)
    {
        using NewReference tuple = SequenceTuple(o);
        var items = new T[CPython.PyTuple_Size(tuple)];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = FromPython<T>(CPython.PyTuple_GetItem(tuple, i));
        }

        return items;
    }

    private static NewReference SequenceTuple(BorrowedReference o)
    {
        NewReference tuple = CPython.PySequence_Tuple(o);
        return tuple.IsNull ? throw ConversionError("a sequence") : tuple.Move();
    }

    private static unsafe Dictionary<object, object?> ToDictionary(BorrowedReference o, int depth)
    {
        if (!CPython.HasTypeFlag(o, CPython.Py_TPFLAGS_DICT_SUBCLASS))
        {
            ThrowHelper.ThrowInvalidCast($"A Python '{TypeName(o)}' is not a dict.");
        }

        var result = new Dictionary<object, object?>((int)CPython.PyDict_Size(o));
        nint position = 0;
        while (CPython.PyDict_Next(o, ref position, out BorrowedReference key, out BorrowedReference value))
        {
            object k = ToClr(key, depth + 1) ?? ThrowHelper.ThrowInvalidCast<object>("A dict with the key None cannot be converted to a .NET dictionary.");
            result[k] = ToClr(value, depth + 1);
        }

        return result;
    }

    /// <summary>
    /// Takes the current error and maps it: OverflowError → <see cref="OverflowException"/>,
    /// TypeError/ValueError → <see cref="InvalidCastException"/>, anything else stays a <see cref="PythonException"/>.
    /// </summary>
    private static Exception ConversionError(string target)
    {
        bool overflow = CPython.PyErr_ExceptionMatches(CPython.PyExc_OverflowError) != 0;
        bool cast = !overflow && (CPython.PyErr_ExceptionMatches(CPython.PyExc_TypeError) != 0 || CPython.PyErr_ExceptionMatches(CPython.PyExc_ValueError) != 0);
        PythonException error = PythonException.FetchCurrent();
        if (overflow)
        {
            return new OverflowException($"The Python value is out of range for {target}: {error.PythonMessage}", error);
        }

        return cast ? new InvalidCastException($"The Python value cannot be converted to {target}: {error.Message}", error) : error;
    }

    /// <summary>A view of a <c>numpy.ndarray</c>; other objects are refused.</summary>
    private static NDArray FromNumPyArray(BorrowedReference o)
    {
        NumPyApi.EnsureLoaded();
        if (!NumPyC.PyArray_Check(o))
        {
            throw new InvalidCastException($"A Python '{TypeName(o)}' is not a numpy.ndarray; use NumPy.FromAny to convert array-likes.");
        }

        return NumPy.ViewOf(o);
    }
}
