namespace ArrayBridge.Interop;

/// <summary>Raises Python exceptions from .NET code that Python called (type slots, callbacks).</summary>
internal static unsafe class PythonErrors
{
    /// <summary>
    /// Sets the Python error for <paramref name="e"/>: <c>BufferError</c> for buffer refusals,
    /// <c>TypeError</c>, <c>ValueError</c>, <c>IndexError</c>-like and other failures mapped to their
    /// nearest Python type, with the .NET message. Call with the GIL held, then return NULL or -1.
    /// </summary>
    public static void SetFromException(Exception e)
    {
        BorrowedReference type = e switch
        {
            BufferRefusedException => CPython.PyExc_BufferError,
            InvalidCastException or NotSupportedException => CPython.PyExc_TypeError,
            ArgumentException or InvalidOperationException => CPython.PyExc_ValueError,
            _ => CPython.PyExc_RuntimeError,
        };
        Set(type, e is BufferRefusedException ? e.Message : $"{e.GetType().Name}: {e.Message}");
    }

    /// <summary>Sets <paramref name="type"/> with <paramref name="message"/>.</summary>
    public static void Set(BorrowedReference type, string message)
    {
        using NewReference text = TryFromString(message);
        CPython.PyErr_SetObject(type, text.IsNull ? CPython.Py_None : text);
    }

    /// <summary>A new <c>str</c>, or NULL (with no error left set) when even that fails.</summary>
    private static NewReference TryFromString(string message)
    {
        try
        {
            return PyConverter.FromString(message);
        }
        catch (PythonException)
        {
            return default;
        }
    }
}
