using System.Runtime.InteropServices;

namespace ArrayBridge.Native;

internal static unsafe partial class Interop
{
    internal static unsafe partial class Python
    {
        // ---- PyObject header (non-free-threaded builds): Py_ssize_t ob_refcnt; PyTypeObject *ob_type; ----

        /// <summary>Offset of <c>ob_refcnt</c> in every <c>PyObject</c>.</summary>
        internal const int ob_refcnt_offset = 0;

        /// <summary>Offset of <c>ob_type</c> in every <c>PyObject</c> (after the <c>Py_ssize_t</c> refcount).</summary>
        internal static int ob_type_offset => IntPtr.Size;

        /// <summary><c>Py_REFCNT(o)</c>: reads <c>ob_refcnt</c>. Immortal objects (3.12+) report a huge constant.</summary>
        internal static nint Py_REFCNT(BorrowedReference o) => *(nint*)(o.DangerousGetAddress() + ob_refcnt_offset);

        /// <summary><c>Py_TYPE(o)</c>: reads <c>ob_type</c> (a borrowed <c>PyTypeObject*</c>).</summary>
        internal static BorrowedReference Py_TYPE(BorrowedReference o) =>
            BorrowedReference.DangerousFromPointer(*(nint*)(o.DangerousGetAddress() + ob_type_offset));

        /// <summary>
        /// <c>const char *tp_name</c> of a <c>PyTypeObject</c>: the fourth field (after <c>ob_refcnt</c>,
        /// <c>ob_type</c>, <c>ob_size</c>), a stable offset in every version. Borrowed from the type.
        /// </summary>
        internal static byte* tp_name(BorrowedReference type) => *(byte**)(type.DangerousGetAddress() + 3 * sizeof(nint));

        /// <summary><c>PyFloat_AS_DOUBLE(o)</c>: <c>ob_fval</c> after the object header, for an exact <c>float</c> only.</summary>
        internal static double PyFloat_AS_DOUBLE(BorrowedReference o) => *(double*)(o.DangerousGetAddress() + sizeof(PyObject));

        /// <summary><c>PyTuple_ITEMS(o)</c>: <c>ob_item</c> after the variable-size header (<c>ob_refcnt</c>, <c>ob_type</c>, <c>ob_size</c>); borrowed items.</summary>
        internal static nint* PyTuple_ITEMS(BorrowedReference o) => (nint*)(o.DangerousGetAddress() + sizeof(PyObject) + sizeof(nint));

        /// <summary><c>PyObject_TypeCheck(o, type)</c>: exact match or subtype.</summary>
        internal static bool PyObject_TypeCheck(BorrowedReference o, BorrowedReference type)
        {
            BorrowedReference t = Py_TYPE(o);
            return t == type || PyType_IsSubtype(t, type) != 0;
        }

        /// <summary>Whether <c>type(o)</c> has the given <c>Py_TPFLAGS_*</c> bit (e.g. <c>PyLong_Check</c>).</summary>
        internal static bool HasTypeFlag(BorrowedReference o, ulong flag) => (PyType_GetFlags(Py_TYPE(o)).Value & (nuint)flag) != 0;

        /// <summary><c>Py_TPFLAGS_LONG_SUBCLASS</c>: <c>PyLong_Check</c>.</summary>
        internal const ulong Py_TPFLAGS_LONG_SUBCLASS = 1UL << 24;

        /// <summary><c>Py_TPFLAGS_LIST_SUBCLASS</c>: <c>PyList_Check</c>.</summary>
        internal const ulong Py_TPFLAGS_LIST_SUBCLASS = 1UL << 25;

        /// <summary><c>Py_TPFLAGS_TUPLE_SUBCLASS</c>: <c>PyTuple_Check</c>.</summary>
        internal const ulong Py_TPFLAGS_TUPLE_SUBCLASS = 1UL << 26;

        /// <summary><c>Py_TPFLAGS_BYTES_SUBCLASS</c>: <c>PyBytes_Check</c>.</summary>
        internal const ulong Py_TPFLAGS_BYTES_SUBCLASS = 1UL << 27;

        /// <summary><c>Py_TPFLAGS_UNICODE_SUBCLASS</c>: <c>PyUnicode_Check</c>.</summary>
        internal const ulong Py_TPFLAGS_UNICODE_SUBCLASS = 1UL << 28;

