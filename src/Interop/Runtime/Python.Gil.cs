using System.Diagnostics;

namespace ArrayBridge.Interop;

public static unsafe partial class Python
{
    /// <summary>How many <see cref="Gil"/> scopes are open on this thread since the GIL was last taken.</summary>
    [ThreadStatic]
    private static int t_gilDepth;

    /// <summary>How many <see cref="AllowThreads"/> scopes are open on this thread.</summary>
    [ThreadStatic]
    private static int t_allowThreadsDepth;

    /// <summary>
    /// How many <see cref="Gil"/> scopes were opened, nested ones included: a plain static (a thread-static
    /// access costs a TLS lookup per scope), exact while one thread at a time takes the GIL.
    /// </summary>
    private static long s_gilScopesOpened;

    /// <summary>This thread's pinned Python thread state (see <see cref="Gil"/>); the only reference to it.</summary>
    [ThreadStatic]
    private static PinnedThreadState? t_threadState;

    /// <summary>How many <see cref="AllowThreads"/> scopes are open on all threads (see <see cref="Shutdown"/>).</summary>
    private static int s_openAllowThreads;

    /// <summary>How many <see cref="Gil"/> scopes were opened so far, nested ones included (for tests that count them per call).</summary>
    internal static long GilScopesOpened => Volatile.Read(ref s_gilScopesOpened);

    /// <summary>
    /// Whether the current thread is inside a <see cref="Gil"/> scope, so it holds the GIL and Python is
    /// running: one thread-static read, without <see cref="IsGilHeld"/>'s C call, for hot paths that
    /// then skip opening a nested scope.
    /// </summary>
    internal static bool IsInGilScope => t_gilDepth > 0;

    /// <summary>Whether the current thread holds the GIL (<c>PyGILState_Check</c>).</summary>
    public static bool IsGilHeld => t_gilDepth > 0 || (IsInitialized && CPython.PyGILState_Check() == 1);

    /// <summary>
    /// Takes the GIL for the current thread until the returned scope is disposed
    /// (<c>PyGILState_Ensure</c> / <c>PyGILState_Release</c>). Works from any thread and nests.
    /// Taking it also releases references queued by <see cref="PyObject"/> finalizers.
    /// </summary>
    /// <remarks>
    /// The first scope on a thread pins that thread's Python thread state (one extra
    /// <c>PyGILState_Ensure</c> that is never released), so later scopes on the same thread reuse it
    /// instead of creating and deleting one each time. pybind11-based extensions (PyTorch) cache the
    /// thread state per thread and crash on a deleted one; <c>threading.local</c> data also survives
    /// between scopes. Once the thread has ended and its pin has been garbage-collected, the state is
    /// deleted by the next thread that takes the GIL.
    /// </remarks>
    /// <example><code>using (Python.Gil()) { ... }</code></example>
    /// <exception cref="InvalidOperationException">Python is not initialized.</exception>
    /// <exception cref="ObjectDisposedException">Python was shut down.</exception>
    public static GilScope Gil()
    {
        EnsureRunning();
        s_gilScopesOpened++;
        int depth = t_gilDepth;
        if (depth > 0)
        {
            t_gilDepth = depth + 1;
            return new GilScope(depth + 1, state: -1);
        }

        if (t_threadState is null)
        {
            // A state this thread already has belongs to whoever made it (a Python thread calling
            // into .NET, the host that started Python): pinned, but never deleted by ArrayBridge.
            bool foreign = CPython.PyGILState_GetThisThreadState() != 0;
            int first = CPython.PyGILState_Ensure();
            t_threadState = PinnedThreadState.PinCurrent(foreign);
            return EnteredGil(first);
        }

        return EnteredGil(CPython.PyGILState_Ensure());
    }

    /// <summary>
    /// A <see cref="Gil"/> scope for code that CPython called with the GIL held (an extension module's
    /// function): the scope only records that the GIL is held, without <c>PyGILState_Ensure</c> /
    /// <c>PyGILState_Release</c> or pinning a thread state, since the calling thread's state is
    /// Python's own and stays current for the whole call. Nested <see cref="Gil"/> scopes and
    /// <see cref="AllowThreads"/> inside it behave as inside any other scope. Only valid when the
    /// calling thread holds the GIL.
    /// </summary>
    /// <exception cref="InvalidOperationException">Python is not initialized.</exception>
    /// <exception cref="ObjectDisposedException">Python was shut down.</exception>
    internal static GilScope EnterHeldGil()
    {
        EnsureRunning();
        CPython.AssertGilHeld();
        s_gilScopesOpened++;
        int depth = t_gilDepth + 1;
        t_gilDepth = depth;
        if (depth == 1 && !PythonReleaseQueue.IsEmpty)
        {
            // As an outer Gil() scope does: references finalizers queued are dropped under the GIL.
            PythonReleaseQueue.Drain();
        }

        // state -1: disposing the scope gives nothing back, the GIL stays with the caller.
        return new GilScope(depth, state: -1);
    }

    private static GilScope EnteredGil(int state)
    {
        t_gilDepth = 1;
        if (!PythonReleaseQueue.IsEmpty)
        {
            PythonReleaseQueue.Drain();
        }

        return new GilScope(1, state);
    }

    /// <summary>
    /// Releases the GIL while long-running .NET work runs, if the current thread holds it through
    /// <see cref="Gil"/>; re-takes it when the scope is disposed (<c>PyEval_SaveThread</c> /
    /// <c>PyEval_RestoreThread</c>).
    /// </summary>
    /// <exception cref="InvalidOperationException">Python is not initialized.</exception>
    /// <exception cref="ObjectDisposedException">Python was shut down.</exception>
    public static AllowThreadsScope AllowThreads()
    {
        EnsureRunning();
        int depth = t_gilDepth;
        if (depth == 0)
        {
            return default;
        }

        ValidateNoPendingError();
        Interlocked.Increment(ref s_openAllowThreads); // with the GIL held, so Shutdown sees it
        nint threadState = CPython.PyEval_SaveThread();
        t_gilDepth = 0;
        return new AllowThreadsScope(threadState, depth, ++t_allowThreadsDepth);
    }

    internal static void ExitGil(int depth, int state)
    {
        if (t_gilDepth != depth)
        {
            ThrowHelper.ThrowGilScopeMismatch("Python.Gil()");
        }

        t_gilDepth = depth - 1;
        // Also after a detach: the interpreter lives on and this thread's GIL must be given back.
        if (state >= 0 && Volatile.Read(ref s_state) != ShutDown)
        {
            ValidateNoPendingError();
            CPython.PyGILState_Release(state);
        }
    }

    internal static void ExitAllowThreads(nint threadState, int savedDepth, int marker)
    {
        if (t_allowThreadsDepth != marker || t_gilDepth != 0)
        {
            ThrowHelper.ThrowGilScopeMismatch("Python.AllowThreads()");
        }

        t_allowThreadsDepth = marker - 1;
        if (Volatile.Read(ref s_state) != ShutDown)
        {
            CPython.PyEval_RestoreThread(threadState);
        }

        // Only after re-taking the GIL: until then Shutdown must not finalize under this thread.
        Interlocked.Decrement(ref s_openAllowThreads);
        t_gilDepth = savedDepth;
    }

    /// <summary>Debug-only check that no Python error is left set when the GIL is given up.</summary>
    [Conditional("DEBUG")]
    private static void ValidateNoPendingError() =>
        Debug.Assert(CPython.PyErr_Occurred().IsNull, "A Python error was left set; every failing C-API call must be turned into an exception (which clears it).");
}
