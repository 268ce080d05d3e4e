namespace ArrayBridge.Interop;

/// <summary>
/// Every Python array protocol, both ways and zero-copy. <see cref="Export"/> turns an NDArray into a
/// Python object that NumPy, PyTorch, scikit-learn, <c>memoryview</c> and any other consumer of the
/// PEP 3118 buffer protocol, <c>__array_interface__</c> or DLPack take directly;
/// <see cref="Import(PyObject)"/> views any object that speaks one of them (NumPy arrays, PyTorch
/// tensors, <c>bytes</c>, <c>bytearray</c>, <c>array.array</c>, <c>memoryview</c>, DLPack capsules, ...)
/// as an NDArray. Every member takes the GIL itself.
/// </summary>
/// <remarks>
/// Lifetimes: an exported object holds its own view of the .NET array, so the memory stays alive
/// while Python (or a buffer, DLPack tensor or array built on it) uses it, whatever happens to the
/// NDArray in C#. An imported NDArray holds what keeps the Python memory alive (the buffer, the
/// consumed DLPack tensor, or the object) and releases it exactly once when the last view is disposed,
/// or under the GIL after the views were collected undisposed.
/// </remarks>
public static unsafe partial class PythonArrays
{
    /// <summary>
    /// A new <c>arraybridge.ExportedArray</c> over <paramref name="array"/>'s memory: any shape, strides,
    /// dtype and byte order. It implements the buffer protocol (<c>memoryview(x)</c>,
    /// <c>np.asarray(x)</c>), <c>x.__array_interface__</c> and <c>x.__dlpack__()</c> /
    /// <c>x.__dlpack_device__()</c> (<c>torch.from_dlpack(x)</c>, <c>np.from_dlpack(x)</c>), all sharing
    /// the memory: writes on either side are seen on the other. A read-only array exports read-only.
    /// It also has NumPy's <c>__array__(dtype=None, copy=None)</c>, so <c>np.array(x)</c>,
    /// <c>np.asarray(x)</c>, pandas and matplotlib get an ndarray over the same memory whose base is
    /// the export (which lives as long as that ndarray).
    /// </summary>
    /// <remarks>
    /// PyTorch 1.13's <c>torch.as_tensor(x)</c> and <c>torch.tensor(x)</c> consult none of these
    /// protocols for a type that is not a numpy.ndarray or a sequence ("Could not infer dtype of
    /// arraybridge.ExportedArray"): use <c>torch.from_dlpack(x)</c> (zero-copy) or
    /// <c>torch.as_tensor(np.asarray(x))</c> (zero-copy through <c>__array__</c>), or pass
    /// <see cref="NumPy.ToNumPy"/>'s ndarray.
    /// </remarks>
    /// <exception cref="ObjectDisposedException">The array was disposed, or Python was shut down.</exception>
    public static PyObject Export(NDArray array)
    {
        ArgumentNullException.ThrowIfNull(array);
        using GilScope gil = Python.Gil();
        return PyObject.Steal(ExportedArrayType.New(array, out _).Steal());
    }

    /// <summary>
    /// <c>memoryview(Export(array))</c>: a PEP 3118 view with NumPy's format string for the dtype
    /// (<c>d</c>, <c>l</c>, <c>Zf</c>; <c>=h</c> when unaligned; <c>&gt;q</c> when byte-swapped).
    /// </summary>
    /// <exception cref="ObjectDisposedException">The array was disposed, or Python was shut down.</exception>
    public static PyObject ToMemoryView(NDArray array)
    {
        using PyObject exported = Export(array);
        using GilScope gil = Python.Gil();
        return PyObject.Steal(CPython.PyMemoryView_FromObject(exported.Reference).Steal());
    }

    /// <summary>
    /// A DLPack capsule over <paramref name="array"/>'s memory, what <c>Export(array).__dlpack__()</c>
    /// returns: <c>"dltensor"</c> (<c>DLManagedTensor</c>), or with <paramref name="versioned"/>
    /// <c>"dltensor_versioned"</c> (<c>DLManagedTensorVersioned</c> 1.0, READ_ONLY for read-only
    /// arrays). Strides are in elements, <c>byte_offset</c> is 0, the device is <c>kDLCPU</c>. The
    /// tensor holds a view of the array until its deleter runs (the consumer calls it, or the capsule
    /// does when it dies unconsumed).
    /// </summary>
    /// <remarks>
    /// Bool arrays export as <c>kDLBool</c> (DLPack 0.8+, as NumPy 2 does); PyTorch 1.13 and NumPy 1.24
    /// refuse that code on import. Negative strides are refused because PyTorch 1.13's
    /// <c>from_dlpack</c> aborts the process on them.
    /// </remarks>
    /// <exception cref="BufferRefusedException">DLPack cannot express the array: byte-swapped data ("DLPack only supports native byte order."), strides not in whole elements or negative, a read-only array without <paramref name="versioned"/>, or more dimensions than the running NumPy supports ("maximum supported dimension for an ndarray is 32, found 33").</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed, or Python was shut down.</exception>
    public static PyObject ToDLPack(NDArray array, bool versioned = false)
    {
        ArgumentNullException.ThrowIfNull(array);
        using GilScope gil = Python.Gil();
        return PyObject.Steal(DLPackExporter.NewCapsule(array, versioned, copy: false).Steal());
    }

