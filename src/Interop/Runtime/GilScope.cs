namespace ArrayBridge.Interop;

/// <summary>
/// Holds the GIL (CPython's global interpreter lock) until disposed; returned by <see cref="Python.Gil"/>.
/// The outermost scope on a thread calls <c>PyGILState_Ensure</c> and its disposal
/// <c>PyGILState_Release</c>; nested scopes only count.
/// </summary>
/// <remarks>
/// A <c>ref struct</c> so that it cannot cross an <c>await</c> (the GIL belongs to a thread). Dispose
/// scopes in reverse order on the thread that created them.
/// </remarks>
public readonly ref struct GilScope : IDisposable
{
    private readonly int _depth;
    private readonly int _state;

    internal GilScope(int depth, int state)
    {
        _depth = depth;
        _state = state;
    }

    /// <summary>Leaves the scope; the outermost one releases the GIL (<c>PyGILState_Release</c>).</summary>
    /// <exception cref="InvalidOperationException">Scopes were disposed out of order, twice, or on another thread.</exception>
    public void Dispose()
    {
        if (_depth != 0)
        {
            Python.ExitGil(_depth, _state);
        }
    }
}
