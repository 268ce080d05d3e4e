namespace ArrayBridge.Interop;

public static unsafe partial class PythonArrays
{
    private static readonly byte* IfaceShape = Utf8Text.AllocPermanent("shape");
    private static readonly byte* IfaceTypeStr = Utf8Text.AllocPermanent("typestr");
    private static readonly byte* IfaceData = Utf8Text.AllocPermanent("data");
    private static readonly byte* IfaceStrides = Utf8Text.AllocPermanent("strides");
    private static readonly byte* IfaceOffset = Utf8Text.AllocPermanent("offset");
    private static readonly byte* IfaceMask = Utf8Text.AllocPermanent("mask");

    /// <summary>
    /// A zero-copy view of the memory an object describes with <c>__array_interface__</c> (version 3),
    /// as NumPy's <c>PyArray_FromInterface</c> reads it: <c>typestr</c> (required), <c>shape</c>
    /// (required, a tuple), <c>strides</c> (None or missing means C-contiguous), and <c>data</c> either
    /// as <c>(address, read_only)</c> or as an object exporting a buffer (None or missing: the object
    /// itself), read from <c>offset</c> bytes in. <c>descr</c> and <c>version</c> are not needed for the
    /// numeric types. The view keeps the object (and, in the buffer form, the acquired buffer, whose
    /// bounds are checked) alive until it and its views are disposed or collected.
    /// </summary>
    /// <exception cref="ArgumentException">The object has no <c>__array_interface__</c>, or it is not a dict, lacks <c>typestr</c> or <c>shape</c>, has strides whose length differs from the shape's, negative lengths, a bad <c>data</c> entry or a negative <c>offset</c>; or the layout leaves the buffer.</exception>
    /// <exception cref="NotSupportedException">The <c>typestr</c> is a NumPy type ArrayBridge does not support, or a mask is given.</exception>
    /// <exception cref="PythonException">Getting the attribute or the buffer raised.</exception>
    public static NDArray FromArrayInterface(PyObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        using GilScope gil = Python.Gil();
        if (!obj.TryGetAttr("__array_interface__", out PyObject? iface))
        {
            return ThrowHelper.ThrowArgument<NDArray>($"a Python '{obj.TypeName}' has no __array_interface__", nameof(obj));
        }

        using (iface)
        {
            return FromArrayInterface(obj, iface);
        }
    }

    /// <summary>The view an <c>__array_interface__</c> dict describes, for <paramref name="obj"/> that provided it. GIL held.</summary>
    private static NDArray FromArrayInterface(PyObject obj, PyObject iface)
    {
        BorrowedReference d = iface.Reference;
        if (!CPython.HasTypeFlag(d, CPython.Py_TPFLAGS_DICT_SUBCLASS))
        {
            ThrowHelper.ThrowArgument($"__array_interface__ must be a dict, not '{iface.TypeName}'", nameof(obj));
        }

        DType dtype = ReadTypeStr(d);
        nint[] shape = ReadIntTuple(d, IfaceShape, "shape", required: true)!;
        for (int i = 0; i < shape.Length; i++)
        {
            if (shape[i] < 0)
            {
                ThrowHelper.ThrowArgument($"__array_interface__ shape {Layout.Format(shape)} has a negative length", nameof(obj));
            }
        }

        nint[]? strides = ReadIntTuple(d, IfaceStrides, "strides", required: false);
        if (strides is not null && strides.Length != shape.Length)
        {
            ThrowHelper.ThrowArgument($"__array_interface__ strides {Layout.Format(strides)} has {strides.Length} entries but shape {Layout.Format(shape)} has {shape.Length}", nameof(obj));
        }

        strides ??= Layout.NewStrides(shape, dtype.ItemSize, fortran: false);
        BorrowedReference mask = CPython.PyDict_GetItemString(d, IfaceMask);
        if (!mask.IsNull && mask != CPython.Py_None)
        {
            ThrowHelper.ThrowNotSupported("__array_interface__ with a mask is not supported");
        }

        BorrowedReference data = CPython.PyDict_GetItemString(d, IfaceData);
        if (!data.IsNull && CPython.HasTypeFlag(data, CPython.Py_TPFLAGS_TUPLE_SUBCLASS))
        {
            (nint address, bool readOnly) = ReadDataTuple(data);
            var keeper = new PyObjectOwner(PyObject.Borrow(obj.Reference));
            try
            {
                return ViewOver((void*)address, dtype, shape, strides, !readOnly, keeper, "__array_interface__");
            }
            catch
            {
                keeper.Dispose();
                throw;
            }
        }

        return FromInterfaceBuffer(obj, d, data, dtype, shape, strides);
    }