        /// <summary><c>Py_TPFLAGS_DICT_SUBCLASS</c>: <c>PyDict_Check</c>.</summary>
        internal const ulong Py_TPFLAGS_DICT_SUBCLASS = 1UL << 29;

        /// <summary><c>Py_TPFLAGS_BASE_EXC_SUBCLASS</c>: <c>PyExceptionInstance_Check</c>.</summary>
        internal const ulong Py_TPFLAGS_BASE_EXC_SUBCLASS = 1UL << 30;

        /// <summary><c>Py_TPFLAGS_TYPE_SUBCLASS</c>: <c>PyType_Check</c>.</summary>
        internal const ulong Py_TPFLAGS_TYPE_SUBCLASS = 1UL << 31;

        // ---- Singletons and type objects (addresses of data exports; immortal or static, so borrowed) ----

        /// <summary><c>Py_None</c> (<c>&amp;_Py_NoneStruct</c>).</summary>
        internal static BorrowedReference Py_None => BorrowedReference.DangerousFromPointer(s_Py_None);

        private static nint s_Py_None;

        /// <summary><c>Py_True</c> (<c>&amp;_Py_TrueStruct</c>).</summary>
        internal static BorrowedReference Py_True => BorrowedReference.DangerousFromPointer(s_Py_True);

        private static nint s_Py_True;

        /// <summary><c>Py_False</c> (<c>&amp;_Py_FalseStruct</c>).</summary>
        internal static BorrowedReference Py_False => BorrowedReference.DangerousFromPointer(s_Py_False);

        private static nint s_Py_False;

        /// <summary><c>&amp;PyBool_Type</c>.</summary>
        internal static BorrowedReference PyBool_Type => BorrowedReference.DangerousFromPointer(s_PyBool_Type);

        private static nint s_PyBool_Type;

        /// <summary><c>&amp;PyFloat_Type</c>.</summary>
        internal static BorrowedReference PyFloat_Type => BorrowedReference.DangerousFromPointer(s_PyFloat_Type);

        private static nint s_PyFloat_Type;

        /// <summary><c>&amp;PyComplex_Type</c>.</summary>
        internal static BorrowedReference PyComplex_Type => BorrowedReference.DangerousFromPointer(s_PyComplex_Type);

        private static nint s_PyComplex_Type;

        // ---- Reference counting ----

        /// <summary><c>void Py_IncRef(PyObject *)</c> (the exported form of <c>Py_XINCREF</c>).</summary>
        internal static delegate* unmanaged<BorrowedReference, void> Py_IncRef;

        /// <summary>Whether <c>Py_INCREF</c> is a plain increment of <c>ob_refcnt</c> (before 3.12's immortal objects).</summary>
        private static bool s_incRefIsPlainIncrement;

        /// <summary>
        /// <c>Py_INCREF(o)</c> as the headers of the bound version define it: an inline increment of
        /// <c>ob_refcnt</c> before 3.12, <see cref="Py_IncRef"/> from 3.12 on (immortal objects must not
        /// be written to). <paramref name="o"/> is not NULL. GIL held.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        internal static void Py_INCREF(BorrowedReference o)
        {
            if (s_incRefIsPlainIncrement)
            {
                (*(nint*)(o.DangerousGetAddress() + ob_refcnt_offset))++;
            }
            else
            {
                Py_IncRef(o);
            }
        }

        /// <summary><c>void Py_DecRef(PyObject *)</c> (the exported form of <c>Py_XDECREF</c>).</summary>
        internal static delegate* unmanaged<StolenReference, void> Py_DecRef;

        // ---- Object protocol ----

        /// <summary><c>PyObject *PyObject_GetAttr(PyObject *o, PyObject *name)</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference> PyObject_GetAttr;

        /// <summary><c>PyObject *PyObject_GetAttrString(PyObject *o, const char *name)</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, byte*, NewReference> PyObject_GetAttrString;

        /// <summary><c>int PyObject_SetAttr(PyObject *o, PyObject *name, PyObject *v)</c>; v NULL deletes.</summary>
        internal static delegate* unmanaged<BorrowedReference, BorrowedReference, BorrowedReference, int> PyObject_SetAttr;

