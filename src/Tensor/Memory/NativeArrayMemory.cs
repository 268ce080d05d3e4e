using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ArrayBridge;

/// <summary>
/// Memory that ArrayBridge allocated itself: 64-byte aligned native memory, freed exactly once.
/// NumPy's <c>OWNDATA</c> arrays.
/// </summary>
/// <remarks>
/// Small blocks (up to <see cref="MaxRecycledBlock"/> bytes, in power-of-two size classes from 64)
/// are recycled together with their owner object: when the last array over one is disposed, the
/// owner goes, block and all, to a small per-thread cache (<see cref="RecycledPerClass"/> per size
/// class) and the next allocation of that class on the thread takes it back. That skips the C
/// library's aligned allocation and free, and the registration of a new finalizable object, which
/// together cost more than the rest of a small array. A cached owner stays registered for
/// finalization (nothing is suppressed when it is cached), so it needs no registration when it is
/// reused; if its thread ends, the cache becomes garbage and the finalizers free the cached blocks.
/// Cached blocks do not count as live bytes for <see cref="NativeMemoryBudget"/>, and the arrays that
/// once used an owner were all disposed, so they throw <see cref="ObjectDisposedException"/> whatever
/// the owner now serves.
/// </remarks>
internal sealed unsafe class NativeArrayMemory : ArrayMemory
{
    /// <summary>The alignment of every allocation, enough for any SIMD width.</summary>
    public const int AllocationAlignment = 64;

    /// <summary>The largest block recycled with its owner; larger ones go back to the C library (or <see cref="LargeBlockCache"/>).</summary>
    public const int MaxRecycledBlock = 1024;

    /// <summary>Owners cached per size class and thread.</summary>
    public const int RecycledPerClass = 8;

    // Size classes 64, 128, ..., MaxRecycledBlock bytes.
    private const int MinimumClassShift = 6;
    private const int SizeClasses = 5;

    private static long s_allocated;
    private static long s_released;
    private static long s_smallBlocks;

    [ThreadStatic]
    private static RecycledOwners? t_recycled;

    // The block's own size, which a block reused from LargeBlockCache or recycled may have beyond Length.
    private readonly nint _capacity;

    // Whether the object sits in a thread's cache (written only by the thread that owns that cache,
    // read by the finalizer once the cache is unreachable).
    private bool _cached;

    private NativeArrayMemory(byte* start, nint length, nint capacity)
        : base(start, length, writeable: true)
    {
        _capacity = capacity;
    }

    /// <summary>Allocations not yet released, process-wide (for leak tests).</summary>
    public static long LiveCount => Interlocked.Read(ref s_allocated) - Interlocked.Read(ref s_released);

    /// <summary>Allocations released so far, process-wide.</summary>
    public static long ReleasedCount => Interlocked.Read(ref s_released);

    /// <summary>Small blocks (up to <see cref="MaxRecycledBlock"/>) taken from the C library and not yet given back, in arrays or cached (for tests).</summary>
    public static long SmallBlocksHeld => Interlocked.Read(ref s_smallBlocks);

    /// <summary>Allocations on this thread served by a recycled owner and block (for tests).</summary>
    public static long RecycledHitsOnThisThread => t_recycled?.Hits ?? 0;

    /// <summary>Owners cached on this thread now (for tests).</summary>
    public static int CachedOnThisThread => t_recycled?.Count ?? 0;

    /// <summary>The block size in bytes behind this memory.</summary>
    public nint Capacity => _capacity;

