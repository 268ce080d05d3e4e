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
        nint dict = 0;
        try
        {
            NDArray a = ArrayOf(self);
            if (NumPy.TooManyDimensions(a.NDim) is { } refusal)
            {
                PythonErrors.Set(CPython.PyExc_ValueError, refusal);
                return 0;
            }

            dict = PyConverter.Check(CPython.PyDict_New());
            string typestr = a.DType.TypeStr;
            SetItem(dict, KeyShape, NewIntTuple(a.Shape));
            SetItem(dict, KeyTypeStr, PyConverter.FromString(typestr));
            SetItem(dict, KeyDescr, PyConverter.ToPython(new object?[] { ("", typestr) }));
            nint address = PyConverter.Check(CPython.PyLong_FromVoidPtr((void*)a.DataPointer));
            nint readOnly = PyConverter.NewReference(a.IsWriteable ? CPython.Py_False : CPython.Py_True);
            SetItem(dict, KeyData, Pair(address, readOnly));
            SetItem(dict, KeyStrides, a.IsCContiguous ? PyConverter.NewReference(CPython.Py_None) : NewIntTuple(a.Strides));
            SetItem(dict, KeyVersion, PyConverter.Check(CPython.PyLong_FromLongLong(3)));
            return dict;
        }
        catch (Exception e)
        {
            CPython.Py_DecRef(dict);
            if (CPython.PyErr_Occurred() == 0)
            {
                PythonErrors.SetFromException(e);
            }

            return 0;
        }
    }

    /// <summary>Sets <c>d[key] = value</c> and releases <paramref name="value"/> (a new reference).</summary>
    private static void SetItem(nint dict, byte* key, nint value)
    {
        int rc = CPython.PyDict_SetItemString(dict, key, value);
        CPython.Py_DecRef(value);
        if (rc != 0)
        {
            throw PythonException.FetchCurrent();
        }
    }

    /// <summary>A new tuple of Python ints.</summary>
    internal static nint NewIntTuple(ReadOnlySpan<nint> values)
    {
        nint tuple = PyConverter.Check(CPython.PyTuple_New(values.Length));
        for (int i = 0; i < values.Length; i++)
        {
            nint item = CPython.PyLong_FromLongLong(values[i]);
            if (item == 0 || CPython.PyTuple_SetItem(tuple, i, item) != 0)
            {
                CPython.Py_DecRef(tuple);
                throw PythonException.FetchCurrent();
            }
        }

        return tuple;
    }

    /// <summary>A new 2-tuple; steals both items.</summary>
    private static nint Pair(nint first, nint second)
    {
        nint tuple = CPython.PyTuple_New(2);
        if (tuple == 0)
        {
            CPython.Py_DecRef(first);
            CPython.Py_DecRef(second);
            throw PythonException.FetchCurrent();
        }

        CPython.PyTuple_SetItem(tuple, 0, first);
        CPython.PyTuple_SetItem(tuple, 1, second);
        return tuple;
    }
}
