namespace ArrayBridge.Interop;

/// <summary>
/// The owner of an NDArray view over a NumPy array's memory: a reference to the NumPy array,
/// released exactly once when the last view is disposed (or by <see cref="PyObject"/>'s
/// finalizer, through the pending-decref queue, when the views are collected).
/// </summary>
internal sealed class NumPyArrayOwner : IDisposable
{
    private readonly PyObject _array;

    public NumPyArrayOwner(PyObject array) => _array = array;

    /// <summary>The NumPy array whose memory the views use.</summary>
    public PyObject Array => _array;

    /// <summary>Releases the reference to the NumPy array.</summary>
    public void Dispose() => _array.Dispose();

    /// <summary>
    /// Resolves (or discards) the NumPy array's WRITEBACKIFCOPY: <c>PyArray_ResolveWritebackIfCopy</c>
    /// copies the data back into the array it was copied from and makes that writeable again.
    /// </summary>
    public unsafe int ResolveWriteback(bool writeBack)
    {
        using GilScope gil = Python.Gil();
        nint handle = _array.Handle;
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

    /// <summary>What the memory belongs to, for diagnostics.</summary>
    public override string ToString() => $"numpy.ndarray at 0x{_array.Handle:x}";
}
