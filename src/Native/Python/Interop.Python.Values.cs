using System.Runtime.InteropServices;

namespace ArrayBridge.Native;

internal static unsafe partial class Interop
{
    internal static unsafe partial class Python
    {
        // ---- int ----

        /// <summary><c>PyObject *PyLong_FromLongLong(long long)</c>.</summary>
        internal static delegate* unmanaged<long, NewReference> PyLong_FromLongLong;

        /// <summary><c>PyObject *PyLong_FromUnsignedLongLong(unsigned long long)</c>.</summary>
        internal static delegate* unmanaged<ulong, NewReference> PyLong_FromUnsignedLongLong;

        /// <summary><c>PyObject *PyLong_FromString(const char *str, char **pend, int base)</c>.</summary>
        internal static delegate* unmanaged<byte*, byte**, int, NewReference> PyLong_FromString;

        /// <summary><c>long long PyLong_AsLongLongAndOverflow(PyObject *, int *overflow)</c>: overflow is set to -1/+1 instead of raising.</summary>
        internal static delegate* unmanaged<BorrowedReference, int*, long> PyLong_AsLongLongAndOverflow;

        /// <summary><c>unsigned long long PyLong_AsUnsignedLongLong(PyObject *)</c>: raises OverflowError when out of range.</summary>
        internal static delegate* unmanaged<BorrowedReference, ulong> PyLong_AsUnsignedLongLong;

        /// <summary><c>PyObject *PyNumber_Index(PyObject *)</c>: <c>operator.index(o)</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, NewReference> PyNumber_Index;

        /// <summary><c>PyObject *PyNumber_ToBase(PyObject *n, int base)</c>: <c>bin/oct/hex(n)</c> as str.</summary>
        internal static delegate* unmanaged<BorrowedReference, int, NewReference> PyNumber_ToBase;

        // ---- float and complex ----

        /// <summary><c>PyObject *PyFloat_FromDouble(double)</c>.</summary>
        internal static delegate* unmanaged<double, NewReference> PyFloat_FromDouble;

        /// <summary><c>double PyFloat_AsDouble(PyObject *)</c>: -1.0 with an error set on failure.</summary>
        internal static delegate* unmanaged<BorrowedReference, double> PyFloat_AsDouble;

        /// <summary><c>PyObject *PyComplex_FromDoubles(double real, double imag)</c>.</summary>
        internal static delegate* unmanaged<double, double, NewReference> PyComplex_FromDoubles;

        /// <summary><c>double PyComplex_RealAsDouble(PyObject *)</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, double> PyComplex_RealAsDouble;

        /// <summary><c>double PyComplex_ImagAsDouble(PyObject *)</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, double> PyComplex_ImagAsDouble;

        // ---- str and bytes ----

        /// <summary><c>PyUnicode_1BYTE_KIND</c> (Latin-1 code units).</summary>
        internal const int PyUnicode_1BYTE_KIND = 1;

        /// <summary><c>PyUnicode_4BYTE_KIND</c> (UCS-4 code points).</summary>
        internal const int PyUnicode_4BYTE_KIND = 4;

        /// <summary><c>PyObject *PyUnicode_FromKindAndData(int kind, const void *buffer, Py_ssize_t size)</c>.</summary>
        internal static delegate* unmanaged<int, void*, nint, NewReference> PyUnicode_FromKindAndData;

        /// <summary><c>Py_ssize_t PyUnicode_GetLength(PyObject *)</c>: length in code points.</summary>
        internal static delegate* unmanaged<BorrowedReference, nint> PyUnicode_GetLength;

        /// <summary><c>Py_UCS4 *PyUnicode_AsUCS4(PyObject *u, Py_UCS4 *buffer, Py_ssize_t buflen, int copy_null)</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, uint*, nint, int, uint*> PyUnicode_AsUCS4;

        /// <summary><c>PyObject *PyUnicode_FromStringAndSize(const char *utf8, Py_ssize_t size)</c>: decodes UTF-8 (not NUL-terminated).</summary>
        internal static delegate* unmanaged<byte*, nint, NewReference> PyUnicode_FromStringAndSize;

        /// <summary>
        /// <c>const char *PyUnicode_AsUTF8AndSize(PyObject *u, Py_ssize_t *size)</c>: the str's cached
        /// UTF-8, borrowed from it; NULL with <c>UnicodeEncodeError</c> set for a lone surrogate.
        /// </summary>
        internal static delegate* unmanaged<BorrowedReference, nint*, byte*> PyUnicode_AsUTF8AndSize;

        /// <summary><c>PyObject *PyUnicode_InternFromString(const char *)</c>: the interned str (a new reference).</summary>
        internal static delegate* unmanaged<byte*, NewReference> PyUnicode_InternFromString;

