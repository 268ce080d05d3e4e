using System.Runtime.ExceptionServices;

namespace ArrayBridge;

/// <summary>
/// Disposes, when it ends, every <see cref="NDArray"/> (views included) created on its thread while
/// it was the innermost open scope, except those moved out with <see cref="MoveToOuter{T}(T)"/> or
/// detached with <see cref="Detach{T}(T)"/>. Opened by <see cref="NDArray.Scope"/>; the model is
/// TorchSharp's <c>DisposeScope</c>.
/// </summary>
/// <remarks>
/// <para>
/// Intermediate results, such as the views and copies of a chain of calls (and the results of
/// arithmetic), are arrays nobody names, so no <c>using</c> can dispose them. A scope collects them;
/// the method moves its result out to the caller's scope (or to none):
/// </para>
/// <code language="csharp">
/// static NDArray&lt;float&gt; ReversedColumnsAsFloat32(NDArray&lt;double&gt; a)
/// {
///     using var scope = NDArray.Scope();
///     NDArray&lt;double&gt; t = a.Transpose();       // a view, owned by the scope
///     NDArray&lt;double&gt; r = t["::-1"];           // another view, owned by the scope
///     NDArray&lt;float&gt; result = r.AsType&lt;float&gt;(); // a copy, owned until moved out
///     return scope.MoveToOuter(result);           // t and r are disposed; result is the caller's
/// }
/// </code>
/// <para>
/// Ownership: an array belongs to the innermost scope open on the thread that creates it, when it
/// is created; arrays created outside any scope, or on another thread, belong to none and are never
/// disposed by a scope. <see cref="MoveToOuter{T}(T)"/> hands an array to the enclosing scope
/// (<see cref="Outer"/>), or to none when this is the outermost one; <see cref="Detach{T}(T)"/>
/// hands it to none. Both leave an array this scope does not own as it is and return it: a
/// method can move its result out even when an operation returned its input, or an array it was
/// given, unchanged.
/// </para>
/// <para>
/// Disposal: when the scope ends, its arrays are disposed in reverse creation order (a view before
/// the array it was made from); arrays already disposed are skipped. An array whose
/// <see cref="NDArray.Dispose"/> throws does not stop the others from being disposed: the exception
/// is rethrown after all of them, or an <see cref="AggregateException"/> if several threw. The
/// scope holds the arrays it owns until it ends, so a long loop inside one scope keeps every
/// iteration's temporaries (and, until they are disposed, their memory); open a scope inside the
/// loop body instead.
/// </para>
/// <para>
/// Threads: a scope belongs to the thread that opened it. It must be disposed on that thread, after
/// every scope opened inside it (<c>using</c> does both), and its methods called only there; so a
/// scope must not span an <c>await</c> that may resume on another thread. A scope that is never
/// disposed stays the innermost one of its thread and keeps every array created after it alive.
/// Owned arrays are disposed without synchronization, so an array owned by a scope must not be in
/// use on another thread when the scope ends (detach it first).
/// </para>
/// </remarks>
public sealed class NDArrayScope : IDisposable
{
    // Slots [0, _used) of _entries hold owned arrays in the order they joined, or holes left by
    // arrays that were moved out or detached; _owned counts the arrays.
    private ScopeEntry[] _entries = [];
    private int _used;
    private int _owned;

    // Arrays join in creation order, except those moved in from inner scopes in another order;
    // the first such move makes disposal sort the slots first.
    private long _highestSequence = -1;
    private bool _ordered = true;

    private readonly NDArrayScope? _outer;
    private readonly int _threadId;
    private readonly int _depth;
    private bool _disposed;

    /// <summary>Opens a scope on this thread, inside the innermost one open.</summary>
    internal NDArrayScope()
    {
        _outer = ScopeStack.Innermost;
        _threadId = Environment.CurrentManagedThreadId;
        _depth = (_outer?._depth ?? 0) + 1;
        ScopeStack.Innermost = this;
    }

    /// <summary>The innermost scope open on the calling thread, or null when none is.</summary>
    public static NDArrayScope? Current => ScopeStack.Innermost;

    /// <summary>The scope this one was opened in, which <see cref="MoveToOuter{T}(T)"/> hands arrays to; null for an outermost scope.</summary>
    public NDArrayScope? Outer => _outer;

    /// <summary>How many scopes are open around and including this one on its thread: 1 for an outermost scope.</summary>
    public int Depth => _depth;

