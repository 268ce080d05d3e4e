using System.Runtime.InteropServices;

namespace ArrayBridge.Native;

internal static unsafe partial class Interop
{
    internal static unsafe partial class Python
    {
        /// <summary><c>PyType_Slot</c>: a slot id from <c>typeslots.h</c> and its function or value.</summary>
        [StructLayout(LayoutKind.Sequential)]
        internal struct PyType_Slot
        {
            public int slot;
            public void* pfunc;
        }

        /// <summary><c>PyType_Spec</c>, read by <see cref="PyType_FromSpec"/>; <c>name</c> must outlive the type.</summary>
        [StructLayout(LayoutKind.Sequential)]
        internal struct PyType_Spec
        {
            public byte* name;
            public int basicsize;
            public int itemsize;
            public uint flags;
            public PyType_Slot* slots;
        }

        /// <summary><c>PyBufferProcs</c> view: <c>Py_buffer</c>, the PEP 3118 exporter's record (80 bytes on 64-bit).</summary>
        [StructLayout(LayoutKind.Sequential)]
        internal struct Py_buffer
        {
            public void* buf;
            public nint obj;
            public nint len;
            public nint itemsize;
            public int @readonly;
            public int ndim;
            public byte* format;
            public nint* shape;
            public nint* strides;
            public nint* suboffsets;
            public void* @internal;
        }

        /// <summary><c>PyMethodDef</c>: a method of a type (32 bytes on 64-bit); an all-zero entry ends a table.</summary>
        [StructLayout(LayoutKind.Sequential)]
        internal struct PyMethodDef
        {
            public byte* ml_name;
            public void* ml_meth;
            public int ml_flags;
            public byte* ml_doc;
        }

        /// <summary><c>PyGetSetDef</c>: a computed attribute of a type (40 bytes on 64-bit); an all-zero entry ends a table.</summary>
        [StructLayout(LayoutKind.Sequential)]
        internal struct PyGetSetDef
        {
            public byte* name;
            public void* get;
            public void* set;
            public byte* doc;
            public void* closure;
        }

        /// <summary><c>METH_VARARGS</c>: <c>PyObject *f(PyObject *self, PyObject *args)</c>.</summary>
        internal const int METH_VARARGS = 0x0001;

        /// <summary><c>METH_KEYWORDS</c> (with VARARGS): <c>PyObject *f(PyObject *self, PyObject *args, PyObject *kwargs)</c>.</summary>
        internal const int METH_KEYWORDS = 0x0002;

        /// <summary><c>METH_NOARGS</c>: <c>PyObject *f(PyObject *self, PyObject *unused)</c>.</summary>
        internal const int METH_NOARGS = 0x0004;

        // typeslots.h
        internal const int Py_bf_getbuffer = 1;
        internal const int Py_bf_releasebuffer = 2;
        internal const int Py_tp_dealloc = 52;
        internal const int Py_tp_doc = 56;
        internal const int Py_tp_getset = 73;
        internal const int Py_tp_methods = 64;
        internal const int Py_tp_repr = 66;

        /// <summary><c>Py_TPFLAGS_DEFAULT</c> (<c>Py_TPFLAGS_HAVE_VERSION_TAG</c>).</summary>
        internal const uint Py_TPFLAGS_DEFAULT = 1u << 18;

        /// <summary><c>sizeof(PyObject)</c> in a release build: refcount and type pointer.</summary>
        internal const int PyObjectHeaderSize = 16;

        /// <summary>The address of pointer-sized field <paramref name="index"/> after the object header of an instance of a type ArrayBridge defined.</summary>
        internal static nint* ObjectPayload(BorrowedReference o, int index) => (nint*)(o.DangerousGetAddress() + PyObjectHeaderSize) + index;

        /// <summary><c>PyObject *PyType_FromSpec(PyType_Spec *)</c>.</summary>
        internal static delegate* unmanaged<PyType_Spec*, NewReference> PyType_FromSpec;

        /// <summary><c>PyObject *PyType_GenericAlloc(PyTypeObject *, Py_ssize_t)</c>: a zeroed instance; increfs a heap type.</summary>
        internal static delegate* unmanaged<BorrowedReference, nint, NewReference> PyType_GenericAlloc;

        /// <summary><c>void PyObject_Free(void *)</c>: frees an instance allocated by <see cref="PyType_GenericAlloc"/> (non-GC types).</summary>
        internal static delegate* unmanaged<void*, void> PyObject_Free;

        /// <summary><c>PyObject *PyErr_Format</c> cannot be bound portably (varargs); this is <c>PyErr_SetObject(type, value)</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, BorrowedReference, void> PyErr_SetObject;

        /// <summary><c>PyExc_BufferError</c>.</summary>
        internal static BorrowedReference PyExc_BufferError => BorrowedReference.DangerousFromPointer(s_PyExc_BufferError);

        private static nint s_PyExc_BufferError;

        private static void BindTypes(ref Binder b)
        {
            PyType_FromSpec = (delegate* unmanaged<PyType_Spec*, NewReference>)b.Required("PyType_FromSpec");
            PyType_GenericAlloc = (delegate* unmanaged<BorrowedReference, nint, NewReference>)b.Required("PyType_GenericAlloc");
            PyObject_Free = (delegate* unmanaged<void*, void>)b.Required("PyObject_Free");
            PyErr_SetObject = (delegate* unmanaged<BorrowedReference, BorrowedReference, void>)b.Required("PyErr_SetObject");
            s_PyExc_BufferError = b.RequiredObjectVariable("PyExc_BufferError");
        }
    }
}
