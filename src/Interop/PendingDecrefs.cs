namespace ArrayBridge.Interop;

/// <summary>
/// References released by finalizers, which must not touch Python: they are pushed here without
/// locks and <c>Py_DecRef</c>'d by the next thread that takes the GIL through <see cref="Python.Gil"/>.
/// </summary>
/// <remarks>
/// A Treiber stack: push is a compare-and-swap loop, drain swaps the whole list out at once, so there
/// is no ABA problem and neither side ever blocks.
/// </remarks>
internal static unsafe class PendingDecrefs
{
    private static Node? s_head;

    /// <summary>Whether nothing is waiting.</summary>
    public static bool IsEmpty => Volatile.Read(ref s_head) is null;

    /// <summary>Queues one owned reference; safe from any thread, including the finalizer thread.</summary>
    public static void Enqueue(nint handle)
    {
        var node = new Node(handle);
        Node? head;
        do
        {
            head = Volatile.Read(ref s_head);
            node.Next = head;
        }
        while (Interlocked.CompareExchange(ref s_head, node, head) != head);
    }

    /// <summary>Releases every queued reference. Call with the GIL held.</summary>
    /// <returns>How many references were released.</returns>
    public static int Drain()
    {
        CPython.AssertGilHeld();
        int count = 0;
        for (Node? node = Interlocked.Exchange(ref s_head, null); node is not null; node = node.Next)
        {
            CPython.Py_DecRef(node.Handle);
            count++;
        }

        return count;
    }

    /// <summary>Forgets every queued reference (after <c>Py_FinalizeEx</c> they point at freed memory).</summary>
    public static void Discard() => Interlocked.Exchange(ref s_head, null);

    private sealed class Node(nint handle)
    {
        public nint Handle { get; } = handle;

        public Node? Next { get; set; }
    }
}
