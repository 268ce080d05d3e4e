namespace ArrayBridge.Native;

internal static unsafe partial class Interop
{
    internal static unsafe partial class NumPy
    {
        // ---- PyArrayObject (same in NumPy 1.x and 2.x, 64-bit) ----

        /// <summary>Offset of <c>char *data</c> in <c>PyArrayObject_fields</c>.</summary>
        internal const int ArrayDataOffset = 16;

        /// <summary>Offset of <c>int nd</c>.</summary>
        internal const int ArrayNDimOffset = 24;

        /// <summary>Offset of <c>npy_intp *dimensions</c>.</summary>
        internal const int ArrayDimensionsOffset = 32;

        /// <summary>Offset of <c>npy_intp *strides</c>.</summary>
        internal const int ArrayStridesOffset = 40;

        /// <summary>Offset of <c>PyObject *base</c>.</summary>
        internal const int ArrayBaseOffset = 48;

        /// <summary>Offset of <c>PyArray_Descr *descr</c>.</summary>
        internal const int ArrayDescrOffset = 56;

        /// <summary>Offset of <c>int flags</c>.</summary>
        internal const int ArrayFlagsOffset = 64;

        /// <summary><c>PyArray_DATA(arr)</c>: the address of the first element.</summary>
        internal static void* PyArray_DATA(nint arr) => *(void**)(arr + ArrayDataOffset);

        /// <summary><c>PyArray_NDIM(arr)</c>.</summary>
        internal static int PyArray_NDIM(nint arr) => *(int*)(arr + ArrayNDimOffset);

        /// <summary><c>PyArray_DIMS(arr)</c>: <c>nd</c> lengths (NULL when nd is 0).</summary>
        internal static nint* PyArray_DIMS(nint arr) => *(nint**)(arr + ArrayDimensionsOffset);

        /// <summary><c>PyArray_STRIDES(arr)</c>: <c>nd</c> strides in bytes.</summary>
        internal static nint* PyArray_STRIDES(nint arr) => *(nint**)(arr + ArrayStridesOffset);

        /// <summary><c>PyArray_BASE(arr)</c>: borrowed, may be NULL.</summary>
        internal static nint PyArray_BASE(nint arr) => *(nint*)(arr + ArrayBaseOffset);

        /// <summary><c>PyArray_DESCR(arr)</c>: borrowed.</summary>
        internal static nint PyArray_DESCR(nint arr) => *(nint*)(arr + ArrayDescrOffset);

        /// <summary><c>PyArray_FLAGS(arr)</c>.</summary>
        internal static int PyArray_FLAGS(nint arr) => *(int*)(arr + ArrayFlagsOffset);

        /// <summary><c>PyArray_ENABLEFLAGS(arr, flags)</c>: sets bits directly, without checks.</summary>
        internal static void PyArray_ENABLEFLAGS(nint arr, int flags) => *(int*)(arr + ArrayFlagsOffset) |= flags;

        /// <summary><c>PyArray_CLEARFLAGS(arr, flags)</c>: clears bits directly, without checks.</summary>
        internal static void PyArray_CLEARFLAGS(nint arr, int flags) => *(int*)(arr + ArrayFlagsOffset) &= ~flags;

        // ---- PyArray_Descr ----
        // 1.x: typeobj @16, kind/type/byteorder/flags (char) @24..27, type_num (int) @28, elsize (int) @32, alignment (int) @36.
        // 2.x: typeobj @16, kind/type/byteorder @24..26, (char _former_flags @27), type_num (int) @28,
        //      flags (npy_uint64) @32, elsize (npy_intp) @40, alignment (npy_intp) @48.

        /// <summary>Offset of <c>PyTypeObject *typeobj</c> (both layouts).</summary>
        internal const int DescrTypeObjOffset = 16;

        /// <summary>Offset of <c>char kind</c> (both layouts).</summary>
        internal const int DescrKindOffset = 24;

        /// <summary>Offset of <c>char type</c> (both layouts).</summary>
        internal const int DescrTypeOffset = 25;

        /// <summary>Offset of <c>char byteorder</c> (both layouts).</summary>
        internal const int DescrByteOrderOffset = 26;

        /// <summary>Offset of <c>int type_num</c> (both layouts).</summary>
        internal const int DescrTypeNumOffset = 28;

        /// <summary>Offset of <c>char flags</c> in the 1.x layout.</summary>
        internal const int Descr1FlagsOffset = 27;

