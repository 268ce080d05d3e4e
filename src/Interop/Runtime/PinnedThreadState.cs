namespace ArrayBridge.Interop;

/// <summary>
/// The Python thread state one .NET thread uses for all its <see cref="Python.Gil"/> scopes, kept
/// (pinned) for as long as the thread lives and deleted once it has ended.
/// </summary>
/// <remarks>
/// <para>
/// Pinning is one <c>PyGILState_Ensure</c> that no scope releases, so <c>PyGILState_Release</c> never
/// deletes the state between scopes: pybind11-based extensions (PyTorch) cache it per thread and
/// crashed on a deleted one, and <c>threading.local</c> data lives in it.
/// </para>
/// <para>
/// The only reference to an instance is the owning thread's <c>[ThreadStatic]</c> field, so the
/// instance becomes garbage exactly when that thread has ended. Its finalizer then queues the
/// deletion on <see cref="PythonReleaseQueue"/>: it runs under the GIL on whichever thread takes it
/// next, never on the dead thread's state, and nothing can use that state again because the thread
/// that cached it is gone. The start-up thread's state is also held by <see cref="Python"/> and is
/// never deleted this way: finalization runs on it.
/// </para>
/// </remarks>
internal sealed unsafe class PinnedThreadState
{
    private static readonly Lock s_lock = new();

    /// <summary>Every pinned state not yet deleted (<c>PyThreadState*</c>).</summary>
    private static readonly HashSet<nint> s_live = [];

    private static long s_pinned;
    private static long s_deleted;

    private readonly nint _threadState;

    /// <summary>Whether the state existed before ArrayBridge pinned it: made by the host or by Python itself.</summary>
    private readonly bool _foreign;

    private PinnedThreadState(nint threadState, bool foreign)
    {
        _threadState = threadState;
        _foreign = foreign;
    }

    /// <summary>The pinned <c>PyThreadState*</c>.</summary>
    public nint Handle => _threadState;

    ~PinnedThreadState()
    {
        if (_foreign)
        {
            // Its creator deletes it (a python threading.Thread on exit, the host's finalization):
            // deleting it here as well would free it twice.
            lock (s_lock)
            {
                s_live.Remove(_threadState);
            }

            return;
        }

        if (Python.IsInitialized)
        {
            PythonReleaseQueue.EnqueueRelease(_threadState, &Delete);
        }
    }

    /// <summary>How many thread states have been pinned since start-up.</summary>
    public static long PinnedCount => Interlocked.Read(ref s_pinned);

    /// <summary>How many pinned thread states have been deleted because their thread ended.</summary>
    public static long DeletedCount => Interlocked.Read(ref s_deleted);

    /// <summary>How many pinned thread states are alive.</summary>
    public static int LiveCount
    {
        get
        {
            lock (s_lock)
            {
                return s_live.Count;
            }
        }
    }

    /// <summary>
    /// Pins the calling thread's state. Call with the GIL held through <c>PyGILState_Ensure</c>, once
    /// per thread; keep the result in a <c>[ThreadStatic]</c> field and nowhere else.
    /// </summary>
    /// <param name="foreign">
    /// Whether the thread had its state before ArrayBridge's <c>PyGILState_Ensure</c> (made by Python
    /// or by the code that started it): then it is never deleted by ArrayBridge.
    /// </param>
    public static PinnedThreadState PinCurrent(bool foreign = false)
    {
        CPython.PyGILState_Ensure(); // never released: keeps gilstate_counter above zero
        nint threadState = CPython.PyGILState_GetThisThreadState();
        lock (s_lock)
        {
            s_live.Add(threadState);
        }

        Interlocked.Increment(ref s_pinned);
        return new PinnedThreadState(threadState, foreign);
    }

    /// <summary>Counts the thread states of the interpreter, pinned or not (<c>PyThreadState_Next</c>). Call with the GIL held.</summary>
    public static int CountInterpreterThreadStates()
    {
        CPython.AssertGilHeld();
        int count = 0;
        for (nint state = CPython.PyInterpreterState_ThreadHead(CPython.PyInterpreterState_Main()); state != 0; state = CPython.PyThreadState_Next(state))
        {
            count++;
        }

        return count;
    }

    /// <summary>Queued by the finalizer; runs under the GIL.</summary>
    private static void Delete(nint threadState)
    {
        bool live;
        lock (s_lock)
        {
            live = s_live.Remove(threadState);
        }

        if (!live)
        {
            return;
        }

        if (!CPython.IsAtLeast(12))
        {
            CPython.PyThreadState_Clear(threadState);
            CPython.PyThreadState_Delete(threadState);
        }
        else
        {
            DeleteKeepingGilState(threadState);
        }

        Interlocked.Increment(ref s_deleted);
    }

    /// <summary>
    /// Deletes another thread's state on Python 3.12 and later, where <c>PyThreadState_Delete</c>
    /// also clears the calling thread's <c>PyGILState</c> state, after which this thread's next
    /// <c>PyGILState_Release</c> is a fatal error.
    /// </summary>
    /// <remarks>
    /// A scratch state is made current first, which (3.12+) makes it this thread's
    /// <c>PyGILState</c> state and unbinds the previous one; <c>threading.local</c> destructors that
    /// <c>PyGILState_Ensure</c> while the dead state is cleared then find the state that holds the
    /// GIL. The scratch state absorbs the clearing, is deleted as current (which releases the GIL),
    /// and resuming the previous state binds it again.
    /// </remarks>
    private static void DeleteKeepingGilState(nint threadState)
    {
        nint scratch = CPython.PyThreadState_New(CPython.PyInterpreterState_Main());
        if (scratch == 0)
        {
            // Out of memory: the state leaks rather than breaking this thread's GIL state.
            return;
        }

        nint previous = CPython.PyThreadState_Swap(scratch);
        CPython.PyThreadState_Clear(threadState);
        CPython.PyThreadState_Delete(threadState);
        CPython.PyThreadState_Clear(scratch);
        CPython.PyThreadState_DeleteCurrent();
        CPython.PyEval_RestoreThread(previous);
    }
}