    /// <summary>
    /// A zero-copy NDArray view of any Python array, through the best protocol it speaks: an
    /// <c>arraybridge.ExportedArray</c>'s own array; a <c>numpy.ndarray</c> through
    /// <see cref="NumPy.FromNumPy(PyObject)"/>; DLPack (a capsule, or <c>__dlpack__</c>, e.g. PyTorch
    /// tensors); <c>__array_interface__</c>; the buffer protocol (<c>bytes</c>, <c>bytearray</c>,
    /// <c>array.array</c>, <c>memoryview</c>, ...). An object whose <c>__dlpack__</c> raises
    /// <c>BufferError</c> falls through to the next protocol.
    /// </summary>
    /// <exception cref="ArgumentException">The object speaks none of the protocols (use <see cref="NumPy.FromAny(object?, DType?, ArrayFlags)"/> for lists and scalars), or its protocol data is malformed.</exception>
    /// <exception cref="NotSupportedException">The element type, device or layout cannot be viewed from .NET.</exception>
    /// <exception cref="PythonException">The object's protocol implementation raised.</exception>
    public static NDArray Import(PyObject obj) => Import(obj, out _);

    /// <summary>Like <see cref="Import(PyObject)"/>, also telling which protocol was used.</summary>
    /// <inheritdoc cref="Import(PyObject)"/>
    public static NDArray Import(PyObject obj, out ArrayProtocol protocol)
    {
        ArgumentNullException.ThrowIfNull(obj);
        using GilScope gil = Python.Gil();
        BorrowedReference o = obj.Reference;
        if (ExportedArrayType.Get(o) is { } exported)
        {
            protocol = ArrayProtocol.ArrayBridge;
            return exported.ShareView();
        }

        if (IsNumPyArray(o))
        {
            protocol = ArrayProtocol.NumPy;
            return NumPy.ViewOf(o);
        }

        if (CPython.PyCapsule_CheckExact(o))
        {
            protocol = ArrayProtocol.DLPack;
            return ConsumeCapsule(o);
        }

        if (obj.TryGetAttr("__dlpack__", out PyObject? dlpack))
        {
            using (dlpack)
            {
                try
                {
                    protocol = ArrayProtocol.DLPack;
                    return FromDLPackObject(obj, dlpack);
                }
                catch (PythonException e) when (e.PythonTypeName == "BufferError")
                {
                    // The exporter cannot express this array in DLPack; another protocol may.
                }
            }
        }

        if (obj.TryGetAttr("__array_interface__", out PyObject? iface))
        {
            using (iface)
            {
                protocol = ArrayProtocol.ArrayInterface;
                return FromArrayInterface(obj, iface);
            }
        }

        if (CPython.PyObject_CheckBuffer is null || CPython.PyObject_CheckBuffer(o) != 0)
        {
            protocol = ArrayProtocol.Buffer;
            return FromBuffer(obj);
        }

        protocol = default;
        return ThrowHelper.ThrowArgument<NDArray>($"a Python '{obj.TypeName}' is not an array: it has no __dlpack__, no __array_interface__ and does not support the buffer protocol (use NumPy.FromAny to convert lists and scalars).", nameof(obj));
    }

    /// <summary>A typed view of any Python array whose elements are <typeparamref name="T"/> in native order.</summary>
    /// <exception cref="InvalidCastException">The element type differs from <typeparamref name="T"/> or is byte-swapped.</exception>
    /// <inheritdoc cref="Import(PyObject)"/>
    public static NDArray<T> Import<T>(PyObject obj) where T : unmanaged => Import<T>(obj, out _);

    /// <summary>Like <see cref="Import{T}(PyObject)"/>, also telling which protocol was used.</summary>
    /// <inheritdoc cref="Import{T}(PyObject)"/>
    public static NDArray<T> Import<T>(PyObject obj, out ArrayProtocol protocol) where T : unmanaged
    {
        NDArray view = Import(obj, out protocol);
        if (view is NDArray<T> typed)
        {
            return typed;
        }

        view.Dispose();
        return ThrowHelper.ThrowInvalidCast<NDArray<T>>($"the Python array's dtype is {view.DType.TypeStr}, not {typeof(T).Name} in native order");
    }

    /// <summary>
    /// Whether <paramref name="o"/> is a <c>numpy.ndarray</c>, without importing NumPy: if NumPy was
    /// never imported in this interpreter, no object can be one. GIL held.
    /// </summary>
    private static bool IsNumPyArray(BorrowedReference o) => NumPyApi.LoadIfImported() && NumPyC.PyArray_Check(o);
}
