namespace ArrayBridge.Interop;

/// <summary>
/// The zero-copy bridge between <see cref="NDArray"/> and NumPy: <see cref="ToNumPy"/> hands an
/// array to NumPy over the same memory, <see cref="FromNumPy"/> takes a NumPy array back as a view,
/// and <see cref="FromAny(object?, DType?, ArrayFlags)"/> is <c>PyArray_FromAny</c>. Every call takes
/// the GIL itself and costs the same at any array size.
/// </summary>
public static unsafe partial class NumPy
{
    /// <summary>
    /// A NumPy array over the same memory as <paramref name="array"/>, with its shape, strides (negative
    /// and zero too), dtype and byte order (<c>PyArray_NewFromDescr</c> with the data pointer). Its
    /// <c>base</c> is an <c>arraybridge.ExportedArray</c> holding a view of <paramref name="array"/>
    /// (<c>PyArray_SetBaseObject</c>), so the memory stays alive while NumPy uses it, whatever happens
    /// to <paramref name="array"/>, and is released exactly once when NumPy drops it. A read-only
    /// array gives a read-only NumPy array.
    /// </summary>
    /// <exception cref="ArgumentException">The array has more dimensions than the running NumPy supports (32 in NumPy 1.x).</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed, or Python was shut down.</exception>
    /// <exception cref="PythonException">NumPy cannot be imported or refused the array.</exception>
    public static PyObject ToNumPy(NDArray array)
    {
        ArgumentNullException.ThrowIfNull(array);
        using GilScope gil = Python.Gil();
        NumPyApi.EnsureLoaded();
        if (TooManyDimensions(array.NDim) is { } refusal)
        {
            ThrowHelper.ThrowArgument(refusal, nameof(array));
        }

        NDArray view = array.ShareView(); // its own hold on the memory, for as long as NumPy needs it
        return PyObject.Steal(NewArrayOver(view));
    }

    /// <summary>
    /// A view of the NumPy array <paramref name="array"/>'s memory, in any layout (F order, negative
    /// strides, 0-d, empty, non-native byte order, read-only), with its shape, strides, dtype and
    /// WRITEABLE flag. The view holds a reference to the NumPy array and releases it when the view (and
    /// every view of it) is disposed or collected. When the memory is an NDArray's that
    /// <see cref="ToNumPy"/> (or <see cref="PythonArrays.Export"/>) handed to NumPy, the view is over
    /// that NDArray's memory directly and holds no Python reference: a round trip collapses.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="array"/> is not a <c>numpy.ndarray</c>.</exception>
    /// <exception cref="NotSupportedException">The dtype is not numeric (object, string, datetime, structured, ...).</exception>
    public static NDArray FromNumPy(PyObject array)
    {
        ArgumentNullException.ThrowIfNull(array);
        using GilScope gil = Python.Gil();
        NumPyApi.EnsureLoaded();
        nint handle = array.Handle;
        if (!NumPyC.PyArray_Check(handle))
        {
            ThrowHelper.ThrowArgument($"expected a numpy.ndarray, got '{array.TypeName}'", nameof(array));
        }

        NDArray view = ViewOf(handle);
        GC.KeepAlive(array);
        return view;
    }

    /// <summary>A typed view of a NumPy array whose dtype is <typeparamref name="T"/> in native order.</summary>
    /// <exception cref="InvalidCastException">The dtype differs from <typeparamref name="T"/> or is byte-swapped.</exception>
    /// <inheritdoc cref="FromNumPy(PyObject)"/>
    public static NDArray<T> FromNumPy<T>(PyObject array) where T : unmanaged
    {
        NDArray view = FromNumPy(array);
        if (view is NDArray<T> typed)
        {
            return typed;
        }

        view.Dispose();
        throw new InvalidCastException($"the NumPy array's dtype is {view.DType.TypeStr}, not {typeof(T).Name} in native order");
    }

