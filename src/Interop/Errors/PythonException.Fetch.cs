using System.Text;

namespace ArrayBridge.Interop;

public sealed unsafe partial class PythonException
{
    /// <summary>
    /// Takes the current Python error (clearing it) and turns it into a <see cref="PythonException"/>.
    /// Uses <c>PyErr_GetRaisedException</c> on 3.12+, else <c>PyErr_Fetch</c> +
    /// <c>PyErr_NormalizeException</c>. Call with the GIL held, right after a C-API call failed.
    /// </summary>
    internal static PythonException FetchCurrent()
    {
        CPython.AssertGilHeld();
        using NewReference exception = TakeRaisedException();
        if (exception.IsNull)
        {
            return new PythonException("SystemError", "a Python C-API call failed without setting an exception", "");
        }

        return FromExceptionObject(exception);
    }

    /// <summary>The normalized exception instance with its traceback attached (owned), or NULL if no error is set.</summary>
    internal static unsafe NewReference TakeRaisedException()
    {
        if (CPython.PyErr_GetRaisedException != null)
        {
            return CPython.PyErr_GetRaisedException();
        }

        // Not using declarations: those variables could not be passed by ref, and `using (local)`
        // would dispose a copy taken before normalization replaced the references.
        CPython.PyErr_Fetch(out NewReference type, out NewReference value, out NewReference traceback);
        try
        {
            if (type.IsNull)
            {
                return default;
            }

            CPython.PyErr_NormalizeException(ref type, ref value, ref traceback);
            if (!value.IsNull && !traceback.IsNull)
            {
                CPython.PyException_SetTraceback(value, traceback);
            }

            return value.Move();
        }
        finally
        {
            traceback.Dispose();
            value.Dispose();
            type.Dispose();
        }
    }

    /// <summary>Builds the .NET exception from a Python exception instance. Never leaves an error set.</summary>
    internal static PythonException FromExceptionObject(BorrowedReference exception)
    {
        string typeName = PyConverter.TypeName(exception);
        string message = SafeStr(exception);
        string traceback = FormatTraceback(exception);
        return new PythonException(typeName, message, traceback);
    }

    private static string SafeStr(BorrowedReference o)
    {
        using NewReference str = CPython.PyObject_Str(o);
        if (str.IsNull)
        {
            CPython.PyErr_Clear();
            return "<str() of the exception failed>";
        }

        try
        {
            return PyConverter.ReadString(str);
        }
        catch (PythonException)
        {
            return "<str() of the exception failed>";
        }
    }

    /// <summary><c>"".join(traceback.format_exception(type(e), e, e.__traceback__))</c>, or "" if that fails.</summary>
    private static unsafe string FormatTraceback(BorrowedReference exception)
    {
        try
        {
            using NewReference module = ImportTraceback();
            if (module.IsNull)
            {
                return Fail();
            }

            using NewReference format = GetAttr(module, "format_exception\0"u8);
            using NewReference traceback = GetAttr(exception, "__traceback__\0"u8);
            if (format.IsNull || traceback.IsNull)
            {
                return Fail();
            }

            using NewReference args = CPython.PyTuple_New(3);
            if (args.IsNull)
            {
                return Fail();
            }

            PyConverter.SetTupleItem(args, 0, NewReference.IncRef(CPython.Py_TYPE(exception)).Steal());
            PyConverter.SetTupleItem(args, 1, NewReference.IncRef(exception).Steal());
            PyConverter.SetTupleItem(args, 2, traceback.Steal());

            using NewReference lines = CPython.PyObject_Call(format, args, BorrowedReference.Null);
            if (lines.IsNull || !CPython.HasTypeFlag(lines, CPython.Py_TPFLAGS_LIST_SUBCLASS))
            {
                return Fail();
            }

            var text = new StringBuilder();
            nint count = CPython.PyList_Size(lines);
            for (nint i = 0; i < count; i++)
            {
                BorrowedReference line = CPython.PyList_GetItem(lines, i);
                if (!line.IsNull && CPython.HasTypeFlag(line, CPython.Py_TPFLAGS_UNICODE_SUBCLASS))
                {
                    text.Append(PyConverter.ReadString(line));
                }
            }

            return text.ToString();
        }
        catch (PythonException)
        {
            return "";
        }

        static NewReference ImportTraceback()
        {
            fixed (byte* name = "traceback\0"u8)
            {
                return CPython.PyImport_ImportModule(name);
            }
        }

        static NewReference GetAttr(BorrowedReference o, ReadOnlySpan<byte> nameWithNul)
        {
            fixed (byte* name = nameWithNul)
            {
                return CPython.PyObject_GetAttrString(o, name);
            }
        }

        static string Fail()
        {
            CPython.PyErr_Clear();
            return "";
        }
    }
}
