namespace ArrayBridge.Native;

internal static unsafe partial class Interop
{
    internal static unsafe partial class Python
    {
        // ---- PEP 3118 request flags (object.h / pybuffer.h) ----

        /// <summary><c>PyBUF_SIMPLE</c>: a contiguous run of unsigned bytes, no shape, strides or format.</summary>
        internal const int PyBUF_SIMPLE = 0;

        /// <summary><c>PyBUF_WRITABLE</c>: the consumer needs to write.</summary>
        internal const int PyBUF_WRITABLE = 0x0001;

        /// <summary><c>PyBUF_FORMAT</c>: fill <c>format</c> (else NULL, meaning <c>"B"</c>).</summary>
        internal const int PyBUF_FORMAT = 0x0004;

        /// <summary><c>PyBUF_ND</c>: fill <c>ndim</c> and <c>shape</c>; without STRIDES the data must be C-contiguous.</summary>
        internal const int PyBUF_ND = 0x0008;

        /// <summary><c>PyBUF_STRIDES</c> (includes ND): fill <c>strides</c>.</summary>
        internal const int PyBUF_STRIDES = 0x0010 | PyBUF_ND;

        /// <summary><c>PyBUF_C_CONTIGUOUS</c> (includes STRIDES).</summary>
        internal const int PyBUF_C_CONTIGUOUS = 0x0020 | PyBUF_STRIDES;

        /// <summary><c>PyBUF_F_CONTIGUOUS</c> (includes STRIDES).</summary>
        internal const int PyBUF_F_CONTIGUOUS = 0x0040 | PyBUF_STRIDES;

        /// <summary><c>PyBUF_ANY_CONTIGUOUS</c> (includes STRIDES).</summary>
        internal const int PyBUF_ANY_CONTIGUOUS = 0x0080 | PyBUF_STRIDES;

        /// <summary><c>PyBUF_INDIRECT</c> (includes STRIDES): the consumer accepts <c>suboffsets</c>.</summary>
        internal const int PyBUF_INDIRECT = 0x0100 | PyBUF_STRIDES;

        /// <summary><c>PyBUF_RECORDS_RO</c> = STRIDES | FORMAT.</summary>
        internal const int PyBUF_RECORDS_RO = PyBUF_STRIDES | PyBUF_FORMAT;

        /// <summary><c>PyBUF_RECORDS</c> = STRIDES | FORMAT | WRITABLE.</summary>
        internal const int PyBUF_RECORDS = PyBUF_RECORDS_RO | PyBUF_WRITABLE;

        /// <summary><c>PyBUF_FULL_RO</c> = INDIRECT | FORMAT (what <c>memoryview(obj)</c> asks for).</summary>
        internal const int PyBUF_FULL_RO = PyBUF_INDIRECT | PyBUF_FORMAT;

        /// <summary><c>PyBUF_FULL</c> = INDIRECT | FORMAT | WRITABLE.</summary>
        internal const int PyBUF_FULL = PyBUF_FULL_RO | PyBUF_WRITABLE;

        /// <summary><c>PyBUF_CONTIG_RO</c> = ND.</summary>
        internal const int PyBUF_CONTIG_RO = PyBUF_ND;

        /// <summary><c>PyBUF_STRIDED_RO</c> = STRIDES.</summary>
        internal const int PyBUF_STRIDED_RO = PyBUF_STRIDES;

        // ---- Buffer protocol ----

        /// <summary>
        /// <c>int PyObject_GetBuffer(PyObject *exporter, Py_buffer *view, int flags)</c>: 0 on success,
        /// -1 with an error set (<c>view-&gt;obj</c> is then NULL). Every success must be paired with
        /// exactly one <see cref="PyBuffer_Release"/> of the same <c>Py_buffer</c>.
        /// </summary>
        internal static delegate* unmanaged<BorrowedReference, Py_buffer*, int, int> PyObject_GetBuffer;

        /// <summary><c>void PyBuffer_Release(Py_buffer *view)</c>: calls <c>bf_releasebuffer</c>, then drops <c>view-&gt;obj</c>.</summary>
        internal static delegate* unmanaged<Py_buffer*, void> PyBuffer_Release;

