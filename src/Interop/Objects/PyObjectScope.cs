using System.Runtime.ExceptionServices;

namespace ArrayBridge.Interop;

/// <summary>
/// Releases, when it ends, every <see cref="PyObject"/> created on its thread while it was the
/// innermost open scope, except those moved out with <see cref="MoveToOuter"/>, detached with
/// <see cref="Detach"/> or kept with <see cref="PyObject.Keep"/>. Opened by <see cref="Python.Scope"/>;
/// the Python counterpart of <c>NDArray.Scope()</c>, with the same rules.
/// </summary>
/// <remarks>
/// <para>
/// Python code makes many intermediate objects nobody names: <c>np.GetAttr("linalg").Invoke("norm", x)</c>
/// leaves the <c>linalg</c> module object behind, and every step of a chain of operators or of
/// <see cref="PyObject.AsDynamic"/> code makes one. A scope releases them all (<c>Py_DecRef</c>)
/// when it ends; the result the caller needs leaves the scope with <see cref="MoveToOuter"/> or
/// <see cref="Detach"/>.
/// </para>
/// <para>
/// Ownership: an object belongs to the innermost scope open on the thread that creates its
/// wrapper, when it is created; wrappers created outside any scope, or on another thread, belong
/// to none. An object disposed before the scope ends (by <c>using</c>) leaves the scope at once,
/// so a loop of <c>using</c> temporaries does not grow it. Objects are released newest first.
/// </para>
/// <para>
/// Threads: a scope belongs to the thread that opened it; it must be disposed there, after every
/// scope opened inside it (<c>using</c> does both), and must not span an <c>await</c> that may
/// resume elsewhere.
/// </para>
/// </remarks>
public sealed class PyObjectScope : IDisposable
{
    [ThreadStatic]
    private static PyObjectScope? t_innermost;

    // Slots [0, _used) hold owned objects in the order they joined, or holes (null) left by objects
    // that were disposed, moved out or detached; _owned counts the objects.
    private PyObject?[] _entries = [];
    private int _used;
    private int _owned;

    private readonly PyObjectScope? _outer;
    private readonly int _threadId;
    private readonly int _depth;
    private bool _disposed;

    internal PyObjectScope()
    {
        _outer = t_innermost;
        _threadId = Environment.CurrentManagedThreadId;
        _depth = (_outer?._depth ?? 0) + 1;
        t_innermost = this;
    }

    /// <summary>The innermost scope open on the calling thread, or null when none is.</summary>
    public static PyObjectScope? Current => t_innermost;

    /// <summary>The scope this one was opened in, which <see cref="MoveToOuter"/> hands objects to; null for an outermost scope.</summary>
    public PyObjectScope? Outer => _outer;

    /// <summary>How many scopes are open around and including this one on its thread: 1 for an outermost scope.</summary>
    public int Depth => _depth;

    /// <summary>How many objects the scope owns now (0 once it has ended).</summary>
    public int OwnedCount => _owned;

    /// <summary>Whether the scope has ended.</summary>
    public bool IsDisposed => Volatile.Read(ref _disposed);

    /// <summary>Whether <paramref name="obj"/> is owned by this scope, so that the scope's end will release it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="obj"/> is null.</exception>
    public bool Owns(PyObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return obj.OwningScope == this;
    }

    /// <summary>
    /// Hands <paramref name="obj"/> to the enclosing scope (<see cref="Outer"/>), or to none when this
    /// is the outermost one: <c>return scope.MoveToOuter(result);</c>. An object this scope does not
    /// own is left as it is.
    /// </summary>
    /// <returns><paramref name="obj"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="obj"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">The scope has ended.</exception>
    /// <exception cref="InvalidOperationException">Called on a thread other than the scope's.</exception>
    public PyObject MoveToOuter(PyObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        ThrowIfUnusable("used");
        if (obj.OwningScope == this)
        {
            Remove(obj);
            _outer?.Append(obj);
        }

        return obj;
    }

    /// <summary>
    /// Takes <paramref name="obj"/> out of this scope without handing it to another: no scope releases
    /// it, and the caller disposes it (or leaves it to the finalizer). An object this scope does not own
    /// is left as it is.
    /// </summary>
    /// <returns><paramref name="obj"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="obj"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">The scope has ended.</exception>
    /// <exception cref="InvalidOperationException">Called on a thread other than the scope's.</exception>
    public PyObject Detach(PyObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        ThrowIfUnusable("used");
        if (obj.OwningScope == this)
        {
            Remove(obj);
        }

        return obj;
    }