    /// <summary>Whether <paramref name="obj"/> is a <c>numpy.ndarray</c> (or subclass).</summary>
    public static bool IsNumPyArray(PyObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        using GilScope gil = Python.Gil();
        NumPyApi.EnsureLoaded();
        return NumPyC.PyArray_Check(obj.Handle);
    }

    /// <summary>
    /// A new NumPy array over <paramref name="view"/>'s memory whose base owns <paramref name="view"/>
    /// (disposed when NumPy releases it, or here on failure). GIL held.
    /// </summary>
    private static nint NewArrayOver(NDArray view)
    {
        nint owner = ExportedArrayType.New(view);
        nint descr = NewDescr(view.DType);
        if (descr == 0)
        {
            CPython.Py_DecRef(owner);
            throw PythonException.FetchCurrent();
        }

        nint result;
        fixed (nint* dims = view.Shape)
        fixed (nint* strides = view.Strides)
        {
            // Strides NumPy would compute itself are left to it (NULL), which skips its flag update;
            // both ways the array gets exactly the view's strides. NewFromDescr steals descr.
            bool fresh = HasFreshCStrides(view);
            int flags = (view.IsWriteable ? NumPyC.NPY_ARRAY_WRITEABLE : 0) | (fresh ? NumPyC.NPY_ARRAY_C_CONTIGUOUS : 0);
            result = NumPyC.PyArray_NewFromDescr(NumPyC.PyArray_Type, descr, view.NDim, dims, fresh ? null : strides, (void*)view.DataPointer, flags, 0);
        }

        if (result == 0)
        {
            CPython.Py_DecRef(owner);
            throw PythonException.FetchCurrent();
        }

        // SetBaseObject steals the owner reference, also when it fails.
        if (NumPyC.PyArray_SetBaseObject(result, owner) < 0)
        {
            CPython.Py_DecRef(result);
            throw PythonException.FetchCurrent();
        }

        return result;
    }

    /// <summary>
    /// Whether the strides are exactly those NumPy gives a new C-order array of this shape, so that
    /// NULL strides reproduce them; a contiguous array may differ on length-1 axes, and an empty one
    /// may have zero strides.
    /// </summary>
    private static bool HasFreshCStrides(NDArray view)
    {
        ReadOnlySpan<nint> shape = view.Shape, strides = view.Strides;
        nint expected = view.ItemSize;
        for (int i = shape.Length - 1; i >= 0; i--)
        {
            if (strides[i] != expected)
            {
                return false;
            }

            if (shape[i] != 0)
            {
                expected *= shape[i];
            }
        }

        return true;
    }

    /// <summary>
    /// A new NDArray over a NumPy array's memory. GIL held, type checked. An array whose memory is an
    /// <c>arraybridge.ExportedArray</c>'s gets a view of that NDArray's memory; any other holds a
    /// reference to the NumPy array (<see cref="NumPyArrayMemory"/>).
    /// </summary>
    internal static NDArray ViewOf(nint handle)
    {
        DType dtype = DTypeOf(NumPyC.PyArray_DESCR(handle));
        int nd = NumPyC.PyArray_NDIM(handle);
        nint[] shape = nd == 0 ? [] : new nint[nd];
        nint[] strides = nd == 0 ? [] : new nint[nd];
        new ReadOnlySpan<nint>(NumPyC.PyArray_DIMS(handle), nd).CopyTo(shape);
        new ReadOnlySpan<nint>(NumPyC.PyArray_STRIDES(handle), nd).CopyTo(strides);
        int flags = NumPyC.PyArray_FLAGS(handle);
        byte* data = (byte*)NumPyC.PyArray_DATA(handle);
        if (!Layout.TryGetExtent(shape, strides, dtype.ItemSize, out nint low, out nint high))
        {
            ThrowHelper.ThrowArgument("the NumPy array's strides reach further than the address space", "array");
        }

        bool writeable = (flags & NumPyC.NPY_ARRAY_WRITEABLE) != 0;
        if (ExportedViewOf(handle) is { } exported && exported.Memory.Contains(data + low, data + high))
        {
            return ViewOfExported(exported, data, shape, strides, dtype, writeable);
        }

        var memory = new NumPyArrayMemory(handle, data + low, high - low, writeable);
        NDArray view = CreateOver(memory, data, shape, strides, dtype, writeable, @base: null);
        if ((flags & NumPyC.NPY_ARRAY_WRITEBACKIFCOPY) != 0)
        {
            view.SetExternalWriteback(writeBack => ResolveWriteback(memory, writeBack));
        }

        return view;
    }

