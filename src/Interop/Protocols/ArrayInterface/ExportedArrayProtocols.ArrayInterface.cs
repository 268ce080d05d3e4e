using System.Runtime.InteropServices;

namespace ArrayBridge.Interop;

internal static unsafe partial class ExportedArrayProtocols
{
    private static readonly byte* KeyShape = Utf8Text.AllocPermanent("shape");
    private static readonly byte* KeyTypeStr = Utf8Text.AllocPermanent("typestr");
    private static readonly byte* KeyDescr = Utf8Text.AllocPermanent("descr");
    private static readonly byte* KeyData = Utf8Text.AllocPermanent("data");
    private static readonly byte* KeyStrides = Utf8Text.AllocPermanent("strides");
    private static readonly byte* KeyVersion = Utf8Text.AllocPermanent("version");

    /// <summary>
    /// The <c>__array_interface__</c> getter, as NumPy's <c>array_interface_get</c>: <c>shape</c>,
    /// <c>typestr</c>, <c>descr</c> (<c>[('', typestr)]</c>), <c>data</c> as <c>(address, read_only)</c>,
    /// <c>strides</c> (None exactly when C-contiguous) and <c>version</c> 3. The dict carries a bare
    /// address: consumers keep this object alive while they use it (NumPy makes it the base). More
    /// dimensions than the running NumPy supports raise <c>ValueError</c> with NumPy's message, since
    /// NumPy 1.x reads the shape into a fixed stack array without checking its length.
    /// </summary>
    [UnmanagedCallersOnly]
    private static nint GetArrayInterface(nint self, void* closure)
    {
        try
        {
            NDArray a = ArrayOf(self);
            if (NumPy.TooManyDimensions(a.NDim) is { } refusal)
            {
                PythonErrors.Set(CPython.PyExc_ValueError, refusal);
                return 0;
            }

            using NewReference dict = PyConverter.Check(CPython.PyDict_New());
            string typestr = a.DType.TypeStr;
            SetItem(dict, KeyShape, NewIntTuple(a.Shape).Steal());
            SetItem(dict, KeyTypeStr, PyConverter.FromString(typestr).Steal());
            SetItem(dict, KeyDescr, PyConverter.ToPython(new object?[] { ("", typestr) }).Steal());
            SetItem(dict, KeyData, Pair(
                PyConverter.Check(CPython.PyLong_FromVoidPtr((void*)a.DataPointer)).Steal(),
                NewReference.IncRef(a.IsWriteable ? CPython.Py_False : CPython.Py_True).Steal()).Steal());
            SetItem(dict, KeyStrides, (a.IsCContiguous ? NewReference.IncRef(CPython.Py_None) : NewIntTuple(a.Strides)).Steal());
            SetItem(dict, KeyVersion, PyConverter.Check(CPython.PyLong_FromLongLong(3)).Steal());
            return dict.DangerousMoveToPointer(); // the caller receives a new reference
        }
        catch (Exception e)
        {
            if (CPython.PyErr_Occurred().IsNull)
            {
                PythonErrors.SetFromException(e);
            }

            return 0;
        }
    }

    /// <summary>Sets <c>d[key] = value</c>, taking over <paramref name="value"/> (released also on failure).</summary>
    private static void SetItem(BorrowedReference dict, byte* key, StolenReference value)
    {
        using NewReference owned = NewReference.Take(value);
        if (CPython.PyDict_SetItemString(dict, key, owned) != 0)
        {
            throw PythonException.FetchCurrent();
        }
    }

    /// <summary>A new tuple of Python ints.</summary>
    internal static NewReference NewIntTuple(ReadOnlySpan<nint> values)
    {
        using NewReference tuple = PyConverter.Check(CPython.PyTuple_New(values.Length));
        for (int i = 0; i < values.Length; i++)
        {
            PyConverter.SetTupleItem(tuple, i, PyConverter.Check(CPython.PyLong_FromLongLong(values[i])).Steal());
        }

        return tuple.Move();
    }

    /// <summary>A new 2-tuple; takes over both items (released also on failure).</summary>
    private static NewReference Pair(StolenReference first, StolenReference second)
    {
        using NewReference a = NewReference.Take(first);
        using NewReference b = NewReference.Take(second);
        using NewReference tuple = PyConverter.Check(CPython.PyTuple_New(2));
        PyConverter.SetTupleItem(tuple, 0, a.Steal());
        PyConverter.SetTupleItem(tuple, 1, b.Steal());
        return tuple.Move();
    }
}
