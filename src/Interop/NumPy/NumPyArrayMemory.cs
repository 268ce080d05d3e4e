namespace ArrayBridge.Interop;

/// <summary>
/// The memory of a <c>numpy.ndarray</c> that NDArray views read: the bytes its layout reaches and a
/// reference to the array, released exactly once when the last view is disposed (under the GIL), or
/// queued for the next <see cref="Python.Gil"/> when the views were collected undisposed.
/// </summary>
/// <remarks>
/// Holding the reference itself, rather than through a <see cref="PyObject"/> owner, keeps a
/// <see cref="NumPy.FromNumPy(PyObject)"/> to one finalizable object.
/// </remarks>
internal sealed unsafe class NumPyArrayMemory : ArrayMemory
{
    private nint _array;

    /// <summary>Takes a new reference to <paramref name="array"/>. Call with the GIL held.</summary>
    public NumPyArrayMemory(BorrowedReference array, byte* start, nint length, bool writeable)
        : base(start, length, writeable)
    {
        _array = NewReference.IncRef(array).DangerousMoveToPointer(); // this object owns it until Release
    }

    /// <summary>The NumPy array (borrowed), or 0 once released.</summary>
    public nint Array => Volatile.Read(ref _array);

    public override string Describe()
    {
        nint array = Array;
        string what = array == 0 ? "a released numpy.ndarray" : $"the numpy.ndarray at 0x{array:x}";
        return $"{Length} bytes at 0x{(nint)Start:x} of {what}";
    }

    protected override void Release(bool disposing)
    {
        nint array = Interlocked.Exchange(ref _array, 0);
        if (array == 0 || !Python.IsInitialized)
        {
            return; // after Py_FinalizeEx the array no longer exists
        }

        if (!disposing)
        {
            PythonReleaseQueue.Enqueue(array); // the finalizer thread must not take the GIL
            return;
        }

        PythonReleaseQueue.ReleaseNow(array);
    }
}
