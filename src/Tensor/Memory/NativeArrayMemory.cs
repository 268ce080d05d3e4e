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

    private NativeArrayMemory(byte* start, nint length)
        : base(start, length, writeable: true)
    {
    }

    /// <summary>Allocations not yet released, process-wide (for leak tests).</summary>
    public static long LiveCount => Interlocked.Read(ref s_allocated) - Interlocked.Read(ref s_released);

    /// <summary>Allocations released so far, process-wide.</summary>
    public static long ReleasedCount => Interlocked.Read(ref s_released);

    /// <summary>Allocates <paramref name="length"/> bytes (at least one, as NumPy does), optionally zeroed.</summary>
    public static NativeArrayMemory Allocate(nint length, bool zero)
    {
        nuint bytes = (nuint)Math.Max(length, 1);
        void* p;
        try
        {
            p = NativeMemory.AlignedAlloc(bytes, AllocationAlignment);
        }
        catch (OutOfMemoryException)
        {
            throw new OutOfMemoryException($"could not allocate {length} bytes for an array");
        }

        HugePages.Advise(p, length);

        if (zero)
        {
            NativeMemory.Clear(p, bytes);
        }

        Interlocked.Increment(ref s_allocated);
        return new NativeArrayMemory((byte*)p, length);
    }

    public override string Describe() => $"native memory of {Length} bytes at 0x{(nint)Start:x}";

    protected override void Release(bool disposing)
    {
        NativeMemory.AlignedFree(Start);
        Interlocked.Increment(ref s_released);
    }
}
