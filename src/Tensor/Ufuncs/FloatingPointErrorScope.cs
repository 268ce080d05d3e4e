namespace ArrayBridge;

/// <summary>
/// A change of the current thread's floating-point error handling that <see cref="Dispose"/>
/// undoes: NumPy's <c>np.errstate</c> context manager. Created by <see cref="NDArray.ErrState"/>.
/// </summary>
/// <remarks>
/// Scopes nest and must be disposed on the thread that created them, innermost first, as a
/// <see langword="using"/> statement does; anything else throws <see cref="InvalidOperationException"/>
/// and leaves the state untouched. Because the state is per thread, a scope cannot span an
/// <see langword="await"/> that may resume on another thread.
/// </remarks>
public sealed class FloatingPointErrorScope : IDisposable
{
    private readonly FloatingPointErrorState _previous;
    private readonly int _threadId;
    private readonly int _depth;
    private bool _disposed;

    internal FloatingPointErrorScope(FloatingPointErrorState previous, int threadId, int depth)
    {
        _previous = previous;
        _threadId = threadId;
        _depth = depth;
    }

    /// <summary>The state before the scope began, which <see cref="Dispose"/> restores.</summary>
    public FloatingPointErrorState Previous => _previous;

    /// <summary>Restores the state from before the scope. Disposing again does nothing.</summary>
    /// <exception cref="InvalidOperationException">
    /// The scope was created on another thread, or a scope created after it on this thread is still open.
    /// </exception>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        int thread = Environment.CurrentManagedThreadId;
        if (thread != _threadId)
        {
            ThrowHelper.ThrowInvalidOperation(
                $"an error-state scope must be disposed on the thread that created it: it was created on managed thread {_threadId} and disposed on {thread} (the state is per thread, and an await may resume on another thread)");
        }

        int open = FloatingPointStatus.ScopeDepth;
        if (open != _depth)
        {
            ThrowHelper.ThrowInvalidOperation(
                $"error-state scopes must be disposed innermost first: this scope is number {_depth} on its thread, but {open - _depth} scope(s) created after it are still open");
        }

        FloatingPointStatus.State = _previous;
        FloatingPointStatus.ScopeDepth = _depth - 1;
        _disposed = true;
    }
}
