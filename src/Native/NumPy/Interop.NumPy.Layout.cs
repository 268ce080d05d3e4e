using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ArrayBridge.Native;

internal static unsafe partial class Interop
{
    internal static unsafe partial class NumPy
    {
        /// <summary>
        /// <c>PyArrayObject_fields</c> (<c>ndarraytypes.h</c>), the same in NumPy 1.x and 2.x up to
        /// <c>weakreflist</c>; the private fields after it (<c>_buffer_info</c>, <c>mem_handler</c>)
        /// are left out because ArrayBridge never allocates or sizes an array object.
        /// </summary>
        [StructLayout(LayoutKind.Sequential)]
        internal struct PyArrayObject_fields
        {
            /// <summary><c>PyObject_HEAD</c>.</summary>
            public Python.PyObject ob_base;

            /// <summary><c>char *data</c>: the first element.</summary>
            public byte* data;

            /// <summary><c>int nd</c>.</summary>
            public int nd;

            /// <summary><c>npy_intp *dimensions</c>: <c>nd</c> lengths.</summary>
            public nint* dimensions;

            /// <summary><c>npy_intp *strides</c>: <c>nd</c> byte strides.</summary>
            public nint* strides;

            /// <summary><c>PyObject *base</c>: what owns the data, or NULL.</summary>
            public nint @base;

            /// <summary><c>PyArray_Descr *descr</c>.</summary>
            public nint descr;

            /// <summary><c>int flags</c>: <c>NPY_ARRAY_*</c>.</summary>
            public int flags;

            /// <summary><c>PyObject *weakreflist</c>.</summary>
            public nint weakreflist;
        }

        /// <summary>
        /// The prefix of <c>PyArray_Descr</c> that NumPy 1.x and 2.x share (what NumPy 2's headers declare
        /// when compiling for both): up to <c>type_num</c>. The fourth char is <c>flags</c> in 1.x and
        /// <c>_former_flags</c> (unused) in 2.x.
        /// </summary>
        [StructLayout(LayoutKind.Sequential)]
        internal struct PyArray_Descr
        {
            /// <summary><c>PyObject_HEAD</c>.</summary>
            public Python.PyObject ob_base;

            /// <summary><c>PyTypeObject *typeobj</c>: the scalar type.</summary>
            public nint typeobj;

            /// <summary><c>char kind</c>: <c>'b' 'i' 'u' 'f' 'c'</c> and so on.</summary>
            public byte kind;

            /// <summary><c>char type</c>: the type character, e.g. <c>'d'</c>.</summary>
            public byte type;

            /// <summary><c>char byteorder</c>: <c>'&lt;' '&gt;' '|' '='</c>.</summary>
            public byte byteorder;

            /// <summary><c>char flags</c> (1.x) or <c>char _former_flags</c> (2.x).</summary>
            public byte flags_1x;

            /// <summary><c>int type_num</c>.</summary>
            public int type_num;
        }

        /// <summary>The whole NumPy 1.x <c>PyArray_Descr</c> (NumPy 2 calls this layout <c>PyArray_DescrProto</c>).</summary>
        [StructLayout(LayoutKind.Sequential)]
        internal struct PyArray_DescrNumPy1
        {
            /// <summary>The shared prefix, through <c>type_num</c>.</summary>
            public PyArray_Descr prefix;

            /// <summary><c>int elsize</c>.</summary>
            public int elsize;

            /// <summary><c>int alignment</c>.</summary>
            public int alignment;

            /// <summary><c>PyArray_ArrayDescr *subarray</c>.</summary>
            public nint subarray;

            /// <summary><c>PyObject *fields</c>.</summary>
            public nint fields;

            /// <summary><c>PyObject *names</c>.</summary>
            public nint names;

            /// <summary><c>PyArray_ArrFuncs *f</c>.</summary>
            public nint f;

            /// <summary><c>PyObject *metadata</c>.</summary>
            public nint metadata;

            /// <summary><c>NpyAuxData *c_metadata</c>.</summary>
            public nint c_metadata;

            /// <summary><c>npy_hash_t hash</c>.</summary>
            public nint hash;
        }

        /// <summary>NumPy 2.x's <c>PyArray_Descr</c> (<c>_PyArray_DescrNumPy2</c> in <c>npy_2_compat.h</c>).</summary>
        [StructLayout(LayoutKind.Sequential)]
        internal struct PyArray_DescrNumPy2
        {
            /// <summary>The shared prefix, through <c>type_num</c>.</summary>
            public PyArray_Descr prefix;

            /// <summary><c>npy_uint64 flags</c>.</summary>
            public ulong flags;

            /// <summary><c>npy_intp elsize</c>.</summary>
            public nint elsize;

            /// <summary><c>npy_intp alignment</c>.</summary>
            public nint alignment;

            /// <summary><c>PyObject *metadata</c>.</summary>
            public nint metadata;

            /// <summary><c>npy_hash_t hash</c>.</summary>
            public nint hash;

            /// <summary><c>void *reserved_null[2]</c>, first entry.</summary>
            public nint reserved_null0;

            /// <summary><c>void *reserved_null[2]</c>, second entry.</summary>
            public nint reserved_null1;
        }

        private static PyArrayObject_fields* Fields(nint arr) => (PyArrayObject_fields*)arr;

        private static PyArray_Descr* Descr(nint descr) => (PyArray_Descr*)descr;

        /// <summary><c>PyArray_DATA(arr)</c>: the address of the first element.</summary>
        internal static void* PyArray_DATA(nint arr) => Fields(arr)->data;

        /// <summary><c>PyArray_NDIM(arr)</c>.</summary>
        internal static int PyArray_NDIM(nint arr) => Fields(arr)->nd;