        /// <summary><c>int PyUnicode_Compare(PyObject *left, PyObject *right)</c>: -1, 0 or 1 (-1 with an error set on failure).</summary>
        internal static delegate* unmanaged<BorrowedReference, BorrowedReference, int> PyUnicode_Compare;

        /// <summary><c>PyObject *PyBytes_FromStringAndSize(const char *, Py_ssize_t)</c>.</summary>
        internal static delegate* unmanaged<byte*, nint, NewReference> PyBytes_FromStringAndSize;

        /// <summary><c>int PyBytes_AsStringAndSize(PyObject *o, char **buffer, Py_ssize_t *length)</c>: the buffer is borrowed.</summary>
        internal static delegate* unmanaged<BorrowedReference, byte**, nint*, int> PyBytes_AsStringAndSize;

        // ---- tuple, list, dict ----

        /// <summary><c>PyObject *PyTuple_New(Py_ssize_t)</c>.</summary>
        internal static delegate* unmanaged<nint, NewReference> PyTuple_New;

        /// <summary><c>int PyTuple_SetItem(PyObject *, Py_ssize_t, PyObject *)</c>: steals the item, even on failure.</summary>
        internal static delegate* unmanaged<BorrowedReference, nint, StolenReference, int> PyTuple_SetItem;

        /// <summary><c>PyObject *PyTuple_GetItem(PyObject *, Py_ssize_t)</c>: borrowed.</summary>
        internal static delegate* unmanaged<BorrowedReference, nint, BorrowedReference> PyTuple_GetItem;

        /// <summary><c>Py_ssize_t PyTuple_Size(PyObject *)</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, nint> PyTuple_Size;

        /// <summary><c>PyObject *PyList_New(Py_ssize_t)</c>.</summary>
        internal static delegate* unmanaged<nint, NewReference> PyList_New;

        /// <summary><c>int PyList_SetItem(PyObject *, Py_ssize_t, PyObject *)</c>: steals the item, even on failure.</summary>
        internal static delegate* unmanaged<BorrowedReference, nint, StolenReference, int> PyList_SetItem;

        /// <summary><c>PyObject *PyList_GetItem(PyObject *, Py_ssize_t)</c>: borrowed.</summary>
        internal static delegate* unmanaged<BorrowedReference, nint, BorrowedReference> PyList_GetItem;

        /// <summary><c>Py_ssize_t PyList_Size(PyObject *)</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, nint> PyList_Size;

        /// <summary><c>PyObject *PyDict_New(void)</c>.</summary>
        internal static delegate* unmanaged<NewReference> PyDict_New;

        /// <summary><c>int PyDict_SetItem(PyObject *d, PyObject *key, PyObject *value)</c>: does not steal.</summary>
        internal static delegate* unmanaged<BorrowedReference, BorrowedReference, BorrowedReference, int> PyDict_SetItem;

        private static delegate* unmanaged<BorrowedReference, nint*, nint*, nint*, int> s_PyDict_Next;

        /// <summary><c>int PyDict_Next(PyObject *d, Py_ssize_t *pos, PyObject **key, PyObject **value)</c>: borrowed key and value.</summary>
        internal static bool PyDict_Next(BorrowedReference d, scoped ref nint position, out BorrowedReference key, out BorrowedReference value)
        {
            nint k, v;
            int more;
            fixed (nint* p = &position)
            {
                more = s_PyDict_Next(d, p, &k, &v);
            }

            key = BorrowedReference.DangerousFromPointer(more != 0 ? k : 0);
            value = BorrowedReference.DangerousFromPointer(more != 0 ? v : 0);
            return more != 0;
        }

        /// <summary><c>Py_ssize_t PyDict_Size(PyObject *)</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, nint> PyDict_Size;

        /// <summary><c>PyObject *PySequence_Tuple(PyObject *)</c>: <c>tuple(o)</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, NewReference> PySequence_Tuple;

        // ---- capsules ----

        /// <summary><c>PyObject *PyCapsule_New(void *pointer, const char *name, PyCapsule_Destructor destructor)</c>.</summary>
        internal static delegate* unmanaged<void*, byte*, nint, NewReference> PyCapsule_New;

        /// <summary><c>void *PyCapsule_GetPointer(PyObject *capsule, const char *name)</c>: the name must match (NULL for unnamed).</summary>
        internal static delegate* unmanaged<BorrowedReference, byte*, void*> PyCapsule_GetPointer;

        /// <summary><c>int PyCapsule_IsValid(PyObject *capsule, const char *name)</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, byte*, int> PyCapsule_IsValid;