    /// <summary>
    /// Ends the scope: releases the objects it owns, newest first, and makes <see cref="Outer"/> the
    /// innermost scope again. A second call does nothing.
    /// </summary>
    /// <exception cref="InvalidOperationException">Called on another thread, or while a scope opened inside it is open (nothing is released then).</exception>
    /// <exception cref="AggregateException">Several objects failed to be released (the others were).</exception>
    public void Dispose()
    {
        if (IsDisposed)
        {
            return;
        }

        ThrowIfWrongThread("ended");
        PyObjectScope? innermost = t_innermost;
        if (innermost != this)
        {
            ThrowHelper.ThrowObjectScopeOutOfOrder(innermost is null ? 0 : innermost._depth - _depth);
        }

        // Leave the thread's stack first: objects created while releasing join the outer scope.
        Volatile.Write(ref _disposed, true);
        t_innermost = _outer;
        ReleaseOwned();
    }

    /// <summary>Registers a wrapper under construction with the innermost scope of the calling thread, if any: one thread-static read when there is none.</summary>
    internal static void AdoptIfScoped(PyObject obj)
    {
        PyObjectScope? scope = t_innermost;
        if (scope is not null)
        {
            scope.Append(obj);
        }
    }

    /// <summary>Takes a wrapper being disposed out of its scope, when the scope is this thread's (another thread leaves the hole for the scope's end).</summary>
    internal void Forget(PyObject obj)
    {
        if (!_disposed && Environment.CurrentManagedThreadId == _threadId && obj.OwningScope == this)
        {
            Remove(obj);
        }
    }

    /// <summary>Takes <paramref name="obj"/> out of its scope for <see cref="PyObject.Keep"/>.</summary>
    internal void Release(PyObject obj)
    {
        ThrowIfUnusable("used");
        Remove(obj);
    }

    private void Append(PyObject obj)
    {
        if (_used == _entries.Length)
        {
            MakeRoom();
        }

        _entries[_used] = obj;
        obj.OwningScope = this;
        obj.ScopeSlot = _used;
        _used++;
        _owned++;
    }

    private void Remove(PyObject obj)
    {
        _entries[obj.ScopeSlot] = null;
        obj.OwningScope = null;
        _owned--;
        while (_used > 0 && _entries[_used - 1] is null)
        {
            _used--;
        }
    }

    /// <summary>Packs the slots when at least half are holes (each hole is passed over once), else doubles them.</summary>
    private void MakeRoom()
    {
        if (_used > 0 && _used - _owned >= _used / 2)
        {
            int kept = 0;
            for (int i = 0; i < _used; i++)
            {
                PyObject? obj = _entries[i];
                if (obj is not null)
                {
                    _entries[kept] = obj;
                    obj.ScopeSlot = kept;
                    kept++;
                }
            }

            Array.Clear(_entries, kept, _used - kept);
            _used = kept;
            return;
        }

        Array.Resize(ref _entries, Math.Max(8, _entries.Length * 2));
    }

    private void ReleaseOwned()
    {
        PyObject?[] entries = _entries;
        int used = _used;
        _entries = [];
        _used = 0;
        List<Exception>? failures = null;
        for (int i = used - 1; i >= 0; i--)
        {
            PyObject? obj = entries[i];
            if (obj is null)
            {
                continue;
            }

            obj.OwningScope = null;
            _owned--;
            try
            {
                obj.Dispose();
            }
            catch (Exception e)
            {
                (failures ??= []).Add(e);
            }
        }

        if (failures is not null)
        {
            if (failures.Count == 1)
            {
                ExceptionDispatchInfo.Throw(failures[0]);
            }

            ThrowHelper.ThrowObjectScopeDisposalFailures(failures);
        }
    }

    private void ThrowIfUnusable(string action)
    {
        if (IsDisposed)
        {
            ThrowHelper.ThrowObjectScopeEnded();
        }

        ThrowIfWrongThread(action);
    }

    private void ThrowIfWrongThread(string action)
    {
        int thread = Environment.CurrentManagedThreadId;
        if (thread != _threadId)
        {
            ThrowHelper.ThrowObjectScopeWrongThread(action, _threadId, thread);
        }
    }
}