        /// <summary>Offset of <c>int elsize</c> in the 1.x layout.</summary>
        internal const int Descr1ElsizeOffset = 32;

        /// <summary>Offset of <c>int alignment</c> in the 1.x layout.</summary>
        internal const int Descr1AlignmentOffset = 36;

        /// <summary>Offset of <c>npy_uint64 flags</c> in the 2.x layout.</summary>
        internal const int Descr2FlagsOffset = 32;

        /// <summary>Offset of <c>npy_intp elsize</c> in the 2.x layout.</summary>
        internal const int Descr2ElsizeOffset = 40;

        /// <summary>Offset of <c>npy_intp alignment</c> in the 2.x layout.</summary>
        internal const int Descr2AlignmentOffset = 48;

        /// <summary><c>descr-&gt;typeobj</c>: the scalar type (borrowed).</summary>
        internal static nint PyDataType_TYPEOBJ(nint descr) => *(nint*)(descr + DescrTypeObjOffset);

        /// <summary><c>descr-&gt;kind</c>: <c>'b' 'i' 'u' 'f' 'c'</c> and so on.</summary>
        internal static char PyDataType_KIND(nint descr) => (char)*(byte*)(descr + DescrKindOffset);

        /// <summary><c>descr-&gt;type</c>: the type character, e.g. <c>'d'</c>.</summary>
        internal static char PyDataType_TYPE(nint descr) => (char)*(byte*)(descr + DescrTypeOffset);

        /// <summary><c>descr-&gt;byteorder</c>: <c>'&lt;' '&gt;' '|' '='</c>.</summary>
        internal static char PyDataType_BYTEORDER(nint descr) => (char)*(byte*)(descr + DescrByteOrderOffset);

        /// <summary><c>descr-&gt;type_num</c>.</summary>
        internal static int PyDataType_TYPENUM(nint descr) => *(int*)(descr + DescrTypeNumOffset);

        /// <summary><c>PyDataType_FLAGS(descr)</c>: a char in 1.x, a 64-bit field in 2.x.</summary>
        internal static ulong PyDataType_FLAGS(nint descr)
        {
            AssertLoaded();
            return UsesNumPy2DescrLayout ? *(ulong*)(descr + Descr2FlagsOffset) : *(byte*)(descr + Descr1FlagsOffset);
        }

        /// <summary><c>PyDataType_ELSIZE(descr)</c>: the item size in bytes (int in 1.x, npy_intp in 2.x).</summary>
        internal static nint PyDataType_ELSIZE(nint descr)
        {
            AssertLoaded();
            return UsesNumPy2DescrLayout ? *(nint*)(descr + Descr2ElsizeOffset) : *(int*)(descr + Descr1ElsizeOffset);
        }

        /// <summary><c>PyDataType_ALIGNMENT(descr)</c> (int in 1.x, npy_intp in 2.x).</summary>
        internal static nint PyDataType_ALIGNMENT(nint descr)
        {
            AssertLoaded();
            return UsesNumPy2DescrLayout ? *(nint*)(descr + Descr2AlignmentOffset) : *(int*)(descr + Descr1AlignmentOffset);
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
            *(nint*)(arr + ArrayBaseOffset) = 0;
            PyArray_CLEARFLAGS(arr, NPY_ARRAY_WRITEBACKIFCOPY);
            Python.Py_DecRef(StolenReference.DangerousFromPointer(baseArray)); // the reference the base field held
        }

        /// <summary>Sets <c>descr-&gt;byteorder</c> of a descriptor made by <see cref="PyArray_DescrNew"/> (what <c>PyArray_DescrNewByteorder</c> does).</summary>
        internal static void SetDescrByteOrder(nint descr, char byteOrder) => *(byte*)(descr + DescrByteOrderOffset) = (byte)byteOrder;

        /// <summary>
        /// Sets the item size of a descriptor made by <see cref="PyArray_DescrNew"/> (for flexible types
        /// such as <c>'S'</c>/<c>'V'</c>), in the layout of the loaded NumPy.
        /// </summary>
        internal static void SetDescrElsize(nint descr, nint elsize)
        {
            AssertLoaded();
            if (UsesNumPy2DescrLayout)
            {
                *(nint*)(descr + Descr2ElsizeOffset) = elsize;
            }
            else
            {
                *(int*)(descr + Descr1ElsizeOffset) = checked((int)elsize);
            }
        }
    }
}
