namespace ArrayBridge.Native;

internal static unsafe partial class Interop
{
    internal static unsafe partial class Python
    {
        /// <summary><c>PyObject *PyErr_Occurred(void)</c>: the current exception type (borrowed), or NULL.</summary>
        internal static delegate* unmanaged<nint> PyErr_Occurred;

        /// <summary><c>void PyErr_Fetch(PyObject **type, PyObject **value, PyObject **tb)</c>: takes and clears the error (deprecated in 3.12).</summary>
        internal static delegate* unmanaged<nint*, nint*, nint*, void> PyErr_Fetch;

        /// <summary><c>void PyErr_NormalizeException(PyObject **type, PyObject **value, PyObject **tb)</c>.</summary>
        internal static delegate* unmanaged<nint*, nint*, nint*, void> PyErr_NormalizeException;

        /// <summary><c>void PyErr_Restore(PyObject *type, PyObject *value, PyObject *tb)</c>: steals all three.</summary>
        internal static delegate* unmanaged<nint, nint, nint, void> PyErr_Restore;

        /// <summary><c>PyObject *PyErr_GetRaisedException(void)</c> (3.12+; null pointer on older versions): takes and clears the exception instance.</summary>
        internal static delegate* unmanaged<nint> PyErr_GetRaisedException;

        /// <summary><c>void PyErr_Clear(void)</c>.</summary>
        internal static delegate* unmanaged<void> PyErr_Clear;

        /// <summary><c>void PyErr_SetString(PyObject *type, const char *message)</c>.</summary>
        internal static delegate* unmanaged<nint, byte*, void> PyErr_SetString;

        /// <summary><c>int PyErr_ExceptionMatches(PyObject *exc)</c>: whether the current error matches.</summary>
        internal static delegate* unmanaged<nint, int> PyErr_ExceptionMatches;

        /// <summary><c>int PyErr_GivenExceptionMatches(PyObject *given, PyObject *exc)</c>.</summary>
        internal static delegate* unmanaged<nint, nint, int> PyErr_GivenExceptionMatches;

        /// <summary><c>int PyException_SetTraceback(PyObject *ex, PyObject *tb)</c>.</summary>
        internal static delegate* unmanaged<nint, nint, int> PyException_SetTraceback;

        /// <summary><c>PyExc_BaseException</c>.</summary>
        internal static nint PyExc_BaseException;

        /// <summary><c>PyExc_TypeError</c>.</summary>
        internal static nint PyExc_TypeError;

        /// <summary><c>PyExc_ValueError</c>.</summary>
        internal static nint PyExc_ValueError;

        /// <summary><c>PyExc_OverflowError</c>.</summary>
        internal static nint PyExc_OverflowError;

        /// <summary><c>PyExc_AttributeError</c>.</summary>
        internal static nint PyExc_AttributeError;

        /// <summary><c>PyExc_KeyError</c>.</summary>
        internal static nint PyExc_KeyError;

        /// <summary><c>PyExc_IndexError</c>.</summary>
        internal static nint PyExc_IndexError;

        /// <summary><c>PyExc_RuntimeError</c>.</summary>
        internal static nint PyExc_RuntimeError;

        /// <summary><c>PyExc_SystemError</c>.</summary>
        internal static nint PyExc_SystemError;

        /// <summary><c>PyExc_ImportError</c>.</summary>
        internal static nint PyExc_ImportError;

        private static void BindErrors(ref Binder b)
        {
            PyErr_Occurred = (delegate* unmanaged<nint>)b.Required("PyErr_Occurred");
            PyErr_Fetch = (delegate* unmanaged<nint*, nint*, nint*, void>)b.Required("PyErr_Fetch");
            PyErr_NormalizeException = (delegate* unmanaged<nint*, nint*, nint*, void>)b.Required("PyErr_NormalizeException");
            PyErr_Restore = (delegate* unmanaged<nint, nint, nint, void>)b.Required("PyErr_Restore");
            PyErr_GetRaisedException = (delegate* unmanaged<nint>)b.Optional("PyErr_GetRaisedException");
            PyErr_Clear = (delegate* unmanaged<void>)b.Required("PyErr_Clear");
            PyErr_SetString = (delegate* unmanaged<nint, byte*, void>)b.Required("PyErr_SetString");
            PyErr_ExceptionMatches = (delegate* unmanaged<nint, int>)b.Required("PyErr_ExceptionMatches");
            PyErr_GivenExceptionMatches = (delegate* unmanaged<nint, nint, int>)b.Required("PyErr_GivenExceptionMatches");
            PyException_SetTraceback = (delegate* unmanaged<nint, nint, int>)b.Required("PyException_SetTraceback");

            PyExc_BaseException = b.RequiredObjectVariable("PyExc_BaseException");
            PyExc_TypeError = b.RequiredObjectVariable("PyExc_TypeError");
            PyExc_ValueError = b.RequiredObjectVariable("PyExc_ValueError");
            PyExc_OverflowError = b.RequiredObjectVariable("PyExc_OverflowError");
            PyExc_AttributeError = b.RequiredObjectVariable("PyExc_AttributeError");
            PyExc_KeyError = b.RequiredObjectVariable("PyExc_KeyError");
            PyExc_IndexError = b.RequiredObjectVariable("PyExc_IndexError");
            PyExc_RuntimeError = b.RequiredObjectVariable("PyExc_RuntimeError");
            PyExc_SystemError = b.RequiredObjectVariable("PyExc_SystemError");
            PyExc_ImportError = b.RequiredObjectVariable("PyExc_ImportError");
        }
    }
}
