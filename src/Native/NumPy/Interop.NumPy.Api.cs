namespace ArrayBridge.Native;

internal static unsafe partial class Interop
{
    internal static unsafe partial class NumPy
    {
        /// <summary><c>PyArray_Dims</c>: <c>{ npy_intp *ptr; int len; }</c>, the argument of Transpose and Newshape.</summary>
        internal struct PyArray_Dims
        {
            /// <summary><c>ptr</c>: the lengths or the axis permutation.</summary>
            public nint* ptr;

            /// <summary><c>len</c>: the number of entries.</summary>
            public int len;
        }

        /// <summary>Slot 2, <c>&amp;PyArray_Type</c>: the <c>numpy.ndarray</c> type object.</summary>
        internal static BorrowedReference PyArray_Type => BorrowedReference.DangerousFromPointer(s_PyArray_Type);

        private static nint s_PyArray_Type;

        /// <summary>Slot 3, <c>&amp;PyArrayDescr_Type</c>: the <c>numpy.dtype</c> type object.</summary>
        internal static BorrowedReference PyArrayDescr_Type => BorrowedReference.DangerousFromPointer(s_PyArrayDescr_Type);

        private static nint s_PyArrayDescr_Type;

        /// <summary>Slot 0, <c>unsigned int PyArray_GetNDArrayCVersion(void)</c>.</summary>
        internal static delegate* unmanaged<uint> PyArray_GetNDArrayCVersion;

        /// <summary>Slot 45, <c>PyArray_Descr *PyArray_DescrFromType(int type_num)</c>: a new reference.</summary>
        internal static delegate* unmanaged<int, NewReference> PyArray_DescrFromType;

        /// <summary>
        /// Slot 69, <c>PyObject *PyArray_FromAny(PyObject *op, PyArray_Descr *dtype, int min_depth, int max_depth, int requirements, PyObject *context)</c>:
        /// steals <c>dtype</c>.
        /// </summary>
        internal static delegate* unmanaged<BorrowedReference, StolenReference, int, int, int, BorrowedReference, NewReference> PyArray_FromAny;

        /// <summary>Slot 92, <c>void PyArray_UpdateFlags(PyArrayObject *arr, int flagmask)</c>: recomputes the given flags.</summary>
        internal static delegate* unmanaged<BorrowedReference, int, void> PyArray_UpdateFlags;

        /// <summary>
        /// Slot 93, <c>PyObject *PyArray_New(PyTypeObject *subtype, int nd, npy_intp const *dims, int type_num, npy_intp const *strides, void *data, int itemsize, int flags, PyObject *obj)</c>.
        /// </summary>
        internal static delegate* unmanaged<BorrowedReference, int, nint*, int, nint*, void*, int, int, BorrowedReference, NewReference> PyArray_New;

        /// <summary>
        /// Slot 94, <c>PyObject *PyArray_NewFromDescr(PyTypeObject *subtype, PyArray_Descr *descr, int nd, npy_intp const *dims, npy_intp const *strides, void *data, int flags, PyObject *obj)</c>:
        /// steals <c>descr</c>.
        /// </summary>
        internal static delegate* unmanaged<BorrowedReference, StolenReference, int, nint*, nint*, void*, int, BorrowedReference, NewReference> PyArray_NewFromDescr;

        /// <summary>Slot 95, <c>PyArray_Descr *PyArray_DescrNew(PyArray_Descr *base)</c>: a modifiable copy.</summary>
        internal static delegate* unmanaged<BorrowedReference, NewReference> PyArray_DescrNew;

        /// <summary>Slot 108, <c>PyArray_CheckFromAny</c>: <c>PyArray_FromAny</c> that also honours NOTSWAPPED; steals <c>dtype</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, StolenReference, int, int, int, BorrowedReference, NewReference> PyArray_CheckFromAny;

        /// <summary>Slot 109, <c>PyObject *PyArray_FromArray(PyArrayObject *arr, PyArray_Descr *newtype, int flags)</c>: steals <c>newtype</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, StolenReference, int, NewReference> PyArray_FromArray;

        /// <summary>Slot 123, <c>PyObject *PyArray_Transpose(PyArrayObject *ap, PyArray_Dims *permute)</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, PyArray_Dims*, NewReference> PyArray_Transpose;

        /// <summary>Slot 135, <c>PyObject *PyArray_Newshape(PyArrayObject *self, PyArray_Dims *newdims, NPY_ORDER order)</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, PyArray_Dims*, int, NewReference> PyArray_Newshape;

