using System.Runtime.InteropServices;

namespace ArrayBridge.Extensions;

/// <summary>
/// The libpython functions the extension runtime calls, as raw function pointers over <c>PyObject*</c>
/// (<see cref="nint"/>), resolved from the libpython already in the process (the one
/// <c>Python.Attach()</c> bound; an extension module never loads a second one). Raw pointers rather
/// than the ownership-typed references of ArrayBridge.Native, because every value crosses into
/// generated code as a plain <c>PyObject*</c> that CPython owns or hands over.
/// </summary>
internal static unsafe class PyApi
{
    /// <summary><c>PYTHON_API_VERSION</c>, which <c>PyModule_Create2</c> checks against the interpreter's.</summary>
    public const int PythonApiVersion = 1013;

    /// <summary><c>Py_TPFLAGS_UNICODE_SUBCLASS</c>: <c>PyUnicode_Check</c>.</summary>
    public const ulong UnicodeSubclass = 1UL << 28;

    /// <summary><c>Py_TPFLAGS_TUPLE_SUBCLASS</c>: <c>PyTuple_Check</c>.</summary>
    public const ulong TupleSubclass = 1UL << 26;

    public static delegate* unmanaged<void*, int, nint> PyModule_Create2;
    public static delegate* unmanaged<nint, byte*, nint, int> PyModule_AddObject;
    public static delegate* unmanaged<byte*, nint, nint, nint> PyErr_NewException;
    public static delegate* unmanaged<nint, nint, void> PyErr_SetObject;
    public static delegate* unmanaged<nint> PyErr_Occurred;
    public static delegate* unmanaged<void> PyErr_Clear;
    public static delegate* unmanaged<nint, int> PyErr_ExceptionMatches;
    public static delegate* unmanaged<byte*, nint, nint> PyUnicode_FromStringAndSize;
    public static delegate* unmanaged<nint, nint*, byte*> PyUnicode_AsUTF8AndSize;
    public static delegate* unmanaged<byte*, nint> PyUnicode_InternFromString;
    public static delegate* unmanaged<nint, nint, int> PyUnicode_Compare;
    public static delegate* unmanaged<nint, double> PyFloat_AsDouble;
    public static delegate* unmanaged<double, nint> PyFloat_FromDouble;
    public static delegate* unmanaged<nint, int*, long> PyLong_AsLongLongAndOverflow;
    public static delegate* unmanaged<long, nint> PyLong_FromLongLong;
    public static delegate* unmanaged<nint, int> PyObject_IsTrue;
    public static delegate* unmanaged<nint, nint> PyTuple_New;
    public static delegate* unmanaged<nint, nint, nint, int> PyTuple_SetItem;
    public static delegate* unmanaged<nint, nint> PyTuple_Size;
    public static delegate* unmanaged<nint, nint, nint> PyTuple_GetItem;
    public static delegate* unmanaged<nint, void> Py_IncRef;
    public static delegate* unmanaged<nint, void> Py_DecRef;
    public static delegate* unmanaged<nint, CULong> PyType_GetFlags;

    public static nint None;
    public static nint True;
    public static nint False;
    public static nint FloatType;
    public static nint TypeError;
    public static nint ValueError;
    public static nint IndexError;
    public static nint OverflowError;
    public static nint RuntimeError;
    public static nint ImportError;

    private static nint s_library;

    /// <summary>Whether <see cref="Bind"/> has run.</summary>
    public static bool IsBound => s_library != 0;

