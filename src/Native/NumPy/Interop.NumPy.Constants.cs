namespace ArrayBridge.Native;

internal static unsafe partial class Interop
{
    internal static unsafe partial class NumPy
    {
        // ---- Versions ----

        /// <summary><c>NPY_ABI_VERSION</c> of NumPy 1.x.</summary>
        internal const uint NPY_ABI_VERSION_1 = 0x01000009;

        /// <summary><c>NPY_ABI_VERSION</c> of NumPy 2.x.</summary>
        internal const uint NPY_ABI_VERSION_2 = 0x02000000;

        /// <summary>C-API feature version of NumPy 1.14, which added <c>PyArray_ResolveWritebackIfCopy</c>.</summary>
        internal const uint NPY_1_14_FEATURE_VERSION = 0x0000000C;

        /// <summary>C-API feature version of NumPy 1.23 and 1.24.</summary>
        internal const uint NPY_1_23_FEATURE_VERSION = 0x00000010;

        /// <summary>C-API feature version of NumPy 2.0, which changed the descriptor layout.</summary>
        internal const uint NPY_2_0_FEATURE_VERSION = 0x00000012;

        /// <summary><c>NPY_MAXDIMS</c> of NumPy 1.x: the most dimensions an array may have.</summary>
        internal const int NPY_MAXDIMS_1 = 32;

        /// <summary><c>NPY_MAXDIMS</c> of NumPy 2.x.</summary>
        internal const int NPY_MAXDIMS_2 = 64;

        /// <summary><c>NPY_CPU_UNKNOWN_ENDIAN</c>.</summary>
        internal const int NPY_CPU_UNKNOWN_ENDIAN = 0;

        /// <summary><c>NPY_CPU_LITTLE</c>.</summary>
        internal const int NPY_CPU_LITTLE = 1;

        /// <summary><c>NPY_CPU_BIG</c>.</summary>
        internal const int NPY_CPU_BIG = 2;

        // ---- Array flags ----

        /// <summary><c>NPY_ARRAY_C_CONTIGUOUS</c>.</summary>
        internal const int NPY_ARRAY_C_CONTIGUOUS = 0x0001;

        /// <summary><c>NPY_ARRAY_F_CONTIGUOUS</c>.</summary>
        internal const int NPY_ARRAY_F_CONTIGUOUS = 0x0002;

        /// <summary><c>NPY_ARRAY_OWNDATA</c>.</summary>
        internal const int NPY_ARRAY_OWNDATA = 0x0004;

        /// <summary><c>NPY_ARRAY_FORCECAST</c>.</summary>
        internal const int NPY_ARRAY_FORCECAST = 0x0010;

        /// <summary><c>NPY_ARRAY_ENSURECOPY</c>.</summary>
        internal const int NPY_ARRAY_ENSURECOPY = 0x0020;

        /// <summary><c>NPY_ARRAY_ENSUREARRAY</c>.</summary>
        internal const int NPY_ARRAY_ENSUREARRAY = 0x0040;

        /// <summary><c>NPY_ARRAY_ELEMENTSTRIDES</c>.</summary>
        internal const int NPY_ARRAY_ELEMENTSTRIDES = 0x0080;

        /// <summary><c>NPY_ARRAY_ALIGNED</c>.</summary>
        internal const int NPY_ARRAY_ALIGNED = 0x0100;

        /// <summary><c>NPY_ARRAY_NOTSWAPPED</c>.</summary>
        internal const int NPY_ARRAY_NOTSWAPPED = 0x0200;

        /// <summary><c>NPY_ARRAY_WRITEABLE</c>.</summary>
        internal const int NPY_ARRAY_WRITEABLE = 0x0400;

        /// <summary><c>NPY_ARRAY_WRITEBACKIFCOPY</c>.</summary>
        internal const int NPY_ARRAY_WRITEBACKIFCOPY = 0x2000;

        /// <summary><c>NPY_ARRAY_ENSURENOCOPY</c>.</summary>
        internal const int NPY_ARRAY_ENSURENOCOPY = 0x4000;

        /// <summary><c>NPY_ARRAY_BEHAVED</c> = ALIGNED | WRITEABLE.</summary>
        internal const int NPY_ARRAY_BEHAVED = NPY_ARRAY_ALIGNED | NPY_ARRAY_WRITEABLE;

