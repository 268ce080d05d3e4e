namespace ArrayBridge.Interop;

public static unsafe partial class PythonArrays
{
    /// <summary>
    /// A zero-copy view of any PEP 3118 exporter's memory (<c>PyObject_GetBuffer(obj, PyBUF_FULL_RO)</c>,
    /// what <c>memoryview(obj)</c> does): <c>bytes</c>, <c>bytearray</c>, <c>array.array</c>, strided
    /// <c>memoryview</c>s, NumPy arrays, PyTorch CPU tensors' <c>.numpy()</c>, and any C extension's
    /// buffers. The <c>struct</c>-module format (<c>@ = &lt; &gt; !</c> prefixes, native or standard
    /// sizes, <c>? b B h H i I l L q Q n N e f d Zf Zd</c>; none means <c>B</c>) gives the dtype; a
    /// read-only buffer gives a read-only view. The buffer is held until the view and every view of it
    /// are disposed (or collected), then released exactly once (<c>PyBuffer_Release</c>, under the GIL).
    /// </summary>
    /// <exception cref="ArgumentException">The object does not support the buffer protocol, or its buffer is malformed.</exception>
    /// <exception cref="NotSupportedException">The format is not one numeric item (structs, strings, pointers, long double), or the buffer has suboffsets (PIL-style indirect arrays).</exception>
    /// <exception cref="PythonException">The exporter refused the request (e.g. <c>BufferError</c>).</exception>
    public static NDArray FromBuffer(PyObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        using GilScope gil = Python.Gil();
        BorrowedReference o = obj.Reference;
        PythonBufferOwner? owner = PythonBufferOwner.TryAcquire(o, CPython.PyBUF_FULL_RO);
        if (owner is null)
        {
            PythonException error = PythonException.FetchCurrent();
            if (error.PythonTypeName == "TypeError" && CPython.PyObject_CheckBuffer is not null && CPython.PyObject_CheckBuffer(o) == 0)
            {
                ThrowHelper.ThrowArgument($"a Python '{obj.TypeName}' does not support the buffer protocol", nameof(obj), error);
            }

            throw error;
        }

        GC.KeepAlive(obj);
        try
        {
            return ViewOfBuffer(owner);
        }
        catch
        {
            owner.Dispose();
            throw;
        }
    }

    /// <summary>An NDArray over an acquired buffer; the owner is disposed with the last view. GIL held.</summary>
    private static NDArray ViewOfBuffer(PythonBufferOwner owner)
    {
        CPython.Py_buffer* view = owner.View;
        if (view->suboffsets != null)
        {
            ThrowHelper.ThrowNotSupported("the buffer has suboffsets (a PIL-style array of pointers); ArrayBridge views only strided memory");
        }

        string? format = view->format == null ? null : new string((sbyte*)view->format);
        DType dtype = BufferFormat.Parse(format);
        if (format is not null && view->itemsize != dtype.ItemSize)
        {
            ThrowHelper.ThrowArgument($"the buffer's itemsize {view->itemsize} does not match its format '{format}' ({dtype.ItemSize} bytes)");
        }

        int nd = view->ndim;
        if (nd < 0 || nd > NDArray.MaxDimensions)
        {
            ThrowHelper.ThrowNotSupported($"the buffer has {nd} dimensions; ArrayBridge supports 0 to {NDArray.MaxDimensions}");
        }

        nint[] shape;
        nint[] strides;
        if (view->shape == null)
        {
            // Only for exporters that ignore ND: a flat run of bytes read as items.
            shape = nd == 0 && view->len == dtype.ItemSize ? [] : [view->len / dtype.ItemSize];
            strides = shape.Length == 0 ? [] : [dtype.ItemSize];
        }
        else
        {
            shape = new ReadOnlySpan<nint>(view->shape, nd).ToArray();
            strides = view->strides != null ? new ReadOnlySpan<nint>(view->strides, nd).ToArray() : Layout.NewStrides(shape, dtype.ItemSize, fortran: false);
        }

        return ViewOver(view->buf, dtype, shape, strides, view->@readonly == 0, owner, "buffer");
    }

    /// <summary>
    /// An NDArray over memory at <paramref name="data"/> (element 0) with the given layout, whose extent
    /// is computed from the layout. <paramref name="owner"/> is disposed with the last view, or at once
    /// if the layout is refused.
    /// </summary>
    private static NDArray ViewOver(void* data, DType dtype, nint[] shape, nint[] strides, bool writeable, IDisposable owner, string what)
    {
        (nint low, nint high) = CheckLayout((nuint)data, dtype, shape, strides, what);
        bool empty = high == low;
        byte* start = empty ? (byte*)data : (byte*)data + low;
        return NDArray.FromPointer(start, high - low, empty ? 0 : -low, dtype, shape, strides, writeable, owner);
    }

    /// <summary>
    /// Checks a foreign layout before anything is taken over (see <see cref="ImportedLayout"/>): lengths
    /// not negative, the byte size, the reach of the strides and every address reached within the
    /// address space, a data pointer when there are elements.
    /// </summary>
    /// <returns>The byte range <c>[low, high)</c> the layout reads, relative to <paramref name="address"/>.</returns>
    private static (nint Low, nint High) CheckLayout(Int128 address, DType dtype, nint[] shape, nint[] strides, string what)
    {
        (nint low, nint high) = ImportedLayout.Reach(shape, strides, dtype.ItemSize, what);
        ImportedLayout.CheckAddresses(address, low, high, shape, strides, what);
        return (low, high);
    }
}