    /// <summary>How many arrays the scope owns now: those created in it or moved into it, less those moved out, detached or already disposed by the scope (0 once it has ended).</summary>
    public int OwnedCount => _owned;

    /// <summary>Whether the scope has ended (<see cref="Dispose"/> has run).</summary>
    public bool IsDisposed => Volatile.Read(ref _disposed);

    /// <summary>Whether <paramref name="array"/> is owned by this scope, so that it will be disposed when the scope ends.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="array"/> is null.</exception>
    public bool Owns(NDArray array)
    {
        ArgumentNullException.ThrowIfNull(array);
        return array.OwningScope == this;
    }

    /// <summary>
    /// Hands <paramref name="array"/> to the enclosing scope (<see cref="Outer"/>), or to no scope
    /// when this is the outermost one, so that this scope's end leaves it alive. An array this scope
    /// does not own is left as it is. Typed so that an <see cref="NDArray{T}"/> stays one:
    /// <c>return scope.MoveToOuter(result);</c>
    /// </summary>
    /// <typeparam name="T">The array's type.</typeparam>
    /// <param name="array">The array to move out.</param>
    /// <returns><paramref name="array"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="array"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">The scope has ended.</exception>
    /// <exception cref="InvalidOperationException">Called on a thread other than the scope's.</exception>
    public T MoveToOuter<T>(T array)
        where T : NDArray
    {
        ArgumentNullException.ThrowIfNull(array);
        ThrowIfUnusable();
        MoveOut(array);
        return array;
    }

    /// <summary>Hands each of <paramref name="arrays"/> to the enclosing scope, as <see cref="MoveToOuter{T}(T)"/> does.</summary>
    /// <param name="arrays">The arrays to move out; those this scope does not own are left as they are.</param>
    /// <exception cref="ArgumentNullException">One of <paramref name="arrays"/> is null (none is moved then).</exception>
    /// <exception cref="ObjectDisposedException">The scope has ended.</exception>
    /// <exception cref="InvalidOperationException">Called on a thread other than the scope's.</exception>
    public void MoveAllToOuter(params ReadOnlySpan<NDArray> arrays)
    {
        ThrowIfAnyNull(arrays);
        ThrowIfUnusable();
        foreach (NDArray array in arrays)
        {
            MoveOut(array);
        }
    }

    /// <summary>
    /// Takes <paramref name="array"/> out of this scope without handing it to another: no scope
    /// disposes it, and the caller is responsible for disposing it. An array this scope does not
    /// own is left as it is.
    /// </summary>
    /// <typeparam name="T">The array's type.</typeparam>
    /// <param name="array">The array to detach.</param>
    /// <returns><paramref name="array"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="array"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">The scope has ended.</exception>
    /// <exception cref="InvalidOperationException">Called on a thread other than the scope's.</exception>
    public T Detach<T>(T array)
        where T : NDArray
    {
        ArgumentNullException.ThrowIfNull(array);
        ThrowIfUnusable();
        if (array.OwningScope == this)
        {
            GiveUp(array);
        }

        return array;
    }

    /// <summary>Takes each of <paramref name="arrays"/> out of this scope, as <see cref="Detach{T}(T)"/> does.</summary>
    /// <param name="arrays">The arrays to detach; those this scope does not own are left as they are.</param>
    /// <exception cref="ArgumentNullException">One of <paramref name="arrays"/> is null (none is detached then).</exception>
    /// <exception cref="ObjectDisposedException">The scope has ended.</exception>
    /// <exception cref="InvalidOperationException">Called on a thread other than the scope's.</exception>
    public void DetachAll(params ReadOnlySpan<NDArray> arrays)
    {
        ThrowIfAnyNull(arrays);
        ThrowIfUnusable();
        foreach (NDArray array in arrays)
        {
            if (array.OwningScope == this)
            {
                GiveUp(array);
            }
        }
    }

