namespace ArrayBridge.Interop;

/// <summary>
/// Releases the GIL until disposed so that other threads can run Python during long .NET work;
/// returned by <see cref="Python.AllowThreads"/> (<c>Py_BEGIN_ALLOW_THREADS</c> /
/// <c>Py_END_ALLOW_THREADS</c>, i.e. <c>PyEval_SaveThread</c> / <c>PyEval_RestoreThread</c>).
/// </summary>
/// <remarks>
/// When the current thread did not hold the GIL through <see cref="Python.Gil"/>, the scope does
/// nothing. Inside it, <see cref="Python.Gil"/> may be used again.
/// </remarks>
public readonly ref struct AllowThreadsScope : IDisposable
{
    private readonly nint _threadState;
    private readonly int _savedDepth;
    private readonly int _marker;

    internal AllowThreadsScope(nint threadState, int savedDepth, int marker)
    {
        _threadState = threadState;
        _savedDepth = savedDepth;
        _marker = marker;
    }

    /// <summary>Re-takes the GIL (<c>PyEval_RestoreThread</c>).</summary>
    /// <exception cref="InvalidOperationException">Disposed twice, out of order, or on another thread.</exception>
    public void Dispose()
    {
        if (_threadState != 0)
        {
            Python.ExitAllowThreads(_threadState, _savedDepth, _marker);
        }
    }
}