    /// <summary>
    /// Allocates <paramref name="length"/> bytes (at least one, as NumPy does), optionally zeroed.
    /// The bytes count against <see cref="NativeMemoryBudget"/>; when the allocation fails, the
    /// arrays that were dropped without being disposed are collected and it is tried once more.
    /// </summary>
    public static NativeArrayMemory Allocate(nint length, bool zero)
    {
        nuint bytes = (nuint)Math.Max(length, 1);
        if (bytes <= MaxRecycledBlock)
        {
            return AllocateSmall(length, bytes, zero);
        }

        NativeMemoryBudget.Reserve((long)bytes);
        void* p = LargeBlockCache.TryTake((nint)bytes, out nint capacity);
        if (p is null)
        {
            p = AllocateCounted(bytes, length);
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

    /// <summary>Frees the owners and blocks cached on this thread (for tests, and before retrying a failed allocation).</summary>
    public static void TrimThisThread() => t_recycled?.Trim();

    private static NativeArrayMemory AllocateSmall(nint length, nuint bytes, bool zero)
    {
        NativeMemoryBudget.Reserve((long)bytes);
        int sizeClass = SizeClass(bytes);
        NativeArrayMemory? memory = t_recycled?.Take(sizeClass);
        if (memory is not null)
        {
            memory.Rearm(memory.Start, length, writeable: true);
        }
        else
        {
            nint capacity = (nint)1 << (sizeClass + MinimumClassShift);
            memory = new NativeArrayMemory((byte*)AllocateCounted((nuint)capacity, length), length, capacity);
            Interlocked.Increment(ref s_smallBlocks);
        }

        if (zero)
        {
            NativeMemory.Clear(memory.Start, bytes);
        }

        Interlocked.Increment(ref s_allocated);
        return memory;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SizeClass(nuint bytes) => BitOperations.Log2((uint)(bytes - 1) | ((1u << MinimumClassShift) - 1)) + 1 - MinimumClassShift;

    /// <summary>Allocates, or undoes the reservation of <paramref name="length"/>'s bytes and throws.</summary>
    private static void* AllocateCounted(nuint bytes, nint length)
    {
        try
        {
            return AllocateOrCollect(bytes);
        }
        catch (OutOfMemoryException)
        {
            NativeMemoryBudget.Release(Math.Max(length, 1));
            throw new OutOfMemoryException($"could not allocate {length} bytes for an array");
        }
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
            TrimThisThread();
            NativeMemoryBudget.Collect();
            return NativeMemory.AlignedAlloc(bytes, AllocationAlignment);
        }
    }

    public override string Describe() => $"native memory of {Length} bytes at 0x{(nint)Start:x}";

    private protected override bool TryRecycle()
    {
        if (_capacity > MaxRecycledBlock)
        {
            return false;
        }

        RecycledOwners? cache = t_recycled;
        if (cache is null)
        {
            WatchForFinalizerThread();
            cache = t_recycled = new RecycledOwners();
        }

        if (!cache.TryPut(this, SizeClass((nuint)_capacity)))
        {
            return false;
        }

        NativeMemoryBudget.Release(Math.Max(Length, 1));
        Interlocked.Increment(ref s_released);
        return true;
    }

    private protected override void FinalizeRecycled()
    {
        // Only a cached owner is finalized after being released (release suppresses the finalizer
        // otherwise); its cache is unreachable, so its block is no one's.
        if (_cached)
        {
            _cached = false;
            FreeSmall(Start);
        }
    }

    protected override void Release(bool disposing)
    {
        if (_capacity <= MaxRecycledBlock)
        {
            FreeSmall(Start);
        }
        else if (!LargeBlockCache.TryKeep(Start, _capacity))
        {
            NativeMemory.AlignedFree(Start);
        }

        NativeMemoryBudget.Release(Math.Max(Length, 1));
        Interlocked.Increment(ref s_released);
    }

    private static void FreeSmall(byte* block)
    {
        NativeMemory.AlignedFree(block);
        Interlocked.Decrement(ref s_smallBlocks);
    }

    /// <summary>One thread's cached owners, a stack per size class.</summary>
    private sealed class RecycledOwners
    {
        private readonly NativeArrayMemory?[] _owners = new NativeArrayMemory?[SizeClasses * RecycledPerClass];
        private readonly int[] _counts = new int[SizeClasses];

        public long Hits { get; private set; }

        public int Count
        {
            get
            {
                int n = 0;
                foreach (int c in _counts)
                {
                    n += c;
                }

                return n;
            }
        }

        public NativeArrayMemory? Take(int sizeClass)
        {
            NativeArrayMemory? memory = Pop(sizeClass);
            if (memory is not null)
            {
                Hits++;
            }

            return memory;
        }

        private NativeArrayMemory? Pop(int sizeClass)
        {
            int n = _counts[sizeClass];
            if (n == 0)
            {
                return null;
            }

            int slot = sizeClass * RecycledPerClass + n - 1;
            NativeArrayMemory memory = _owners[slot]!;
            _owners[slot] = null;
            _counts[sizeClass] = n - 1;
            memory._cached = false;
            return memory;
        }

        public bool TryPut(NativeArrayMemory memory, int sizeClass)
        {
            int n = _counts[sizeClass];
            if (n == RecycledPerClass)
            {
                return false;
            }

            memory._cached = true;
            _owners[sizeClass * RecycledPerClass + n] = memory;
            _counts[sizeClass] = n + 1;
            return true;
        }

        public void Trim()
        {
            for (int c = 0; c < SizeClasses; c++)
            {
                while (Pop(c) is { } memory)
                {
                    FreeSmall(memory.Start);
                    GC.SuppressFinalize(memory);
                }
            }
        }
    }
}