    /// <summary>
    /// Ends the scope: disposes the arrays it owns, newest first, skipping those already disposed,
    /// and makes <see cref="Outer"/> the innermost scope of the thread again. A second call does
    /// nothing.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// Called on a thread other than the one that opened the scope, or while a scope opened inside
    /// it is still open; the scope stays open and nothing is disposed.
    /// </exception>
    /// <exception cref="AggregateException">Several arrays threw while being disposed (all the others were disposed).</exception>
    /// <remarks>When a single array throws while being disposed, its exception is rethrown once all the others are disposed.</remarks>
    public void Dispose()
    {
        if (IsDisposed)
        {
            return;
        }

        ThrowIfWrongThread("disposed");
        NDArrayScope? innermost = ScopeStack.Innermost;
        if (innermost != this)
        {
            ThrowHelper.ThrowScopeDisposedOutOfOrder(innermost is null ? 0 : innermost._depth - _depth);
        }

        // Leave the stack first: arrays that disposing creates (a WRITEBACKIFCOPY write-back, say)
        // then join the outer scope instead of the slots being walked.
        Volatile.Write(ref _disposed, true);
        ScopeStack.Innermost = _outer;
        DisposeOwned();
    }

    /// <summary>Registers an array under construction on this thread; called by the array constructor.</summary>
    internal void Adopt(NDArray array) => Append(array, ScopeStack.NextSequence());

    private void MoveOut(NDArray array)
    {
        if (array.OwningScope != this)
        {
            return;
        }

        long sequence = _entries[array.ScopeSlot].Sequence;
        GiveUp(array);
        _outer?.Append(array, sequence);
    }

    private void Append(NDArray array, long sequence)
    {
        if (_used == _entries.Length)
        {
            MakeRoom();
        }

        if (sequence < _highestSequence)
        {
            _ordered = false;
        }
        else
        {
            _highestSequence = sequence;
        }

        _entries[_used] = new ScopeEntry(array, sequence);
        array.OwningScope = this;
        array.ScopeSlot = _used;
        _used++;
        _owned++;
    }

    /// <summary>Empties the array's slot; trailing holes are dropped so that moving out the newest array leaves no trace.</summary>
    private void GiveUp(NDArray array)
    {
        _entries[array.ScopeSlot].Array = null;
        array.OwningScope = null;
        _owned--;
        while (_used > 0 && _entries[_used - 1].Array is null)
        {
            _used--;
        }
    }

    /// <summary>Packs the slots when at least half are holes (amortized: each hole is passed over once), else doubles them.</summary>
    private void MakeRoom()
    {
        if (_used > 0 && _used - _owned >= _used / 2)
        {
            int kept = 0;
            for (int i = 0; i < _used; i++)
            {
                NDArray? array = _entries[i].Array;
                if (array is not null)
                {
                    _entries[kept] = _entries[i];
                    array.ScopeSlot = kept;
                    kept++;
                }
            }

            Array.Clear(_entries, kept, _used - kept);
            _used = kept;
            return;
        }

        Array.Resize(ref _entries, Math.Max(8, _entries.Length * 2));
    }

    private void DisposeOwned()
    {
        Span<ScopeEntry> entries = _entries.AsSpan(0, _used);
        if (!_ordered)
        {
            entries.Sort(static (x, y) => x.Sequence.CompareTo(y.Sequence));
        }

        List<Exception>? failures = null;
        for (int i = entries.Length - 1; i >= 0; i--)
        {
            NDArray? array = entries[i].Array;
            if (array is null)
            {
                continue;
            }

            array.OwningScope = null;
            _owned--;
            if (array.IsDisposed)
            {
                continue;
            }

            try
            {
                array.Dispose();
            }
            catch (Exception e)
            {
                (failures ??= []).Add(e);
            }
        }

        _entries = [];
        _used = 0;
        if (failures is not null)
        {
            ThrowDisposalFailures(failures);
        }
    }

    private static void ThrowDisposalFailures(List<Exception> failures)
    {
        if (failures.Count == 1)
        {
            ExceptionDispatchInfo.Throw(failures[0]);
        }

        ThrowHelper.ThrowScopeDisposalFailures(failures);
    }

    private void ThrowIfUnusable()
    {
        if (IsDisposed)
        {
            ThrowHelper.ThrowObjectDisposed(nameof(NDArrayScope), "The NDArrayScope has ended; the arrays it owned have been disposed.");
        }

        ThrowIfWrongThread("used");
    }

    private void ThrowIfWrongThread(string action)
    {
        int thread = Environment.CurrentManagedThreadId;
        if (thread != _threadId)
        {
            ThrowHelper.ThrowScopeWrongThread(action, _threadId, thread);
        }
    }

    private static void ThrowIfAnyNull(ReadOnlySpan<NDArray> arrays)
    {
        foreach (NDArray array in arrays)
        {
            if (array is null)
            {
                ThrowHelper.ThrowArgumentNull(nameof(arrays), "an element of arrays is null");
            }
        }
    }
}