        /// <summary><c>NPY_ARRAY_CARRAY</c> = C_CONTIGUOUS | BEHAVED.</summary>
        internal const int NPY_ARRAY_CARRAY = NPY_ARRAY_C_CONTIGUOUS | NPY_ARRAY_BEHAVED;

        /// <summary><c>NPY_ARRAY_FARRAY</c> = F_CONTIGUOUS | BEHAVED.</summary>
        internal const int NPY_ARRAY_FARRAY = NPY_ARRAY_F_CONTIGUOUS | NPY_ARRAY_BEHAVED;

        /// <summary><c>NPY_ARRAY_UPDATE_ALL</c> = C_CONTIGUOUS | F_CONTIGUOUS | ALIGNED, the flags NumPy recomputes from the layout.</summary>
        internal const int NPY_ARRAY_UPDATE_ALL = NPY_ARRAY_C_CONTIGUOUS | NPY_ARRAY_F_CONTIGUOUS | NPY_ARRAY_ALIGNED;

        // ---- NPY_ORDER ----

        /// <summary><c>NPY_ANYORDER</c>.</summary>
        internal const int NPY_ANYORDER = -1;

        /// <summary><c>NPY_CORDER</c>.</summary>
        internal const int NPY_CORDER = 0;

        /// <summary><c>NPY_FORTRANORDER</c>.</summary>
        internal const int NPY_FORTRANORDER = 1;

        /// <summary><c>NPY_KEEPORDER</c>.</summary>
        internal const int NPY_KEEPORDER = 2;

        // ---- Type numbers (enum NPY_TYPES) ----

        /// <summary><c>NPY_BOOL</c>.</summary>
        internal const int NPY_BOOL = 0;

        /// <summary><c>NPY_BYTE</c> (int8).</summary>
        internal const int NPY_BYTE = 1;

        /// <summary><c>NPY_UBYTE</c> (uint8).</summary>
        internal const int NPY_UBYTE = 2;

        /// <summary><c>NPY_SHORT</c> (int16).</summary>
        internal const int NPY_SHORT = 3;

        /// <summary><c>NPY_USHORT</c> (uint16).</summary>
        internal const int NPY_USHORT = 4;

        /// <summary><c>NPY_INT</c> (int32).</summary>
        internal const int NPY_INT = 5;

        /// <summary><c>NPY_UINT</c> (uint32).</summary>
        internal const int NPY_UINT = 6;

        /// <summary><c>NPY_LONG</c> (C long: int64 on LP64).</summary>
        internal const int NPY_LONG = 7;

        /// <summary><c>NPY_ULONG</c>.</summary>
        internal const int NPY_ULONG = 8;

        /// <summary><c>NPY_LONGLONG</c> (int64).</summary>
        internal const int NPY_LONGLONG = 9;

        /// <summary><c>NPY_ULONGLONG</c> (uint64).</summary>
        internal const int NPY_ULONGLONG = 10;

        /// <summary><c>NPY_FLOAT</c> (float32).</summary>
        internal const int NPY_FLOAT = 11;

        /// <summary><c>NPY_DOUBLE</c> (float64).</summary>
        internal const int NPY_DOUBLE = 12;

        /// <summary><c>NPY_LONGDOUBLE</c>.</summary>
        internal const int NPY_LONGDOUBLE = 13;

        /// <summary><c>NPY_CFLOAT</c> (complex64).</summary>
        internal const int NPY_CFLOAT = 14;

        /// <summary><c>NPY_CDOUBLE</c> (complex128).</summary>
        internal const int NPY_CDOUBLE = 15;

        /// <summary><c>NPY_CLONGDOUBLE</c>.</summary>
        internal const int NPY_CLONGDOUBLE = 16;

        /// <summary><c>NPY_OBJECT</c>.</summary>
        internal const int NPY_OBJECT = 17;

        /// <summary><c>NPY_STRING</c> (bytes, <c>'S'</c>).</summary>
        internal const int NPY_STRING = 18;

        /// <summary><c>NPY_UNICODE</c> (<c>'U'</c>).</summary>
        internal const int NPY_UNICODE = 19;

        /// <summary><c>NPY_VOID</c>.</summary>
        internal const int NPY_VOID = 20;

        /// <summary><c>NPY_DATETIME</c>.</summary>
        internal const int NPY_DATETIME = 21;

        /// <summary><c>NPY_TIMEDELTA</c>.</summary>
        internal const int NPY_TIMEDELTA = 22;

        /// <summary><c>NPY_HALF</c> (float16).</summary>
        internal const int NPY_HALF = 23;
    }
}