    /// <summary>Resolves every pointer from <paramref name="library"/> (libpython's handle); a second call with the same handle does nothing.</summary>
    /// <exception cref="EntryPointNotFoundException">A symbol is missing (the message names them).</exception>
    public static void Bind(nint library)
    {
        if (s_library == library)
        {
            return;
        }

        List<string> missing = [];
        nint F(string name)
        {
            if (NativeLibrary.TryGetExport(library, name, out nint address))
            {
                return address;
            }

            missing.Add(name);
            return 0;
        }

        nint V(string name)
        {
            nint address = F(name);
            return address == 0 ? 0 : *(nint*)address;
        }

        PyModule_Create2 = (delegate* unmanaged<void*, int, nint>)F("PyModule_Create2");
        PyModule_AddObject = (delegate* unmanaged<nint, byte*, nint, int>)F("PyModule_AddObject");
        PyErr_NewException = (delegate* unmanaged<byte*, nint, nint, nint>)F("PyErr_NewException");
        PyErr_SetObject = (delegate* unmanaged<nint, nint, void>)F("PyErr_SetObject");
        PyErr_Occurred = (delegate* unmanaged<nint>)F("PyErr_Occurred");
        PyErr_Clear = (delegate* unmanaged<void>)F("PyErr_Clear");
        PyErr_ExceptionMatches = (delegate* unmanaged<nint, int>)F("PyErr_ExceptionMatches");
        PyUnicode_FromStringAndSize = (delegate* unmanaged<byte*, nint, nint>)F("PyUnicode_FromStringAndSize");
        PyUnicode_AsUTF8AndSize = (delegate* unmanaged<nint, nint*, byte*>)F("PyUnicode_AsUTF8AndSize");
        PyUnicode_InternFromString = (delegate* unmanaged<byte*, nint>)F("PyUnicode_InternFromString");
        PyUnicode_Compare = (delegate* unmanaged<nint, nint, int>)F("PyUnicode_Compare");
        PyFloat_AsDouble = (delegate* unmanaged<nint, double>)F("PyFloat_AsDouble");
        PyFloat_FromDouble = (delegate* unmanaged<double, nint>)F("PyFloat_FromDouble");
        PyLong_AsLongLongAndOverflow = (delegate* unmanaged<nint, int*, long>)F("PyLong_AsLongLongAndOverflow");
        PyLong_FromLongLong = (delegate* unmanaged<long, nint>)F("PyLong_FromLongLong");
        PyObject_IsTrue = (delegate* unmanaged<nint, int>)F("PyObject_IsTrue");
        PyTuple_New = (delegate* unmanaged<nint, nint>)F("PyTuple_New");
        PyTuple_SetItem = (delegate* unmanaged<nint, nint, nint, int>)F("PyTuple_SetItem");
        PyTuple_Size = (delegate* unmanaged<nint, nint>)F("PyTuple_Size");
        PyTuple_GetItem = (delegate* unmanaged<nint, nint, nint>)F("PyTuple_GetItem");
        Py_IncRef = (delegate* unmanaged<nint, void>)F("Py_IncRef");
        Py_DecRef = (delegate* unmanaged<nint, void>)F("Py_DecRef");
        PyType_GetFlags = (delegate* unmanaged<nint, CULong>)F("PyType_GetFlags");
        None = F("_Py_NoneStruct");
        True = F("_Py_TrueStruct");
        False = F("_Py_FalseStruct");
        FloatType = F("PyFloat_Type");
        TypeError = V("PyExc_TypeError");
        ValueError = V("PyExc_ValueError");
        IndexError = V("PyExc_IndexError");
        OverflowError = V("PyExc_OverflowError");
        RuntimeError = V("PyExc_RuntimeError");
        ImportError = V("PyExc_ImportError");
        if (missing.Count > 0)
        {
            ThrowHelper.ThrowEntryPointNotFound($"libpython lacks symbols an extension module needs: {string.Join(", ", missing)}.");
        }

        s_plainIncRef = CPython.MajorVersion == 3 && CPython.MinorVersion < 12;
        s_library = library;
    }

    /// <summary><c>Py_TYPE(o)</c>.</summary>
    public static nint TypeOf(nint o) => ((nint*)o)[1];

    /// <summary>Whether <c>type(o)</c> has the <c>Py_TPFLAGS_*</c> bit <paramref name="flag"/>.</summary>
    public static bool HasTypeFlag(nint o, ulong flag) => (PyType_GetFlags(TypeOf(o)).Value & (nuint)flag) != 0;

    /// <summary>Whether <c>Py_INCREF</c> is a plain increment of <c>ob_refcnt</c> (before 3.12's immortal objects).</summary>
    private static bool s_plainIncRef;

    /// <summary>A new reference to <paramref name="o"/>. GIL held.</summary>
    public static nint NewRef(nint o)
    {
        if (s_plainIncRef)
        {
            (*(nint*)o)++; // Py_INCREF as the 3.8-3.11 headers define it, without a call
        }
        else
        {
            Py_IncRef(o);
        }

        return o;
    }

    /// <summary>Sets <paramref name="type"/> as the current error with <paramref name="message"/>; never throws.</summary>
    public static void SetError(nint type, string message)
    {
        nint text = NewString(message);
        if (text == 0)
        {
            return; // the failed str() left its own error (MemoryError) set
        }

        PyErr_SetObject(type, text);
        Py_DecRef(text);
    }

    /// <summary>A new <c>str</c> of <paramref name="value"/>, or 0 with the error set.</summary>
    public static nint NewString(string value)
    {
        int max = System.Text.Encoding.UTF8.GetMaxByteCount(value.Length);
        byte[]? rented = null;
        Span<byte> buffer = max <= 512 ? stackalloc byte[512] : (rented = System.Buffers.ArrayPool<byte>.Shared.Rent(max));
        int length = System.Text.Encoding.UTF8.GetBytes(value, buffer);
        nint result;
        fixed (byte* p = buffer)
        {
            result = PyUnicode_FromStringAndSize(p, length);
        }

        if (rented is not null)
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>The text of the <c>str</c> <paramref name="o"/>, or null with the error set.</summary>
    public static string? ReadString(nint o)
    {
        nint length;
        byte* utf8 = PyUnicode_AsUTF8AndSize(o, &length);
        return utf8 is null ? null : System.Text.Encoding.UTF8.GetString(utf8, checked((int)length));
    }

    /// <summary>The name of <c>type(o)</c> (its <c>tp_name</c>, after the last dot), for error messages.</summary>
    public static string TypeName(nint o)
    {
        // tp_name is the fourth field of PyTypeObject (after ob_refcnt, ob_type, ob_size): a stable ABI offset.
        byte* name = *(byte**)(TypeOf(o) + 3 * sizeof(nint));
        string full = Marshal.PtrToStringUTF8((nint)name) ?? "?";
        int dot = full.LastIndexOf('.');
        return dot < 0 ? full : full[(dot + 1)..];
    }
}
