namespace ArrayBridge.Native;

internal static unsafe partial class Interop
{
    internal static unsafe partial class Python
    {
        /// <summary><c>PyObject *PyErr_Occurred(void)</c>: the current exception type (borrowed), or NULL.</summary>
        internal static delegate* unmanaged<BorrowedReference> PyErr_Occurred;

        private static delegate* unmanaged<nint*, nint*, nint*, void> s_PyErr_Fetch;
        private static delegate* unmanaged<nint*, nint*, nint*, void> s_PyErr_NormalizeException;

        /// <summary><c>void PyErr_Fetch(PyObject **type, PyObject **value, PyObject **tb)</c>: takes and clears the error, three new references or NULLs (deprecated in 3.12).</summary>
        internal static void PyErr_Fetch(out NewReference type, out NewReference value, out NewReference traceback)
        {
            nint t, v, tb;
            s_PyErr_Fetch(&t, &v, &tb);
            type = NewReference.DangerousFromPointer(t);
            value = NewReference.DangerousFromPointer(v);
            traceback = NewReference.DangerousFromPointer(tb);
        }

        /// <summary>
        /// <c>void PyErr_NormalizeException(PyObject **type, PyObject **value, PyObject **tb)</c>: replaces
        /// the three owned references in place (the old ones are released or handed back).
        /// </summary>
        internal static void PyErr_NormalizeException(ref NewReference type, ref NewReference value, ref NewReference traceback)
        {
            nint t = type.DangerousMoveToPointer(), v = value.DangerousMoveToPointer(), tb = traceback.DangerousMoveToPointer();
            s_PyErr_NormalizeException(&t, &v, &tb);
            type = NewReference.DangerousFromPointer(t);
            value = NewReference.DangerousFromPointer(v);
            traceback = NewReference.DangerousFromPointer(tb);
        }

        /// <summary><c>PyObject *PyErr_GetRaisedException(void)</c> (3.12+; null pointer on older versions): takes and clears the exception instance.</summary>
        internal static delegate* unmanaged<NewReference> PyErr_GetRaisedException;

        /// <summary><c>void PyErr_Clear(void)</c>.</summary>
        internal static delegate* unmanaged<void> PyErr_Clear;

        /// <summary><c>int PyErr_ExceptionMatches(PyObject *exc)</c>: whether the current error matches.</summary>
        internal static delegate* unmanaged<BorrowedReference, int> PyErr_ExceptionMatches;

        /// <summary><c>int PyException_SetTraceback(PyObject *ex, PyObject *tb)</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, BorrowedReference, int> PyException_SetTraceback;

        /// <summary><c>PyExc_TypeError</c>.</summary>
        internal static BorrowedReference PyExc_TypeError => BorrowedReference.DangerousFromPointer(s_PyExc_TypeError);

        private static nint s_PyExc_TypeError;

        /// <summary><c>PyExc_ValueError</c>.</summary>
        internal static BorrowedReference PyExc_ValueError => BorrowedReference.DangerousFromPointer(s_PyExc_ValueError);

        private static nint s_PyExc_ValueError;

        /// <summary><c>PyExc_OverflowError</c>.</summary>
        internal static BorrowedReference PyExc_OverflowError => BorrowedReference.DangerousFromPointer(s_PyExc_OverflowError);

        private static nint s_PyExc_OverflowError;

        /// <summary><c>PyExc_AttributeError</c>.</summary>
        internal static BorrowedReference PyExc_AttributeError => BorrowedReference.DangerousFromPointer(s_PyExc_AttributeError);

        private static nint s_PyExc_AttributeError;

        /// <summary><c>PyExc_RuntimeError</c>.</summary>
        internal static BorrowedReference PyExc_RuntimeError => BorrowedReference.DangerousFromPointer(s_PyExc_RuntimeError);

        private static nint s_PyExc_RuntimeError;

        /// <summary><c>PyExc_IndexError</c>.</summary>
        internal static BorrowedReference PyExc_IndexError => BorrowedReference.DangerousFromPointer(s_PyExc_IndexError);

        private static nint s_PyExc_IndexError;

        /// <summary><c>PyExc_ImportError</c>.</summary>
        internal static BorrowedReference PyExc_ImportError => BorrowedReference.DangerousFromPointer(s_PyExc_ImportError);

        private static nint s_PyExc_ImportError;

        /// <summary>
        /// <c>PyObject *PyErr_NewException(const char *name, PyObject *base, PyObject *dict)</c>: a new
        /// exception class named <c>module.Name</c>; <c>base</c> and <c>dict</c> may be NULL.
        /// </summary>
        internal static delegate* unmanaged<byte*, BorrowedReference, BorrowedReference, NewReference> PyErr_NewException;

        private static void BindErrors(ref Binder b)
        {
            PyErr_Occurred = (delegate* unmanaged<BorrowedReference>)b.Required("PyErr_Occurred");
            s_PyErr_Fetch = (delegate* unmanaged<nint*, nint*, nint*, void>)b.Required("PyErr_Fetch");
            s_PyErr_NormalizeException = (delegate* unmanaged<nint*, nint*, nint*, void>)b.Required("PyErr_NormalizeException");
            PyErr_GetRaisedException = (delegate* unmanaged<NewReference>)b.Optional("PyErr_GetRaisedException");
            PyErr_Clear = (delegate* unmanaged<void>)b.Required("PyErr_Clear");
            PyErr_ExceptionMatches = (delegate* unmanaged<BorrowedReference, int>)b.Required("PyErr_ExceptionMatches");
            PyException_SetTraceback = (delegate* unmanaged<BorrowedReference, BorrowedReference, int>)b.Required("PyException_SetTraceback");

            s_PyExc_TypeError = b.RequiredObjectVariable("PyExc_TypeError");
            s_PyExc_ValueError = b.RequiredObjectVariable("PyExc_ValueError");
            s_PyExc_OverflowError = b.RequiredObjectVariable("PyExc_OverflowError");
            s_PyExc_AttributeError = b.RequiredObjectVariable("PyExc_AttributeError");
            s_PyExc_RuntimeError = b.RequiredObjectVariable("PyExc_RuntimeError");
            s_PyExc_IndexError = b.RequiredObjectVariable("PyExc_IndexError");
            s_PyExc_ImportError = b.RequiredObjectVariable("PyExc_ImportError");
            PyErr_NewException = (delegate* unmanaged<byte*, BorrowedReference, BorrowedReference, NewReference>)b.Required("PyErr_NewException");
        }
    }
}