        private static void BindValues(ref Binder b)
        {
            PyLong_FromLongLong = (delegate* unmanaged<long, NewReference>)b.Required("PyLong_FromLongLong");
            PyLong_FromUnsignedLongLong = (delegate* unmanaged<ulong, NewReference>)b.Required("PyLong_FromUnsignedLongLong");
            PyLong_FromString = (delegate* unmanaged<byte*, byte**, int, NewReference>)b.Required("PyLong_FromString");
            PyLong_AsLongLongAndOverflow = (delegate* unmanaged<BorrowedReference, int*, long>)b.Required("PyLong_AsLongLongAndOverflow");
            PyLong_AsUnsignedLongLong = (delegate* unmanaged<BorrowedReference, ulong>)b.Required("PyLong_AsUnsignedLongLong");
            PyNumber_Index = (delegate* unmanaged<BorrowedReference, NewReference>)b.Required("PyNumber_Index");
            PyNumber_ToBase = (delegate* unmanaged<BorrowedReference, int, NewReference>)b.Required("PyNumber_ToBase");

            PyFloat_FromDouble = (delegate* unmanaged<double, NewReference>)b.Required("PyFloat_FromDouble");
            PyFloat_AsDouble = (delegate* unmanaged<BorrowedReference, double>)b.Required("PyFloat_AsDouble");
            PyComplex_FromDoubles = (delegate* unmanaged<double, double, NewReference>)b.Required("PyComplex_FromDoubles");
            PyComplex_RealAsDouble = (delegate* unmanaged<BorrowedReference, double>)b.Required("PyComplex_RealAsDouble");
            PyComplex_ImagAsDouble = (delegate* unmanaged<BorrowedReference, double>)b.Required("PyComplex_ImagAsDouble");

            PyUnicode_FromKindAndData = (delegate* unmanaged<int, void*, nint, NewReference>)b.Required("PyUnicode_FromKindAndData");
            PyUnicode_GetLength = (delegate* unmanaged<BorrowedReference, nint>)b.Required("PyUnicode_GetLength");
            PyUnicode_AsUCS4 = (delegate* unmanaged<BorrowedReference, uint*, nint, int, uint*>)b.Required("PyUnicode_AsUCS4");
            PyUnicode_FromStringAndSize = (delegate* unmanaged<byte*, nint, NewReference>)b.Required("PyUnicode_FromStringAndSize");
            PyUnicode_AsUTF8AndSize = (delegate* unmanaged<BorrowedReference, nint*, byte*>)b.Required("PyUnicode_AsUTF8AndSize");
            PyUnicode_InternFromString = (delegate* unmanaged<byte*, NewReference>)b.Required("PyUnicode_InternFromString");
            PyUnicode_Compare = (delegate* unmanaged<BorrowedReference, BorrowedReference, int>)b.Required("PyUnicode_Compare");
            PyBytes_FromStringAndSize = (delegate* unmanaged<byte*, nint, NewReference>)b.Required("PyBytes_FromStringAndSize");
            PyBytes_AsStringAndSize = (delegate* unmanaged<BorrowedReference, byte**, nint*, int>)b.Required("PyBytes_AsStringAndSize");

            PyTuple_New = (delegate* unmanaged<nint, NewReference>)b.Required("PyTuple_New");
            PyTuple_SetItem = (delegate* unmanaged<BorrowedReference, nint, StolenReference, int>)b.Required("PyTuple_SetItem");
            PyTuple_GetItem = (delegate* unmanaged<BorrowedReference, nint, BorrowedReference>)b.Required("PyTuple_GetItem");
            PyTuple_Size = (delegate* unmanaged<BorrowedReference, nint>)b.Required("PyTuple_Size");
            PyList_New = (delegate* unmanaged<nint, NewReference>)b.Required("PyList_New");
            PyList_SetItem = (delegate* unmanaged<BorrowedReference, nint, StolenReference, int>)b.Required("PyList_SetItem");
            PyList_GetItem = (delegate* unmanaged<BorrowedReference, nint, BorrowedReference>)b.Required("PyList_GetItem");
            PyList_Size = (delegate* unmanaged<BorrowedReference, nint>)b.Required("PyList_Size");
            PyDict_New = (delegate* unmanaged<NewReference>)b.Required("PyDict_New");
            PyDict_SetItem = (delegate* unmanaged<BorrowedReference, BorrowedReference, BorrowedReference, int>)b.Required("PyDict_SetItem");
            s_PyDict_Next = (delegate* unmanaged<BorrowedReference, nint*, nint*, nint*, int>)b.Required("PyDict_Next");
            PyDict_Size = (delegate* unmanaged<BorrowedReference, nint>)b.Required("PyDict_Size");
            PySequence_Tuple = (delegate* unmanaged<BorrowedReference, NewReference>)b.Required("PySequence_Tuple");

            PyCapsule_New = (delegate* unmanaged<void*, byte*, nint, NewReference>)b.Required("PyCapsule_New");
            PyCapsule_GetPointer = (delegate* unmanaged<BorrowedReference, byte*, void*>)b.Required("PyCapsule_GetPointer");
            PyCapsule_IsValid = (delegate* unmanaged<BorrowedReference, byte*, int>)b.Required("PyCapsule_IsValid");
        }
    }
}
