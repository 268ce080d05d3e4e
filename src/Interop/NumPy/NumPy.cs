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
    /// and zero too), dtype and byte order: <c>PyArray_SimpleNewFromData</c> for the C-contiguous,
    /// native, writeable case and <c>PyArray_NewFromDescr</c> otherwise. Its <c>base</c> is an
    /// <c>arraybridge.ExportedArray</c> holding a view of <paramref name="array"/>
    /// (<c>PyArray_SetBaseObject</c>), so the memory stays alive while NumPy uses it, whatever happens
    /// to <paramref name="array"/>, and is released exactly once when NumPy drops it. A read-only
    /// array gives a read-only NumPy array.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The array was disposed, or Python was shut down.</exception>
    /// <exception cref="PythonException">NumPy cannot be imported or refused the array.</exception>
    public static PyObject ToNumPy(NDArray array)
    {
        ArgumentNullException.ThrowIfNull(array);
        using GilScope gil = Python.Gil();
        NumPyApi.EnsureLoaded();
        NDArray view = array.ShareView(); // its own hold on the memory, for as long as NumPy needs it
        using NewReference owner = ExportedArrayType.New(view);
        using NewReference result = NewArrayOver(view);
        result.ThrowIfNull();

        // SetBaseObject steals the owner reference, also when it fails.
        if (NumPyC.PyArray_SetBaseObject(result, owner.Steal()) < 0)
        {
            throw PythonException.FetchCurrent();
        }

        return PyObject.Steal(result.Steal());
    }

    /// <summary>
    /// A view of the NumPy array <paramref name="array"/>'s memory, in any layout (F order, negative
    /// strides, 0-d, empty, non-native byte order, read-only). The view holds a reference to the
    /// NumPy array and releases it when the view (and every view of it) is disposed or collected.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="array"/> is not a <c>numpy.ndarray</c>.</exception>
    /// <exception cref="NotSupportedException">The dtype is not numeric (object, string, datetime, structured, ...).</exception>
    public static NDArray FromNumPy(PyObject array)
    {
        ArgumentNullException.ThrowIfNull(array);
        using GilScope gil = Python.Gil();
        NumPyApi.EnsureLoaded();
        BorrowedReference reference = array.Reference;
        if (!NumPyC.PyArray_Check(reference))
        {
            ThrowHelper.ThrowArgument($"expected a numpy.ndarray, got '{array.TypeName}'", nameof(array));
        }

        return ViewOf(reference);
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
        return NumPyC.PyArray_Check(obj.Reference);
    }

    /// <summary>Builds the NumPy array over <paramref name="view"/>'s memory; NULL with a Python error on failure.</summary>
    private static NewReference NewArrayOver(NDArray view)
    {
        int nd = view.NDim;
        nint* dims = stackalloc nint[Math.Max(nd, 1)];
        nint* strides = stackalloc nint[Math.Max(nd, 1)];
        for (int i = 0; i < nd; i++)
        {
            dims[i] = view.Shape[i];
            strides[i] = view.Strides[i];
        }

        void* data = (void*)view.DataPointer;
        if (view.IsCContiguous && view.DType.IsNativeByteOrder && view.IsWriteable && HasFreshCStrides(view))
        {
            return NumPyC.PyArray_SimpleNewFromData(nd, dims, view.DType.NumPyTypeNumber, data);
        }

        using NewReference descr = NewDescr(view.DType);
        if (descr.IsNull)
        {
            return default;
        }

        int flags = view.IsWriteable ? NumPyC.NPY_ARRAY_WRITEABLE : 0;
        // NewFromDescr steals the descr reference.
        return NumPyC.PyArray_NewFromDescr(NumPyC.PyArray_Type, descr.Steal(), nd, dims, strides, data, flags, BorrowedReference.Null);
    }

    /// <summary>
    /// Whether the strides are exactly those NumPy gives a new C-order array of this shape, so that
    /// <c>PyArray_SimpleNewFromData</c>, which computes them itself, reproduces them; a contiguous
    /// array may differ on length-1 axes, and an empty one may have zero strides.
    /// </summary>
    private static bool HasFreshCStrides(NDArray view)
    {
        nint expected = view.ItemSize;
        for (int i = view.NDim - 1; i >= 0; i--)
        {
            if (view.Strides[i] != expected)
            {
                return false;
            }

            if (view.Shape[i] != 0)
            {
                expected *= view.Shape[i];
            }
        }

        return true;
    }

    /// <summary>A new NDArray over a NumPy array's memory, holding a reference to it. GIL held, type checked.</summary>
    internal static NDArray ViewOf(BorrowedReference reference)
    {
        nint handle = reference.DangerousGetAddress();
        nint descr = NumPyC.PyArray_DESCR(handle);
        DType dtype = DTypeOf(descr);
        int nd = NumPyC.PyArray_NDIM(handle);
        var shape = new nint[nd];
        var strides = new nint[nd];
        nint* dims = NumPyC.PyArray_DIMS(handle);
        nint* st = NumPyC.PyArray_STRIDES(handle);
        for (int i = 0; i < nd; i++)
        {
            shape[i] = dims[i];
            strides[i] = st[i];
        }

        int flags = NumPyC.PyArray_FLAGS(handle);
        byte* data = (byte*)NumPyC.PyArray_DATA(handle);
        if (!Layout.TryGetExtent(shape, strides, dtype.ItemSize, out nint low, out nint high))
        {
            ThrowHelper.ThrowArgument("the NumPy array's strides reach further than the address space", "array");
        }

        PyObject numpyArray = PyObject.Borrow(reference);
        var owner = new PyObjectOwner(numpyArray, "numpy.ndarray");
        NDArray view;
        try
        {
            view = NDArray.FromPointer(data + low, high - low, -low, dtype, shape, strides, (flags & NumPyC.NPY_ARRAY_WRITEABLE) != 0, owner);
        }
        catch
        {
            owner.Dispose();
            throw;
        }

        if ((flags & NumPyC.NPY_ARRAY_WRITEBACKIFCOPY) != 0)
        {
            view.SetExternalWriteback(writeBack => ResolveWriteback(numpyArray, writeBack));
        }

        return view;
    }

    /// <summary>
    /// Resolves (or discards) a NumPy array's WRITEBACKIFCOPY: <c>PyArray_ResolveWritebackIfCopy</c>
    /// copies the data back into the array it was copied from and makes that writeable again.
    /// </summary>
    private static int ResolveWriteback(PyObject array, bool writeBack)
    {
        using GilScope gil = Python.Gil();
        BorrowedReference reference = array.Reference;
        if (!writeBack)
        {
            NumPyC.DiscardWritebackIfCopy(reference.DangerousGetAddress());
            return 0;
        }

        int result = NumPyC.PyArray_ResolveWritebackIfCopy(reference);
        if (result < 0)
        {
            throw PythonException.FetchCurrent();
        }

        return result;
    }
}
