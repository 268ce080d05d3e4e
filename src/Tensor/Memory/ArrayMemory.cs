using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// A block of memory shared by an array and all its views: the start address, the length when
/// known, whether it may be written, and how to release it. Every <see cref="NDArray"/> over it
/// holds one reference; the memory is released exactly once, when the last holder is disposed,
/// or by the finalizer when every holder was collected without being disposed.
/// </summary>
internal abstract unsafe class ArrayMemory
{
    // The managed id of the finalizer thread once a finalizer of this type has run there (-1 before).
    private static int s_finalizerThread = -1;
    private static int s_probeCreated;

    private int _holders;
    private int _released;

    protected ArrayMemory(byte* start, nint length, bool writeable)
    {
        Debug.Assert(length >= -1);
        Start = start;
        Length = length;
        IsWriteable = writeable;
    }

    /// <summary>The lowest address any array over this memory may touch.</summary>
    public byte* Start { get; private set; }

    /// <summary>The length in bytes, or -1 when the memory came as a bare pointer of unknown extent.</summary>
    public nint Length { get; private set; }

    /// <summary>Whether the memory itself may be written (false for read-only sources).</summary>
    public bool IsWriteable { get; private set; }

    /// <summary>Whether the memory has been released.</summary>
    public bool IsReleased => Volatile.Read(ref _released) != 0;

    /// <summary>A description for diagnostics (<c>repr</c> of an owner).</summary>
    public abstract string Describe();

    /// <summary>
    /// Makes a released memory that no array holds any more describe another block, for owners that are
    /// pooled and reused (their finalizer stays suppressed, as releasing left it). The caller makes
    /// sure that nothing can reach the object as the old memory: every array over it was disposed.
    /// </summary>
    protected void Rearm(byte* start, nint length, bool writeable)
    {
        Debug.Assert(IsReleased && Volatile.Read(ref _holders) == 0, "only a released memory nothing holds may be reused");
        Start = start;
        Length = length;
        IsWriteable = writeable;
        Volatile.Write(ref _holders, 0);
        Volatile.Write(ref _released, 0);
    }

    /// <summary>Adds a holder; called by every array constructed over this memory.</summary>
    public void AddHolder()
    {
        if (Interlocked.Increment(ref _holders) <= 1 && IsReleased)
        {
            ThrowHelper.ThrowObjectDisposed();
        }
    }

    /// <summary>Removes a holder; the last one releases the memory.</summary>
    public void RemoveHolder()
    {
        int left = Interlocked.Decrement(ref _holders);
        Debug.Assert(left >= 0, "more releases than holders");
        if (left == 0)
        {
            ReleaseOnce(disposing: true);
        }
    }

    /// <summary>Checks that <c>[offset, offset + count)</c> lies inside the memory when its length is known.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(byte* low, byte* highExclusive) =>
        Length < 0 || (low >= Start && highExclusive <= Start + Length && low <= highExclusive);

    private void ReleaseOnce(bool disposing)
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            // Never recycled on the finalizer thread: an array disposed by some other object's
            // finalizer may have this very object queued for finalization already, and a recycled
            // object's pending finalizer would later free the block of whatever array reused it.
            if (disposing && Environment.CurrentManagedThreadId != Volatile.Read(ref s_finalizerThread) && TryRecycle())
            {
                return;
            }

            Release(disposing);
            GC.SuppressFinalize(this);
        }
    }

    /// <summary>
    /// Called instead of <see cref="Release"/> when the last holder disposed its array (never on the
    /// finalizer thread): keeps the object, still registered for finalization, for reuse through
    /// <see cref="Rearm"/>, freeing or keeping its block as the type decides. Returns false to have the
    /// memory released and the finalizer suppressed as usual.
    /// </summary>
    private protected virtual bool TryRecycle() => false;

    /// <summary>
    /// The finalizer of an object that <see cref="TryRecycle"/> kept: whatever held it for reuse
    /// became unreachable (a thread's cache when the thread ended), so what it still holds is freed.
    /// </summary>
    private protected virtual void FinalizeRecycled()
    {
    }

    /// <summary>Frees the memory. Called exactly once.</summary>
    /// <param name="disposing">False on the finalizer thread: managed owners may already be finalized.</param>
    protected abstract void Release(bool disposing);

    /// <summary>
    /// Starts learning which thread is the finalizer thread before anything is recycled: a garbage
    /// object whose finalizer records it, queued by the first collection, at the latest with the
    /// first recycled object (the finalizers of one collection run in no promised order, so arrays
    /// must still not be disposed from finalizers, as .NET's rules for finalizers already say).
    /// </summary>
    private protected static void WatchForFinalizerThread()
    {
        if (Interlocked.Exchange(ref s_probeCreated, 1) == 0)
        {
            _ = new FinalizerThreadProbe();
        }
    }

    ~ArrayMemory()
    {
        Volatile.Write(ref s_finalizerThread, Environment.CurrentManagedThreadId);
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            Release(disposing: false);
        }
        else
        {
            FinalizeRecycled();
        }
    }

    private sealed class FinalizerThreadProbe
    {
        ~FinalizerThreadProbe() => Volatile.Write(ref s_finalizerThread, Environment.CurrentManagedThreadId);
    }
}
