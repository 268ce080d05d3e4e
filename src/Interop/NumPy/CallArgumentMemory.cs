namespace ArrayBridge.Interop;

/// <summary>
/// The memory of a <c>numpy.ndarray</c> passed to an extension function, viewed for the duration of
/// the call: like <see cref="NumPyArrayMemory"/> it holds a reference to the array and releases it
/// when the last view is disposed, but it is pooled and not registered for finalization while the
/// call runs, so a call allocates no finalizable object (whose registration and scanning made up
/// most of an argument's cost).
/// </summary>
/// <remarks>
/// The lifetime rule: when the call returns, <see cref="EndCall"/> (under the GIL) disposes nothing
/// itself but looks at what the call left. If the argument's view was the only holder, the memory was
/// released with it (the reference dropped at once) and goes back to the pool. If the function kept a
/// view of the argument (a slice stored in a static, a view handed to another thread), the memory
/// <em>escaped</em>: it is registered for finalization there and then and never pooled again, so it
/// behaves from then on exactly as a <see cref="NumPyArrayMemory"/>: the NumPy array stays alive until
/// the last view is disposed or collected. The argument's own NDArray is disposed by the call, so
/// keeping it (rather than a view of it) gives an array that throws <see cref="ObjectDisposedException"/>.
/// The pool is read and written only with the GIL held.
/// </remarks>
internal sealed unsafe class CallArgumentMemory : ArrayMemory
{
    private const int InCall = 0;
    private const int Escaped = 1;
    private const int ReleasedInCall = 2;

    // Free objects; nested calls (a function that calls back into Python) take one each.
    private static readonly CallArgumentMemory?[] s_pool = new CallArgumentMemory?[16];
    private static int s_pooled;

    private nint _array;
    private int _phase;

    private CallArgumentMemory(byte* start, nint length, bool writeable)
        : base(start, length, writeable)
    {
        // Registered only if the memory escapes its call (EndCall).
        GC.SuppressFinalize(this);
    }

    /// <summary>Takes a new reference to <paramref name="array"/> for a call's argument view. GIL held.</summary>
    public static CallArgumentMemory Rent(BorrowedReference array, byte* start, nint length, bool writeable)
    {
        CallArgumentMemory memory;
        if (s_pooled > 0)
        {
            memory = s_pool[--s_pooled]!;
            s_pool[s_pooled] = null;
            memory.Rearm(start, length, writeable);
        }
        else
        {
            memory = new CallArgumentMemory(start, length, writeable);
        }

        memory._phase = InCall;
        memory._array = NewReference.IncRef(array).DangerousMoveToPointer(); // owned until Release
        return memory;
    }

    /// <summary>
    /// Ends the call that rented this memory, after its argument view was disposed: back to the pool when
    /// that released it, registered for finalization when a view outlives the call. GIL held.
    /// </summary>
    public void EndCall()
    {
        int phase = Interlocked.CompareExchange(ref _phase, Escaped, InCall);
        if (phase == InCall)
        {
            // A view outlives the call. Should another thread release it meanwhile, the finalizer finds
            // it released and does nothing.
            GC.ReRegisterForFinalize(this);
        }
        else if (phase == ReleasedInCall && s_pooled < s_pool.Length)
        {
            s_pool[s_pooled++] = this;
        }
    }

    public override string Describe()
    {
        nint array = Volatile.Read(ref _array);
        string what = array == 0 ? "a released numpy.ndarray" : $"the numpy.ndarray at 0x{array:x}";
        return $"{Length} bytes at 0x{(nint)Start:x} of {what} (an argument)";
    }

    protected override void Release(bool disposing)
    {
        nint array = Interlocked.Exchange(ref _array, 0);
        if (array != 0 && Python.IsInitialized)
        {
            if (disposing)
            {
                PythonReleaseQueue.ReleaseNow(array);
            }
            else
            {
                PythonReleaseQueue.Enqueue(array); // the finalizer thread must not take the GIL
            }
        }

        // Released before the call ended: EndCall may pool it.
        Interlocked.CompareExchange(ref _phase, ReleasedInCall, InCall);
    }
}