    /// <summary>The buffer form: <c>data</c> is a buffer exporter (or None/missing: the object itself).</summary>
    private static NDArray FromInterfaceBuffer(PyObject obj, BorrowedReference d, BorrowedReference data, DType dtype, nint[] shape, nint[] strides)
    {
        nint offset = 0;
        BorrowedReference offsetObj = CPython.PyDict_GetItemString(d, IfaceOffset);
        if (!offsetObj.IsNull && offsetObj != CPython.Py_None)
        {
            offset = ReadInt(offsetObj, "offset");
            if (offset < 0)
            {
                ThrowHelper.ThrowArgument($"__array_interface__ offset {offset} is negative", nameof(obj));
            }
        }

        BorrowedReference exporter = data.IsNull || data == CPython.Py_None ? obj.Reference : data;

        // As NumPy: a writable simple buffer if the exporter gives one, else a read-only one.
        PythonBufferOwner? owner = PythonBufferOwner.TryAcquire(exporter, CPython.PyBUF_WRITABLE);
        bool writeable = owner is not null;
        if (owner is null)
        {
            CPython.PyErr_Clear();
            owner = PythonBufferOwner.TryAcquire(exporter, CPython.PyBUF_SIMPLE);
            if (owner is null)
            {
                PythonException error = PythonException.FetchCurrent();
                ThrowHelper.ThrowArgument($"__array_interface__ data must be a (address, read_only) tuple or an object with the buffer protocol; getting its buffer failed: {error.Message}", nameof(obj), error);
            }
        }

        owner.KeepAlive(PyObject.Borrow(obj.Reference));
        try
        {
            CPython.Py_buffer* view = owner.View;
            (nint low, nint high) = ImportedLayout.Reach(shape, strides, dtype.ItemSize, "__array_interface__");
            ImportedLayout.CheckInBuffer(offset, view->len, low, high, shape, strides, "__array_interface__");
            return NDArray.FromPointer(view->buf, view->len, offset, dtype, shape, strides, writeable, owner);
        }
        catch
        {
            owner.Dispose();
            throw;
        }
    }

    private static DType ReadTypeStr(BorrowedReference d)
    {
        BorrowedReference typestr = CPython.PyDict_GetItemString(d, IfaceTypeStr);
        if (typestr.IsNull)
        {
            ThrowHelper.ThrowArgument("__array_interface__ has no 'typestr'", "obj");
        }

        if (!CPython.HasTypeFlag(typestr, CPython.Py_TPFLAGS_UNICODE_SUBCLASS))
        {
            ThrowHelper.ThrowArgument($"__array_interface__ typestr must be a str, not '{PyConverter.TypeName(typestr)}'", "obj");
        }

        string text = PyConverter.ReadString(typestr);
        try
        {
            return DType.Parse(text);
        }
        catch (FormatException e)
        {
            return ThrowHelper.ThrowArgument<DType>($"__array_interface__ typestr '{text}' is not a type string", "obj", e);
        }
    }

    /// <summary>A tuple of ints from the dict, or null when missing/None and not required.</summary>
    private static nint[]? ReadIntTuple(BorrowedReference d, byte* key, string name, bool required)
    {
        BorrowedReference value = CPython.PyDict_GetItemString(d, key);
        if (value.IsNull || (!required && value == CPython.Py_None))
        {
            return required ? ThrowHelper.ThrowArgument<nint[]>($"__array_interface__ has no '{name}'", "obj") : null;
        }

        if (!CPython.HasTypeFlag(value, CPython.Py_TPFLAGS_TUPLE_SUBCLASS))
        {
            ThrowHelper.ThrowArgument($"__array_interface__ {name} must be a tuple, not '{PyConverter.TypeName(value)}'", "obj");
        }

        nint n = CPython.PyTuple_Size(value);
        if (n > NDArray.MaxDimensions)
        {
            ThrowHelper.ThrowArgument($"__array_interface__ {name} has {n} entries; ArrayBridge supports up to {NDArray.MaxDimensions} dimensions", "obj");
        }

        var result = new nint[n];
        for (int i = 0; i < n; i++)
        {
            result[i] = ReadInt(CPython.PyTuple_GetItem(value, i), name);
        }

        return result;
    }

    private static nint ReadInt(BorrowedReference value, string name)
    {
        try
        {
            return PyConverter.FromPython<nint>(value);
        }
        catch (Exception e) when (e is InvalidCastException or OverflowException)
        {
            return ThrowHelper.ThrowArgument<nint>($"__array_interface__ {name} must hold integers: {e.Message}", "obj", e);
        }
    }

    private static (nint Address, bool ReadOnly) ReadDataTuple(BorrowedReference data)
    {
        if (CPython.PyTuple_Size(data) != 2)
        {
            ThrowHelper.ThrowArgument("__array_interface__ data must be a 2-tuple (address, read_only)", "obj");
        }

        BorrowedReference first = CPython.PyTuple_GetItem(data, 0);
        if (!CPython.HasTypeFlag(first, CPython.Py_TPFLAGS_LONG_SUBCLASS))
        {
            ThrowHelper.ThrowArgument($"the first element of __array_interface__ data must be an integer address, not '{PyConverter.TypeName(first)}'", "obj");
        }

        void* address = CPython.PyLong_AsVoidPtr(first);
        if (address == null && !CPython.PyErr_Occurred().IsNull)
        {
            PythonException error = PythonException.FetchCurrent();
            ThrowHelper.ThrowArgument($"__array_interface__ data address is not a pointer: {error.Message}", "obj", error);
        }

        int readOnly = CPython.PyObject_IsTrue(CPython.PyTuple_GetItem(data, 1));
        if (readOnly < 0)
        {
            throw PythonException.FetchCurrent();
        }

        return ((nint)address, readOnly == 1);
    }
}
