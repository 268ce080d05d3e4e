namespace ArrayBridge.Interop;

public static unsafe partial class NumPy
{
    /// <summary>
    /// The ArrayBridge dtype of a NumPy descriptor: the numeric type numbers (LONGLONG and ULONGLONG
    /// are the 64-bit integers too) and the byte order, where <c>'='</c> and <c>'|'</c> are native.
    /// </summary>
    /// <exception cref="NotSupportedException">Object, string, unicode, void, datetime, timedelta, long double and structured dtypes.</exception>
    internal static DType DTypeOf(nint descr)
    {
        int typeNum = NumPyC.PyDataType_TYPENUM(descr);
        ScalarType? type = typeNum switch
        {
            NumPyC.NPY_BOOL => ScalarType.Bool,
            NumPyC.NPY_BYTE => ScalarType.Int8,
            NumPyC.NPY_UBYTE => ScalarType.UInt8,
            NumPyC.NPY_SHORT => ScalarType.Int16,
            NumPyC.NPY_USHORT => ScalarType.UInt16,
            NumPyC.NPY_INT => ScalarType.Int32,
            NumPyC.NPY_UINT => ScalarType.UInt32,
            NumPyC.NPY_LONG or NumPyC.NPY_LONGLONG => ScalarType.Int64,
            NumPyC.NPY_ULONG or NumPyC.NPY_ULONGLONG => ScalarType.UInt64,
            NumPyC.NPY_HALF => ScalarType.Float16,
            NumPyC.NPY_FLOAT => ScalarType.Float32,
            NumPyC.NPY_DOUBLE => ScalarType.Float64,
            NumPyC.NPY_CFLOAT => ScalarType.Complex64,
            NumPyC.NPY_CDOUBLE => ScalarType.Complex128,
            _ => null,
        };
        if (type is null || NumPyC.PyDataType_ELSIZE(descr) != DType.Create(type.Value).ItemSize)
        {
            string name = DescribeDescr(descr);
            ThrowHelper.ThrowNotSupported($"NumPy dtype '{name}' (kind '{NumPyC.PyDataType_KIND(descr)}', type number {typeNum}) is not supported; ArrayBridge handles bool, int8-64, uint8-64, float16/32/64 and complex64/128.");
        }

        ByteOrder order = NumPyC.PyDataType_BYTEORDER(descr) switch
        {
            '<' => ByteOrder.Little,
            '>' => ByteOrder.Big,
            _ => ByteOrder.Native,
        };
        return DType.Create(type!.Value, order);
    }

    /// <summary>A new descriptor for <paramref name="dtype"/>: the builtin one, or a copy with the byte order set (<c>PyArray_DescrNewByteorder</c>).</summary>
    internal static NewReference NewDescr(DType dtype)
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
