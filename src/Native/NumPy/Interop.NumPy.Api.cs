using System.Runtime.CompilerServices;

namespace ArrayBridge.Native;

internal static unsafe partial class Interop
{
    internal static unsafe partial class NumPy
    {
        /// <summary>
        /// The entries of NumPy's <c>PyArray_API</c> table that ArrayBridge calls, named as NumPy names
        /// them, valued by their slot (<c>numpy/_core/code_generators/numpy_api.py</c>). The only place a
        /// slot number is written: the binder reads exactly these slots, and loading refuses a NumPy
        /// whose table has NULL in one of them (NumPy 2 leaves its removed functions' slots NULL, so an
        /// entry here that nothing calls could refuse a NumPy that would work).
        /// </summary>
        internal enum ApiSlot
        {
            /// <summary><c>unsigned int PyArray_GetNDArrayCVersion(void)</c>.</summary>
            PyArray_GetNDArrayCVersion = 0,

            /// <summary><c>PyTypeObject PyArray_Type</c>: <c>numpy.ndarray</c>.</summary>
            PyArray_Type = 2,

            /// <summary><c>PyArray_Descr *PyArray_DescrFromType(int type_num)</c>.</summary>
            PyArray_DescrFromType = 45,

            /// <summary><c>PyArray_New</c>.</summary>
            PyArray_New = 93,

            /// <summary><c>PyArray_NewFromDescr</c>.</summary>
            PyArray_NewFromDescr = 94,

            /// <summary><c>PyArray_DescrNew</c>.</summary>
            PyArray_DescrNew = 95,

            /// <summary><c>PyArray_CheckFromAny</c>.</summary>
            PyArray_CheckFromAny = 108,

            /// <summary><c>int PyArray_GetEndianness(void)</c>.</summary>
            PyArray_GetEndianness = 210,

            /// <summary><c>unsigned int PyArray_GetNDArrayCFeatureVersion(void)</c>.</summary>
            PyArray_GetNDArrayCFeatureVersion = 211,

            /// <summary><c>PyArray_ResolveWritebackIfCopy</c>.</summary>
            PyArray_ResolveWritebackIfCopy = 302,
        }

        /// <summary><c>&amp;PyArray_Type</c>: the <c>numpy.ndarray</c> type object.</summary>
        internal static BorrowedReference PyArray_Type => BorrowedReference.DangerousFromPointer(s_PyArray_Type);

        private static nint s_PyArray_Type;

        /// <summary><c>unsigned int PyArray_GetNDArrayCVersion(void)</c>: the ABI version.</summary>
        internal static delegate* unmanaged<uint> PyArray_GetNDArrayCVersion;

        /// <summary><c>PyArray_Descr *PyArray_DescrFromType(int type_num)</c>: a new reference.</summary>
        internal static delegate* unmanaged<int, NewReference> PyArray_DescrFromType;

        /// <summary>
        /// <c>PyObject *PyArray_New(PyTypeObject *subtype, int nd, npy_intp const *dims, int type_num, npy_intp const *strides, void *data, int itemsize, int flags, PyObject *obj)</c>:
        /// <see cref="PyArray_NewFromDescr"/> with the builtin descriptor of <c>type_num</c>, taken inside NumPy.
        /// </summary>
        internal static delegate* unmanaged<BorrowedReference, int, nint*, int, nint*, void*, int, int, BorrowedReference, NewReference> PyArray_New;

        /// <summary>
        /// <c>PyObject *PyArray_NewFromDescr(PyTypeObject *subtype, PyArray_Descr *descr, int nd, npy_intp const *dims, npy_intp const *strides, void *data, int flags, PyObject *obj)</c>:
        /// steals <c>descr</c>. With <c>data</c>, <c>flags</c> are the new array's flags; NULL
        /// <c>strides</c> are filled in C order (F order when <c>flags</c> has only F_CONTIGUOUS).
        /// </summary>
        internal static delegate* unmanaged<BorrowedReference, StolenReference, int, nint*, nint*, void*, int, BorrowedReference, NewReference> PyArray_NewFromDescr;

