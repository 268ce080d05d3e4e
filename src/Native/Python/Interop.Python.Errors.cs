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

        /// <summary><c>PyObject *PyErr_GetRaisedException(void)</c> (3.12+; null pointer on older versions): takes and clears the exception instance.</summary>
        internal static delegate* unmanaged<nint> PyErr_GetRaisedException;

        /// <summary><c>void PyErr_Clear(void)</c>.</summary>
        internal static delegate* unmanaged<void> PyErr_Clear;

        /// <summary><c>int PyErr_ExceptionMatches(PyObject *exc)</c>: whether the current error matches.</summary>
        internal static delegate* unmanaged<nint, int> PyErr_ExceptionMatches;

        /// <summary><c>int PyException_SetTraceback(PyObject *ex, PyObject *tb)</c>.</summary>
        internal static delegate* unmanaged<nint, nint, int> PyException_SetTraceback;

        /// <summary><c>PyExc_TypeError</c>.</summary>
        internal static nint PyExc_TypeError;

        /// <summary><c>PyExc_ValueError</c>.</summary>
        internal static nint PyExc_ValueError;

        /// <summary><c>PyExc_OverflowError</c>.</summary>
        internal static nint PyExc_OverflowError;

        /// <summary><c>PyExc_AttributeError</c>.</summary>
        internal static nint PyExc_AttributeError;

        /// <summary><c>PyExc_RuntimeError</c>.</summary>
        internal static nint PyExc_RuntimeError;

        private static void BindErrors(ref Binder b)
        {
            PyErr_Occurred = (delegate* unmanaged<nint>)b.Required("PyErr_Occurred");
            PyErr_Fetch = (delegate* unmanaged<nint*, nint*, nint*, void>)b.Required("PyErr_Fetch");
            PyErr_NormalizeException = (delegate* unmanaged<nint*, nint*, nint*, void>)b.Required("PyErr_NormalizeException");
            PyErr_GetRaisedException = (delegate* unmanaged<nint>)b.Optional("PyErr_GetRaisedException");
            PyErr_Clear = (delegate* unmanaged<void>)b.Required("PyErr_Clear");
            PyErr_ExceptionMatches = (delegate* unmanaged<nint, int>)b.Required("PyErr_ExceptionMatches");
            PyException_SetTraceback = (delegate* unmanaged<nint, nint, int>)b.Required("PyException_SetTraceback");

            PyExc_TypeError = b.RequiredObjectVariable("PyExc_TypeError");
            PyExc_ValueError = b.RequiredObjectVariable("PyExc_ValueError");
            PyExc_OverflowError = b.RequiredObjectVariable("PyExc_OverflowError");
            PyExc_AttributeError = b.RequiredObjectVariable("PyExc_AttributeError");
            PyExc_RuntimeError = b.RequiredObjectVariable("PyExc_RuntimeError");
        }
    }
}