        /// <summary><c>PyObject *PyObject_GetItem(PyObject *o, PyObject *key)</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference> PyObject_GetItem;

        /// <summary><c>int PyObject_SetItem(PyObject *o, PyObject *key, PyObject *v)</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, BorrowedReference, BorrowedReference, int> PyObject_SetItem;

        /// <summary><c>int PyObject_DelItem(PyObject *o, PyObject *key)</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, BorrowedReference, int> PyObject_DelItem;

        /// <summary><c>PyObject *PyObject_Call(PyObject *callable, PyObject *args, PyObject *kwargs)</c>; kwargs may be NULL.</summary>
        internal static delegate* unmanaged<BorrowedReference, BorrowedReference, BorrowedReference, NewReference> PyObject_Call;

        /// <summary><c>PyObject *PyObject_Repr(PyObject *)</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, NewReference> PyObject_Repr;

        /// <summary><c>PyObject *PyObject_Str(PyObject *)</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, NewReference> PyObject_Str;

        /// <summary><c>int PyObject_IsTrue(PyObject *)</c>: 1, 0, or -1 on error.</summary>
        internal static delegate* unmanaged<BorrowedReference, int> PyObject_IsTrue;

        /// <summary><c>Py_ssize_t PyObject_Size(PyObject *)</c>: -1 on error.</summary>
        internal static delegate* unmanaged<BorrowedReference, nint> PyObject_Size;

        /// <summary><c>int PyCallable_Check(PyObject *)</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, int> PyCallable_Check;

        /// <summary><c>unsigned long PyType_GetFlags(PyTypeObject *)</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, CULong> PyType_GetFlags;

        /// <summary><c>int PyType_IsSubtype(PyTypeObject *a, PyTypeObject *b)</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, BorrowedReference, int> PyType_IsSubtype;

        private static void BindObjects(ref Binder b)
        {
            s_Py_None = b.Required("_Py_NoneStruct");
            s_Py_True = b.Required("_Py_TrueStruct");
            s_Py_False = b.Required("_Py_FalseStruct");
            s_PyBool_Type = b.Required("PyBool_Type");
            s_PyFloat_Type = b.Required("PyFloat_Type");
            s_PyComplex_Type = b.Required("PyComplex_Type");

            Py_IncRef = (delegate* unmanaged<BorrowedReference, void>)b.Required("Py_IncRef");
            Py_DecRef = (delegate* unmanaged<StolenReference, void>)b.Required("Py_DecRef");

            PyObject_GetAttr = (delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference>)b.Required("PyObject_GetAttr");
            PyObject_GetAttrString = (delegate* unmanaged<BorrowedReference, byte*, NewReference>)b.Required("PyObject_GetAttrString");
            PyObject_SetAttr = (delegate* unmanaged<BorrowedReference, BorrowedReference, BorrowedReference, int>)b.Required("PyObject_SetAttr");
            PyObject_GetItem = (delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference>)b.Required("PyObject_GetItem");
            PyObject_SetItem = (delegate* unmanaged<BorrowedReference, BorrowedReference, BorrowedReference, int>)b.Required("PyObject_SetItem");
            PyObject_DelItem = (delegate* unmanaged<BorrowedReference, BorrowedReference, int>)b.Required("PyObject_DelItem");
            PyObject_Call = (delegate* unmanaged<BorrowedReference, BorrowedReference, BorrowedReference, NewReference>)b.Required("PyObject_Call");
            PyObject_Repr = (delegate* unmanaged<BorrowedReference, NewReference>)b.Required("PyObject_Repr");
            PyObject_Str = (delegate* unmanaged<BorrowedReference, NewReference>)b.Required("PyObject_Str");
            PyObject_IsTrue = (delegate* unmanaged<BorrowedReference, int>)b.Required("PyObject_IsTrue");
            PyObject_Size = (delegate* unmanaged<BorrowedReference, nint>)b.Required("PyObject_Size");
            PyCallable_Check = (delegate* unmanaged<BorrowedReference, int>)b.Required("PyCallable_Check");
            PyType_GetFlags = (delegate* unmanaged<BorrowedReference, CULong>)b.Required("PyType_GetFlags");
            PyType_IsSubtype = (delegate* unmanaged<BorrowedReference, BorrowedReference, int>)b.Required("PyType_IsSubtype");
        }
    }
}