    /// <summary>
    /// The view an <c>arraybridge.ExportedArray</c> holds when it owns this NumPy array's memory: the
    /// end of the array's base chain (NumPy stops collapsing a chain at a change of type, so a view of
    /// an exported array has the exported NumPy array as its base), reached through views only, since
    /// an array with OWNDATA (a copy, or a WRITEBACKIFCOPY array) has memory of its own. GIL held.
    /// </summary>
    private static NDArray? ExportedViewOf(nint handle)
    {
        for (nint a = handle; ;)
        {
            if ((NumPyC.PyArray_FLAGS(a) & NumPyC.NPY_ARRAY_OWNDATA) != 0)
            {
                return null;
            }

            nint b = NumPyC.PyArray_BASE(a);
            if (b == 0)
            {
                return null;
            }

            if (!NumPyC.PyArray_Check(b))
            {
                return ExportedArrayType.Get(b);
            }

            a = b;
        }
    }

    /// <summary>
    /// A view over an exported NDArray's memory with the NumPy array's layout. It holds the .NET memory,
    /// not the NumPy array. A read-only NumPy array gives a view that can never be made writeable, as
    /// the view over a read-only NumPy array's memory is: its memory is a read-only window onto the
    /// same bytes, owned by a view of the exported array.
    /// </summary>
    private static NDArray ViewOfExported(NDArray exported, byte* data, nint[] shape, nint[] strides, DType dtype, bool writeable)
    {
        ArrayMemory memory = exported.Memory;
        if (writeable && memory.IsWriteable)
        {
            return CreateOver(memory, data, shape, strides, dtype, writeable: true, exported.Base ?? exported);
        }

        NDArray hold = exported.ShareView();
        return CreateOver(new ExternalArrayMemory(memory.Start, memory.Length, writeable: false, hold), data, shape, strides, dtype, writeable: false, @base: null);
    }

    /// <summary>An NDArray over <paramref name="memory"/>; a memory nothing came to hold is released at once on failure.</summary>
    private static NDArray CreateOver(ArrayMemory memory, byte* data, nint[] shape, nint[] strides, DType dtype, bool writeable, NDArray? @base)
    {
        try
        {
            return NDArray.Create(memory, data, shape, strides, dtype, writeable ? ArrayFlags.Writeable : 0, @base);
        }
        catch
        {
            if (@base is null)
            {
                memory.AddHolder();
                memory.RemoveHolder();
            }

            throw;
        }
    }

    /// <summary>
    /// Resolves (or discards) a NumPy array's WRITEBACKIFCOPY: <c>PyArray_ResolveWritebackIfCopy</c>
    /// copies the data back into the array it was copied from and makes that writeable again.
    /// </summary>
    private static int ResolveWriteback(NumPyArrayMemory memory, bool writeBack)
    {
        using GilScope gil = Python.Gil();
        nint handle = memory.Array;
        if (handle == 0)
        {
            return 0;
        }

        if (!writeBack)
        {
            NumPyC.DiscardWritebackIfCopy(handle);
            return 0;
        }

        int result = NumPyC.PyArray_ResolveWritebackIfCopy(handle);
        if (result < 0)
        {
            throw PythonException.FetchCurrent();
        }

        return result;
    }
}
