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

    // Descriptors by type number and byte order (native, swapped), made once per interpreter under
    // the GIL and kept for its life: the builtin ones are singletons anyway, and a swapped copy
    // (PyArray_DescrNew) would otherwise be allocated per export.
    private static readonly nint[] s_descriptors = new nint[2 * (NumPyC.NPY_HALF + 1)];

    /// <summary>
    /// A new reference to the descriptor of <paramref name="dtype"/>: the builtin one, or a copy with the
    /// byte order set (<c>PyArray_DescrNewByteorder</c>); 0 with a Python error on failure. GIL held.
    /// </summary>
    internal static nint NewDescr(DType dtype)
    {
        int index = (2 * dtype.NumPyTypeNumber) + (dtype.IsNativeByteOrder ? 0 : 1);
        nint descr = s_descriptors[index];
        if (descr == 0)
        {
            descr = CreateDescr(dtype);
            if (descr == 0)
            {
                return 0;
            }

            if (s_descriptors[index] is var raced and not 0)
            {
                // Allocating may run Python code that lets another thread fill the entry first.
                CPython.Py_DecRef(descr);
                descr = raced;
            }
            else
            {
                s_descriptors[index] = descr; // the cache's reference
            }
        }

        CPython.Py_IncRef(descr);
        return descr;
    }

    private static nint CreateDescr(DType dtype)
    {
        nint descr = NumPyC.PyArray_DescrFromType(dtype.NumPyTypeNumber);
        if (descr == 0 || dtype.IsNativeByteOrder)
        {
            return descr;
        }

        nint swapped = NumPyC.PyArray_DescrNew(descr);
        CPython.Py_DecRef(descr);
        if (swapped != 0)
        {
            NumPyC.SetDescrByteOrder(swapped, (char)dtype.ByteOrder);
        }

        return swapped;
    }

    private static string DescribeDescr(nint descr)
    {
        nint s = CPython.PyObject_Str(descr);
        if (s == 0)
        {
            CPython.PyErr_Clear();
            return "?";
        }

        using PyObject text = PyObject.Steal(s);
        return text.ToString();
    }
}