        /// <summary>
        /// <c>int PyObject_CheckBuffer(PyObject *)</c>: whether the type has <c>bf_getbuffer</c>. An exported
        /// function since 3.9 (a macro before); a null pointer on 3.8.
        /// </summary>
        internal static delegate* unmanaged<BorrowedReference, int> PyObject_CheckBuffer;

        /// <summary><c>PyObject *PyMemoryView_FromObject(PyObject *)</c>: <c>memoryview(obj)</c> (a PyBUF_FULL_RO request).</summary>
        internal static delegate* unmanaged<BorrowedReference, NewReference> PyMemoryView_FromObject;

        // ---- Capsules, dicts and pointers used by the array protocols ----

        /// <summary><c>&amp;PyCapsule_Type</c> (<c>PyCapsule_CheckExact</c> compares against it).</summary>
        internal static BorrowedReference PyCapsule_Type => BorrowedReference.DangerousFromPointer(s_PyCapsule_Type);

        private static nint s_PyCapsule_Type;

        /// <summary>
        /// <c>int PyCapsule_SetName(PyObject *capsule, const char *name)</c>: the capsule keeps the pointer,
        /// so the name must outlive it. 0 on success.
        /// </summary>
        internal static delegate* unmanaged<BorrowedReference, byte*, int> PyCapsule_SetName;

        /// <summary><c>const char *PyCapsule_GetName(PyObject *capsule)</c>: NULL for an unnamed capsule, or NULL with an error for a non-capsule.</summary>
        internal static delegate* unmanaged<BorrowedReference, byte*> PyCapsule_GetName;

        /// <summary><c>PyObject *PyDict_GetItemString(PyObject *d, const char *key)</c>: borrowed, NULL when missing (errors suppressed).</summary>
        internal static delegate* unmanaged<BorrowedReference, byte*, BorrowedReference> PyDict_GetItemString;

        /// <summary><c>int PyDict_SetItemString(PyObject *d, const char *key, PyObject *value)</c>: does not steal.</summary>
        internal static delegate* unmanaged<BorrowedReference, byte*, BorrowedReference, int> PyDict_SetItemString;

        /// <summary><c>PyObject *PyLong_FromVoidPtr(void *)</c>: an address as a non-negative <c>int</c>.</summary>
        internal static delegate* unmanaged<void*, NewReference> PyLong_FromVoidPtr;

        /// <summary><c>void *PyLong_AsVoidPtr(PyObject *)</c>: NULL with an error set on failure.</summary>
        internal static delegate* unmanaged<BorrowedReference, void*> PyLong_AsVoidPtr;

        /// <summary><c>PyCapsule_CheckExact(o)</c>.</summary>
        internal static bool PyCapsule_CheckExact(BorrowedReference o) => Py_TYPE(o) == PyCapsule_Type;

        private static void BindBuffers(ref Binder b)
        {
            PyObject_GetBuffer = (delegate* unmanaged<BorrowedReference, Py_buffer*, int, int>)b.Required("PyObject_GetBuffer");
            PyBuffer_Release = (delegate* unmanaged<Py_buffer*, void>)b.Required("PyBuffer_Release");
            PyObject_CheckBuffer = (delegate* unmanaged<BorrowedReference, int>)b.Optional("PyObject_CheckBuffer");
            PyMemoryView_FromObject = (delegate* unmanaged<BorrowedReference, NewReference>)b.Required("PyMemoryView_FromObject");

            s_PyCapsule_Type = b.Required("PyCapsule_Type");
            PyCapsule_SetName = (delegate* unmanaged<BorrowedReference, byte*, int>)b.Required("PyCapsule_SetName");
            PyCapsule_GetName = (delegate* unmanaged<BorrowedReference, byte*>)b.Required("PyCapsule_GetName");
            PyDict_GetItemString = (delegate* unmanaged<BorrowedReference, byte*, BorrowedReference>)b.Required("PyDict_GetItemString");
            PyDict_SetItemString = (delegate* unmanaged<BorrowedReference, byte*, BorrowedReference, int>)b.Required("PyDict_SetItemString");
            PyLong_FromVoidPtr = (delegate* unmanaged<void*, NewReference>)b.Required("PyLong_FromVoidPtr");
            PyLong_AsVoidPtr = (delegate* unmanaged<BorrowedReference, void*>)b.Required("PyLong_AsVoidPtr");
        }
    }
}