        /// <summary>Slot 210, <c>int PyArray_GetEndianness(void)</c>: <see cref="NPY_CPU_LITTLE"/> or <see cref="NPY_CPU_BIG"/>.</summary>
        internal static delegate* unmanaged<int> PyArray_GetEndianness;

        /// <summary>Slot 211, <c>unsigned int PyArray_GetNDArrayCFeatureVersion(void)</c>.</summary>
        internal static delegate* unmanaged<uint> PyArray_GetNDArrayCFeatureVersion;

        /// <summary>Slot 282, <c>int PyArray_SetBaseObject(PyArrayObject *arr, PyObject *obj)</c>: steals <c>obj</c> (even on failure); -1 on error.</summary>
        internal static delegate* unmanaged<BorrowedReference, StolenReference, int> PyArray_SetBaseObject;

        /// <summary>Slot 302, <c>int PyArray_ResolveWritebackIfCopy(PyArrayObject *self)</c>: 1 if it copied back, 0 if nothing to do, -1 on error.</summary>
        internal static delegate* unmanaged<BorrowedReference, int> PyArray_ResolveWritebackIfCopy;

        /// <summary>Slot 303, <c>int PyArray_SetWritebackIfCopyBase(PyArrayObject *arr, PyArrayObject *base)</c>: steals a reference to <c>base</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, StolenReference, int> PyArray_SetWritebackIfCopyBase;

        /// <summary>
        /// <c>PyArray_SimpleNewFromData(nd, dims, typenum, data)</c>, the macro for
        /// <c>PyArray_New(&amp;PyArray_Type, nd, dims, typenum, NULL, data, 0, NPY_ARRAY_CARRAY, NULL)</c>.
        /// </summary>
        internal static NewReference PyArray_SimpleNewFromData(int nd, nint* dims, int typenum, void* data) =>
            PyArray_New(PyArray_Type, nd, dims, typenum, null, data, 0, NPY_ARRAY_CARRAY, BorrowedReference.Null);

        /// <summary><c>PyArray_Check(o)</c>: <c>isinstance(o, numpy.ndarray)</c>.</summary>
        internal static bool PyArray_Check(BorrowedReference o) => Python.PyObject_TypeCheck(o, PyArray_Type);

        /// <summary><c>PyArray_DescrCheck(o)</c>: <c>isinstance(o, numpy.dtype)</c>.</summary>
        internal static bool PyArray_DescrCheck(BorrowedReference o) => Python.PyObject_TypeCheck(o, PyArrayDescr_Type);

        private static void BindSlots(void** api)
        {
            PyArray_GetNDArrayCVersion = (delegate* unmanaged<uint>)api[0];
            s_PyArray_Type = (nint)api[2];
            s_PyArrayDescr_Type = (nint)api[3];
            PyArray_DescrFromType = (delegate* unmanaged<int, NewReference>)api[45];
            PyArray_FromAny = (delegate* unmanaged<BorrowedReference, StolenReference, int, int, int, BorrowedReference, NewReference>)api[69];
            PyArray_UpdateFlags = (delegate* unmanaged<BorrowedReference, int, void>)api[92];
            PyArray_New = (delegate* unmanaged<BorrowedReference, int, nint*, int, nint*, void*, int, int, BorrowedReference, NewReference>)api[93];
            PyArray_NewFromDescr = (delegate* unmanaged<BorrowedReference, StolenReference, int, nint*, nint*, void*, int, BorrowedReference, NewReference>)api[94];
            PyArray_DescrNew = (delegate* unmanaged<BorrowedReference, NewReference>)api[95];
            PyArray_CheckFromAny = (delegate* unmanaged<BorrowedReference, StolenReference, int, int, int, BorrowedReference, NewReference>)api[108];
            PyArray_FromArray = (delegate* unmanaged<BorrowedReference, StolenReference, int, NewReference>)api[109];
            PyArray_Transpose = (delegate* unmanaged<BorrowedReference, PyArray_Dims*, NewReference>)api[123];
            PyArray_Newshape = (delegate* unmanaged<BorrowedReference, PyArray_Dims*, int, NewReference>)api[135];
            PyArray_GetEndianness = (delegate* unmanaged<int>)api[210];
            PyArray_GetNDArrayCFeatureVersion = (delegate* unmanaged<uint>)api[211];
            PyArray_SetBaseObject = (delegate* unmanaged<BorrowedReference, StolenReference, int>)api[282];
            PyArray_ResolveWritebackIfCopy = (delegate* unmanaged<BorrowedReference, int>)api[302];
            PyArray_SetWritebackIfCopyBase = (delegate* unmanaged<BorrowedReference, StolenReference, int>)api[303];
        }
    }
}
