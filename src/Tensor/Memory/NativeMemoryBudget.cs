using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// Keeps the native memory of arrays that are dropped without being disposed from growing without
/// bound. The garbage collector sees only the small managed objects of such arrays, so a loop that
/// allocates large arrays and never disposes them would never trigger a collection, and the
/// finalizers that free the native memory would never run.
/// </summary>
/// <remarks>
/// <para>
/// A process-wide count of live native bytes (allocated minus freed) is compared, on every
/// allocation, with a budget set like the GC's own: <see cref="MinimumBudget"/>, or twice the bytes
/// that survived the last induced collection if that is more. An allocation that would take
/// the count past the budget first induces a full blocking collection and waits for the pending
/// finalizers, so the native memory of unreachable arrays is freed before more is taken, then sets
/// the budget from what survived (the live bytes less what other threads allocated meanwhile). Arrays that are reachable are never freed by this; the
/// collection only finalizes what nothing references.
/// </para>
/// <para>
/// The bound: with one thread allocating, the live bytes exceed the budget only through a single
/// allocation larger than half of it; the budget is <c>max(256 MiB, 2 × the bytes that survived
/// the last induced collection)</c>, and comes down again to twice the live bytes when they
/// fall below a quarter of it. While one thread collects, other allocating threads go on without
/// waiting until the live bytes reach twice the budget, and then wait for the collection, so with
/// any number of threads the live bytes stay below twice the budget plus one allocation per thread.
/// For a loop on one thread that drops 4 MiB arrays undisposed, that is at most 256 MiB.
/// Code that disposes its arrays keeps the count at what it really holds, so it never crosses the
/// budget and never pays for a collection.
/// </para>
/// <para>
/// The allocating thread waits for the pending finalizers, so a finalizer that blocked on a lock
/// held by that thread would deadlock it; ArrayBridge's finalizers never block (the Python ones
/// queue their work for the next thread that takes the GIL).
/// </para>
/// <para>
/// <c>GC.AddMemoryPressure</c> is not used: with allocations of tens of megabytes it makes the
/// runtime collect on nearly every allocation, even when every array is disposed.
/// </para>
/// </remarks>
internal static class NativeMemoryBudget
{
    /// <summary>The budget when little is live: collections are induced no more often than once per this many bytes.</summary>
    public const long MinimumBudget = 256L << 20;

    private static long s_liveBytes;
    private static long s_reservedTotal;
    private static long s_budget = MinimumBudget;
    private static long s_inducedCollections;
    private static int s_collecting;

    /// <summary>Native bytes allocated for arrays and not yet freed, process-wide.</summary>
    public static long LiveBytes => Volatile.Read(ref s_liveBytes);

    /// <summary>The live byte count above which the next allocation induces a collection.</summary>
    public static long Budget => Volatile.Read(ref s_budget);

    /// <summary>How many collections allocations have induced, process-wide.</summary>
    public static long InducedCollections => Volatile.Read(ref s_inducedCollections);

    /// <summary>
    /// Counts <paramref name="bytes"/> that are about to be allocated. When they would take the
    /// live bytes past the budget, first collects (or, if another thread is already collecting,
    /// goes on, unless the live bytes are past twice the budget, when it waits for that collection).
    /// The bytes are counted after the collection, so a single huge request (one that then fails,
    /// say) does not raise the budget.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Reserve(long bytes)
    {
        if (Volatile.Read(ref s_liveBytes) + bytes > Volatile.Read(ref s_budget))
        {
            CollectOverBudget(bytes);
        }

        Interlocked.Add(ref s_liveBytes, bytes);
        Interlocked.Add(ref s_reservedTotal, bytes);
    }

    /// <summary>
    /// Uncounts <paramref name="bytes"/> that were freed (or whose allocation failed). When the live
    /// bytes fall below a quarter of the budget, the budget comes down to twice them (not below
    /// <see cref="MinimumBudget"/>), so that memory held once does not loosen the bound for good.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Release(long bytes)
    {
        long live = Interlocked.Add(ref s_liveBytes, -bytes);
        long budget = Volatile.Read(ref s_budget);
        if (live < budget >> 2 && budget > MinimumBudget)
        {
            // A lost race leaves a budget another thread has just set, which is as good.
            Interlocked.CompareExchange(ref s_budget, Math.Max(MinimumBudget, 2 * live), budget);
        }
    }

    /// <summary>
    /// Induces a collection now, waiting for another thread's collection to finish first, and sets
    /// the budget from what survives. For an allocation that failed, and for tests.
    /// </summary>
    public static void Collect()
    {
        var spin = default(SpinWait);
        while (Interlocked.CompareExchange(ref s_collecting, 1, 0) != 0)
        {
            spin.SpinOnce();
        }

        try
        {
            CollectAndMeasure();
        }
        finally
        {
            Volatile.Write(ref s_collecting, 0);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CollectOverBudget(long bytes)
    {
        var spin = default(SpinWait);
        while (Interlocked.CompareExchange(ref s_collecting, 1, 0) != 0)
        {
            // Another thread is collecting. Go on while the overshoot is moderate; far past the
            // budget, wait for that collection so that allocating threads cannot outrun it.
            if (Volatile.Read(ref s_liveBytes) + bytes <= 2 * Volatile.Read(ref s_budget))
            {
                return;
            }

            spin.SpinOnce();
        }

        try
        {
            // Another thread's collection may have finished between our check and the flag.
            if (Volatile.Read(ref s_liveBytes) + bytes > Volatile.Read(ref s_budget))
            {
                CollectAndMeasure();
            }
        }
        finally
        {
            Volatile.Write(ref s_collecting, 0);
        }
    }

    private static void CollectAndMeasure()
    {
        long reservedBefore = Volatile.Read(ref s_reservedTotal);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Interlocked.Increment(ref s_inducedCollections);

        // What survived the collection: the live bytes now, less what other threads allocated
        // while it ran (garbage-producing threads would otherwise ratchet the budget up).
        long allocatedDuring = Volatile.Read(ref s_reservedTotal) - reservedBefore;
        long survivors = Math.Max(0, Volatile.Read(ref s_liveBytes) - allocatedDuring);
        Volatile.Write(ref s_budget, Math.Max(MinimumBudget, 2 * survivors));
    }
}
