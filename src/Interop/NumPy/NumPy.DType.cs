using System.Runtime.CompilerServices;

namespace ArrayBridge.Interop;

public static unsafe partial class NumPy
{
    // The dtypes of the type numbers ArrayBridge handles, in native and in swapped byte order, by type
    // number: DTypeOf reads a descriptor with one lookup.
    private static readonly (DType Native, DType Swapped)?[] s_dtypesByTypeNumber = BuildDTypeTable();

    /// <summary>
    /// The ArrayBridge dtype of a NumPy descriptor: the numeric type numbers (LONGLONG and ULONGLONG
    /// are the 64-bit integers too) and the byte order, where <c>'='</c> and <c>'|'</c> are native.
    /// </summary>
    /// <exception cref="NotSupportedException">Object, string, unicode, void, datetime, timedelta, long double and structured dtypes.</exception>
    internal static DType DTypeOf(nint descr)
    {
        int typeNum = NumPyC.PyDataType_TYPENUM(descr);
        (DType Native, DType Swapped)?[] table = s_dtypesByTypeNumber;
        if ((uint)typeNum >= (uint)table.Length || table[typeNum] is not { } dtypes || NumPyC.PyDataType_ELSIZE(descr) != dtypes.Native.ItemSize)
        {
            // An item size other than the type's (C long where it is 32 bits) is refused as well.
            return ThrowUnsupportedDType(descr, typeNum);
        }

        char order = NumPyC.PyDataType_BYTEORDER(descr);
        return order == (BitConverter.IsLittleEndian ? '>' : '<') ? dtypes.Swapped : dtypes.Native;
    }

    private static (DType Native, DType Swapped)?[] BuildDTypeTable()
    {
        var table = new (DType Native, DType Swapped)?[NumPyC.NPY_HALF + 1];
        ByteOrder swapped = BitConverter.IsLittleEndian ? ByteOrder.Big : ByteOrder.Little;
        foreach (DType dtype in DType.All)
        {
            table[dtype.NumPyTypeNumber] = (dtype, dtype.WithByteOrder(swapped));
        }

        // C long and long long are both 64 bits here; NumPy gives int64 the type number of long.
        table[NumPyC.NPY_LONGLONG] = table[NumPyC.NPY_LONG];
        table[NumPyC.NPY_ULONGLONG] = table[NumPyC.NPY_ULONG];
        return table;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static DType ThrowUnsupportedDType(nint descr, int typeNum) =>
        ThrowHelper.ThrowNotSupported<DType>($"NumPy dtype '{DescribeDescr(descr)}' (kind '{NumPyC.PyDataType_KIND(descr)}', type number {typeNum}) is not supported; ArrayBridge handles bool, int8-64, uint8-64, float16/32/64 and complex64/128.");

    // Descriptors by type number and byte order (native, swapped), made once per interpreter under
    // the GIL; each entry owns a reference for the interpreter's life. The builtin ones are
    // singletons anyway, and a swapped copy (PyArray_DescrNew) would otherwise be made per export.
    private static readonly nint[] s_descriptors = new nint[2 * (NumPyC.NPY_HALF + 1)];

    /// <summary>
    /// A new reference to the descriptor of <paramref name="dtype"/>: the builtin one, or a copy with the
    /// byte order set (<c>PyArray_DescrNewByteorder</c>); NULL with a Python error on failure. GIL held.
    /// </summary>
    internal static NewReference NewDescr(DType dtype)
    {
        int index = (2 * dtype.NumPyTypeNumber) + (dtype.IsNativeByteOrder ? 0 : 1);
        nint cached = s_descriptors[index];
        if (cached == 0)
        {
            using NewReference created = CreateDescr(dtype);
            if (created.IsNull)
            {
                return default;
            }

            // Making it may run Python code that lets another thread fill the entry first; then the
            // using releases this one.
            cached = s_descriptors[index];
            if (cached == 0)
            {
                cached = created.DangerousMoveToPointer();
                s_descriptors[index] = cached;
            }
        }

        return NewReference.IncRef(BorrowedReference.DangerousFromPointer(cached));
    }

    /// <summary>A new descriptor for <paramref name="dtype"/>: the builtin one, or a copy with the byte order set.</summary>
    private static NewReference CreateDescr(DType dtype)
    {
        NewReference descr = NumPyC.PyArray_DescrFromType(dtype.NumPyTypeNumber);
        if (descr.IsNull || dtype.IsNativeByteOrder)
        {
            return descr.Move();
        }

        using (NewReference builtin = descr.Move())
        {
            descr = NumPyC.PyArray_DescrNew(builtin);
        }

        if (!descr.IsNull)
        {
            NumPyC.SetDescrByteOrder(descr.DangerousGetAddress(), (char)dtype.ByteOrder);
        }

        return descr.Move();
    }

    private static string DescribeDescr(nint descr)
    {
        using NewReference text = CPython.PyObject_Str(BorrowedReference.DangerousFromPointer(descr));
        if (text.IsNull)
        {
            CPython.PyErr_Clear();
            return "?";
        }

        return PyConverter.ReadString(text);
    }
}
