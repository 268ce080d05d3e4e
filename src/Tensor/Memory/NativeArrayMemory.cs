using System.Runtime.InteropServices;

namespace ArrayBridge;

/// <summary>
/// Memory that ArrayBridge allocated itself: 64-byte aligned native memory, freed exactly once.
/// NumPy's <c>OWNDATA</c> arrays.
/// </summary>
internal sealed unsafe class NativeArrayMemory : ArrayMemory
{
    /// <summary>The alignment of every allocation, enough for any SIMD width.</summary>
    public const int AllocationAlignment = 64;

    private static long s_allocated;
    private static long s_released;

    // The block's own size, which a block reused from LargeBlockCache may have beyond Length.
    private readonly nint _capacity;

    private NativeArrayMemory(byte* start, nint length, nint capacity)
        : base(start, length, writeable: true)
    {
        _capacity = capacity;
    }

    /// <summary>Allocations not yet released, process-wide (for leak tests).</summary>
    public static long LiveCount => Interlocked.Read(ref s_allocated) - Interlocked.Read(ref s_released);

    /// <summary>Allocations released so far, process-wide.</summary>
    public static long ReleasedCount => Interlocked.Read(ref s_released);

    /// <summary>
    /// Allocates <paramref name="length"/> bytes (at least one, as NumPy does), optionally zeroed.
    /// The bytes count against <see cref="NativeMemoryBudget"/>; when the allocation fails, the
    /// arrays that were dropped without being disposed are collected and it is tried once more.
    /// </summary>
    public static NativeArrayMemory Allocate(nint length, bool zero)
    {
        nuint bytes = (nuint)Math.Max(length, 1);
        NativeMemoryBudget.Reserve((long)bytes);
        void* p = LargeBlockCache.TryTake((nint)bytes, out nint capacity);
        if (p is null)
        {
            try
            {
                p = AllocateOrCollect(bytes);
            }
            catch (OutOfMemoryException)
            {
                NativeMemoryBudget.Release((long)bytes);
                throw new OutOfMemoryException($"could not allocate {length} bytes for an array");
            }

            capacity = (nint)bytes;
            HugePages.Advise(p, length);
        }

        if (zero)
        {
            NativeMemory.Clear(p, bytes);
        }

        Interlocked.Increment(ref s_allocated);
        return new NativeArrayMemory((byte*)p, length, capacity);
    }

    private static void* AllocateOrCollect(nuint bytes)
    {
        try
        {
            return NativeMemory.AlignedAlloc(bytes, AllocationAlignment);
        }
        catch (OutOfMemoryException)
        {
            LargeBlockCache.Trim();
            NativeMemoryBudget.Collect();
            return NativeMemory.AlignedAlloc(bytes, AllocationAlignment);
        }
    }

    public override string Describe() => $"native memory of {Length} bytes at 0x{(nint)Start:x}";

    protected override void Release(bool disposing)
    {
        if (!LargeBlockCache.TryKeep(Start, _capacity))
        {
            NativeMemory.AlignedFree(Start);
        }

        NativeMemoryBudget.Release(Math.Max(Length, 1));
        Interlocked.Increment(ref s_released);
    }
}