        /// <summary><c>PyArray_DIMS(arr)</c>: <c>nd</c> lengths (NULL when nd is 0).</summary>
        internal static nint* PyArray_DIMS(nint arr) => Fields(arr)->dimensions;

        /// <summary><c>PyArray_STRIDES(arr)</c>: <c>nd</c> strides in bytes.</summary>
        internal static nint* PyArray_STRIDES(nint arr) => Fields(arr)->strides;

        /// <summary><c>PyArray_BASE(arr)</c>: borrowed, may be NULL.</summary>
        internal static nint PyArray_BASE(nint arr) => Fields(arr)->@base;

        /// <summary>
        /// What <c>PyArray_SetBaseObject(arr, obj)</c> does for an array that has no base yet and a base
        /// that is not an ndarray (so there is no view chain to collapse): stores <paramref name="obj"/>,
        /// stealing the reference. Without the C call it cannot fail.
        /// </summary>
        internal static void SetBaseOfNewArray(nint arr, StolenReference obj)
        {
            Debug.Assert(Fields(arr)->@base == 0 && !obj.IsNull && obj.DangerousGetAddress() != arr && !PyArray_Check(obj.Borrow()), "only a fresh array's first, non-array base");
            Fields(arr)->@base = obj.DangerousGetAddress();
        }

        /// <summary><c>PyArray_DESCR(arr)</c>: borrowed.</summary>
        internal static nint PyArray_DESCR(nint arr) => Fields(arr)->descr;

        /// <summary><c>PyArray_FLAGS(arr)</c>.</summary>
        internal static int PyArray_FLAGS(nint arr) => Fields(arr)->flags;

        /// <summary><c>PyArray_ENABLEFLAGS(arr, flags)</c>: sets bits directly, without checks.</summary>
        internal static void PyArray_ENABLEFLAGS(nint arr, int flags) => Fields(arr)->flags |= flags;

        /// <summary><c>PyArray_CLEARFLAGS(arr, flags)</c>: clears bits directly, without checks.</summary>
        internal static void PyArray_CLEARFLAGS(nint arr, int flags) => Fields(arr)->flags &= ~flags;

        /// <summary><c>descr-&gt;typeobj</c>: the scalar type (borrowed).</summary>
        internal static nint PyDataType_TYPEOBJ(nint descr) => Descr(descr)->typeobj;

        /// <summary><c>descr-&gt;kind</c>: <c>'b' 'i' 'u' 'f' 'c'</c> and so on.</summary>
        internal static char PyDataType_KIND(nint descr) => (char)Descr(descr)->kind;

        /// <summary><c>descr-&gt;type</c>: the type character, e.g. <c>'d'</c>.</summary>
        internal static char PyDataType_TYPE(nint descr) => (char)Descr(descr)->type;

        /// <summary><c>descr-&gt;byteorder</c>: <c>'&lt;' '&gt;' '|' '='</c>.</summary>
        internal static char PyDataType_BYTEORDER(nint descr) => (char)Descr(descr)->byteorder;

        /// <summary><c>descr-&gt;type_num</c>.</summary>
        internal static int PyDataType_TYPENUM(nint descr) => Descr(descr)->type_num;

        /// <summary><c>PyDataType_FLAGS(descr)</c>: a char in 1.x, a 64-bit field in 2.x.</summary>
        internal static ulong PyDataType_FLAGS(nint descr)
        {
            AssertLoaded();
            return UsesNumPy2DescrLayout ? ((PyArray_DescrNumPy2*)descr)->flags : Descr(descr)->flags_1x;
        }

        /// <summary><c>PyDataType_ELSIZE(descr)</c>: the item size in bytes (int in 1.x, npy_intp in 2.x).</summary>
        internal static nint PyDataType_ELSIZE(nint descr)
        {
            AssertLoaded();
            return UsesNumPy2DescrLayout ? ((PyArray_DescrNumPy2*)descr)->elsize : ((PyArray_DescrNumPy1*)descr)->elsize;
        }

        /// <summary><c>PyDataType_ALIGNMENT(descr)</c> (int in 1.x, npy_intp in 2.x).</summary>
        internal static nint PyDataType_ALIGNMENT(nint descr)
        {
            AssertLoaded();
            return UsesNumPy2DescrLayout ? ((PyArray_DescrNumPy2*)descr)->alignment : ((PyArray_DescrNumPy1*)descr)->alignment;
        }

        /// <summary>
        /// <c>PyArray_DiscardWritebackIfCopy</c>: gives the base back its WRITEABLE flag, drops the
        /// reference to it and clears WRITEBACKIFCOPY, without copying. Call with the GIL held.
        /// </summary>
        internal static void DiscardWritebackIfCopy(nint arr)
        {
            nint baseArray = PyArray_BASE(arr);
            if (baseArray == 0 || (PyArray_FLAGS(arr) & NPY_ARRAY_WRITEBACKIFCOPY) == 0)
            {
                return;
            }

            PyArray_ENABLEFLAGS(baseArray, NPY_ARRAY_WRITEABLE);
            Fields(arr)->@base = 0;
            PyArray_CLEARFLAGS(arr, NPY_ARRAY_WRITEBACKIFCOPY);
            Python.Py_DecRef(StolenReference.DangerousFromPointer(baseArray)); // the reference the base field held
        }

        /// <summary>Sets <c>descr-&gt;byteorder</c> of a descriptor made by <see cref="PyArray_DescrNew"/> (what <c>PyArray_DescrNewByteorder</c> does).</summary>
        internal static void SetDescrByteOrder(nint descr, char byteOrder) => Descr(descr)->byteorder = (byte)byteOrder;
    }
}
