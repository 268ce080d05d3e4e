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
        nint exception = TakeRaisedException();
        if (exception == 0)
        {
            return new PythonException("SystemError", "a Python C-API call failed without setting an exception", "");
        }

        try
        {
            return FromExceptionObject(exception);
        }
        finally
        {
            CPython.Py_DecRef(exception);
        }
    }

    /// <summary>The normalized exception instance with its traceback attached (owned), or 0 if no error is set.</summary>
    internal static unsafe nint TakeRaisedException()
    {
        if (CPython.PyErr_GetRaisedException != null)
        {
            return CPython.PyErr_GetRaisedException();
        }

        nint type, value, traceback;
        CPython.PyErr_Fetch(&type, &value, &traceback);
        if (type == 0)
        {
            return 0;
        }

        CPython.PyErr_NormalizeException(&type, &value, &traceback);
        if (value != 0 && traceback != 0)
        {
            CPython.PyException_SetTraceback(value, traceback);
        }

        CPython.Py_DecRef(type);
        CPython.Py_DecRef(traceback);
        return value;
    }

    /// <summary>Builds the .NET exception from a Python exception instance (borrowed). Never leaves an error set.</summary>
    internal static PythonException FromExceptionObject(nint exception)
    {
        string typeName = PyConverter.TypeName(exception);
        string message = SafeStr(exception);
        string traceback = FormatTraceback(exception);
        return new PythonException(typeName, message, traceback);
    }

    private static string SafeStr(nint o)
    {
        nint str = CPython.PyObject_Str(o);
        if (str == 0)
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
        finally
        {
            CPython.Py_DecRef(str);
        }
    }

    /// <summary><c>"".join(traceback.format_exception(type(e), e, e.__traceback__))</c>, or "" if that fails.</summary>
    private static unsafe string FormatTraceback(nint exception)
    {
        nint module = 0, format = 0, traceback = 0, args = 0, lines = 0;
        try
        {
            fixed (byte* name = "traceback\0"u8)
            {
                module = CPython.PyImport_ImportModule(name);
            }

            if (module == 0)
            {
                return Fail();
            }

            fixed (byte* name = "format_exception\0"u8)
            {
                format = CPython.PyObject_GetAttrString(module, name);
            }

            fixed (byte* name = "__traceback__\0"u8)
            {
                traceback = CPython.PyObject_GetAttrString(exception, name);
            }

            if (format == 0 || traceback == 0)
            {
                return Fail();
            }

            args = CPython.PyTuple_New(3);
            if (args == 0)
            {
                return Fail();
            }

            nint type = CPython.Py_TYPE(exception);
            CPython.Py_IncRef(type);
            CPython.PyTuple_SetItem(args, 0, type);
            CPython.Py_IncRef(exception);
            CPython.PyTuple_SetItem(args, 1, exception);
            CPython.PyTuple_SetItem(args, 2, traceback); // steals
            traceback = 0;

            lines = CPython.PyObject_Call(format, args, 0);
            if (lines == 0 || !CPython.HasTypeFlag(lines, CPython.Py_TPFLAGS_LIST_SUBCLASS))
            {
                return Fail();
            }

            var text = new StringBuilder();
            nint count = CPython.PyList_Size(lines);
            for (nint i = 0; i < count; i++)
            {
                nint line = CPython.PyList_GetItem(lines, i);
                if (line != 0 && CPython.HasTypeFlag(line, CPython.Py_TPFLAGS_UNICODE_SUBCLASS))
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
        finally
        {
            CPython.Py_DecRef(lines);
            CPython.Py_DecRef(args);
            CPython.Py_DecRef(traceback);
            CPython.Py_DecRef(format);
            CPython.Py_DecRef(module);
        }

        static string Fail()
        {
            CPython.PyErr_Clear();
            return "";
        }
    }
}