        /// <summary><c>PyArray_Descr *PyArray_DescrNew(PyArray_Descr *base)</c>: a modifiable copy.</summary>
        internal static delegate* unmanaged<BorrowedReference, NewReference> PyArray_DescrNew;

        /// <summary>
        /// <c>PyObject *PyArray_CheckFromAny(PyObject *op, PyArray_Descr *dtype, int min_depth, int max_depth, int requirements, PyObject *context)</c>:
        /// <c>PyArray_FromAny</c> that also honours NOTSWAPPED; steals <c>dtype</c>.
        /// </summary>
        internal static delegate* unmanaged<BorrowedReference, StolenReference, int, int, int, BorrowedReference, NewReference> PyArray_CheckFromAny;

        /// <summary><c>int PyArray_GetEndianness(void)</c>: <see cref="NPY_CPU_LITTLE"/> or <see cref="NPY_CPU_BIG"/>.</summary>
        internal static delegate* unmanaged<int> PyArray_GetEndianness;

        /// <summary><c>unsigned int PyArray_GetNDArrayCFeatureVersion(void)</c>.</summary>
        internal static delegate* unmanaged<uint> PyArray_GetNDArrayCFeatureVersion;

        /// <summary><c>int PyArray_ResolveWritebackIfCopy(PyArrayObject *self)</c>: 1 if it copied back, 0 if nothing to do, -1 on error.</summary>
        internal static delegate* unmanaged<BorrowedReference, int> PyArray_ResolveWritebackIfCopy;

        /// <summary><c>PyArray_Check(o)</c>: <c>isinstance(o, numpy.ndarray)</c>.</summary>
        internal static bool PyArray_Check(BorrowedReference o) => Python.Py_TYPE(o) == PyArray_Type || IsArraySubtype(o);

        // Out of line: a C call in the caller's body would make every caller set up a P/Invoke frame
        // in its prologue, also when the exact-type test answers.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static bool IsArraySubtype(BorrowedReference o) => Python.PyType_IsSubtype(Python.Py_TYPE(o), PyArray_Type) != 0;

        /// <summary>The entry of <paramref name="api"/> for <paramref name="slot"/>.</summary>
        private static void* Entry(void** api, ApiSlot slot) => api[(int)slot];

        /// <summary>Points every binding at its entry of <paramref name="api"/>; <see cref="Validate"/> has checked them.</summary>
        private static void BindSlots(void** api)
        {
            PyArray_GetNDArrayCVersion = (delegate* unmanaged<uint>)Entry(api, ApiSlot.PyArray_GetNDArrayCVersion);
            s_PyArray_Type = (nint)Entry(api, ApiSlot.PyArray_Type);
            PyArray_DescrFromType = (delegate* unmanaged<int, NewReference>)Entry(api, ApiSlot.PyArray_DescrFromType);
            PyArray_New = (delegate* unmanaged<BorrowedReference, int, nint*, int, nint*, void*, int, int, BorrowedReference, NewReference>)Entry(api, ApiSlot.PyArray_New);
            PyArray_NewFromDescr = (delegate* unmanaged<BorrowedReference, StolenReference, int, nint*, nint*, void*, int, BorrowedReference, NewReference>)Entry(api, ApiSlot.PyArray_NewFromDescr);
            PyArray_DescrNew = (delegate* unmanaged<BorrowedReference, NewReference>)Entry(api, ApiSlot.PyArray_DescrNew);
            PyArray_CheckFromAny = (delegate* unmanaged<BorrowedReference, StolenReference, int, int, int, BorrowedReference, NewReference>)Entry(api, ApiSlot.PyArray_CheckFromAny);
            PyArray_GetEndianness = (delegate* unmanaged<int>)Entry(api, ApiSlot.PyArray_GetEndianness);
            PyArray_GetNDArrayCFeatureVersion = (delegate* unmanaged<uint>)Entry(api, ApiSlot.PyArray_GetNDArrayCFeatureVersion);
            PyArray_ResolveWritebackIfCopy = (delegate* unmanaged<BorrowedReference, int>)Entry(api, ApiSlot.PyArray_ResolveWritebackIfCopy);
        }
    }
}
