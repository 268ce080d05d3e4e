namespace ArrayBridge.Interop;

/// <summary>
/// Releases that finalizers must not do themselves because they need the GIL: references
/// (<c>Py_DecRef</c>), acquired <c>Py_buffer</c>s (<c>PyBuffer_Release</c>) and consumed DLPack
/// tensors (their deleter). Finalizers push them here without locks; the next thread that takes the
/// GIL through <see cref="Python.Gil"/> carries them out.
/// </summary>
/// <remarks>
/// A Treiber stack: push is a compare-and-swap loop, drain swaps the whole list out at once, so there
/// is no ABA problem and neither side ever blocks.
/// </remarks>
internal static unsafe class PythonReleaseQueue
{
    private static Node? s_head;

    /// <summary>Whether nothing is waiting.</summary>
    public static bool IsEmpty => Volatile.Read(ref s_head) is null;

    /// <summary>Queues one owned reference; safe from any thread, including the finalizer thread.</summary>
    public static void Enqueue(nint handle) => Push(new Node(handle, null));

    /// <summary>
    /// Queues <paramref name="release"/>(<paramref name="handle"/>) to run once under the GIL; safe from
    /// any thread. <paramref name="release"/> must not throw.
    /// </summary>
    public static void EnqueueRelease(nint handle, delegate*<nint, void> release) => Push(new Node(handle, release));

    /// <summary>
    /// Releases one owned reference now, from a <c>Dispose</c>: under the caller's GIL scope when it
    /// has one, else in a scope of its own. Nothing happens once Python is finalized (the object no
    /// longer exists), including when shutdown wins a race with this call.
    /// </summary>
    public static void ReleaseNow(nint handle)
    {
        if (!Python.IsInitialized)
        {
            return;
        }

        if (Python.IsInGilScope)
        {
            CPython.Py_DecRef(StolenReference.DangerousFromPointer(handle));
            return;
        }

        GilScope gil;
        try
        {
            gil = Python.Gil();
        }
        catch (ObjectDisposedException)
        {
            return; // Python was shut down meanwhile
        }

        using (gil)
        {
            CPython.Py_DecRef(StolenReference.DangerousFromPointer(handle));
        }
    }

    /// <summary>Runs every queued release. Call with the GIL held.</summary>
    public static void Drain()
    {
        CPython.AssertGilHeld();
        for (Node? node = Interlocked.Exchange(ref s_head, null); node is not null; node = node.Next)
        {
            if (node.Release is null)
            {
                CPython.Py_DecRef(StolenReference.DangerousFromPointer(node.Handle)); // the queued owner's reference
            }
            else
            {
                node.Release(node.Handle);
            }
        }
    }

    /// <summary>Forgets every queued release (after <c>Py_FinalizeEx</c> they point at freed memory).</summary>
    public static void Discard() => Interlocked.Exchange(ref s_head, null);

    private static void Push(Node node)
    {
        Node? head;
        do
        {
            head = Volatile.Read(ref s_head);
            node.Next = head;
        }
        while (Interlocked.CompareExchange(ref s_head, node, head) != head);
    }

    private sealed class Node(nint handle, delegate*<nint, void> release)
    {
        public nint Handle { get; } = handle;

        /// <summary>What to do with <see cref="Handle"/>; null means <c>Py_DecRef</c>.</summary>
        public delegate*<nint, void> Release { get; } = release;

        public Node? Next { get; set; }
    }
}
