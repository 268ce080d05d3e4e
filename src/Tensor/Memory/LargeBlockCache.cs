using System.Runtime.InteropServices;

namespace ArrayBridge;

/// <summary>
/// A few freed large blocks of array memory kept for the next allocation of about their size.
/// </summary>
/// <remarks>
/// A large block that goes back to the C library is unmapped (glibc maps anything above 32 MiB on
/// its own), so the next array of that size page-faults on every first touch while the kernel
/// zeroes its pages again: for element-wise operations on tens of megabytes that costs as much as
/// the arithmetic. Code that computes in a loop frees and allocates arrays of the same sizes over
/// and over, so keeping a handful of freed blocks (<see cref="MaxBlocks"/>, at most
/// <see cref="MaxBytes"/> in all, each at least <see cref="MinimumBlock"/>) gives it memory that is
/// already mapped, with its huge-page advice, as caching allocators do. A block is reused only for a
/// request that needs at least three quarters of it, so little of it sits idle under an array.
/// </remarks>
internal static unsafe class LargeBlockCache
{
    /// <summary>The smallest block kept: the size from which huge pages are advised.</summary>
    public const nint MinimumBlock = HugePages.Threshold;

    /// <summary>The most blocks kept.</summary>
    public const int MaxBlocks = 4;

    /// <summary>The most bytes kept in all.</summary>
    public const long MaxBytes = 512L << 20;

    private static readonly Lock s_lock = new();
    private static readonly nint[] s_starts = new nint[MaxBlocks];
    private static readonly nint[] s_capacities = new nint[MaxBlocks];
    private static int s_count;
    private static long s_bytes;
    private static long s_hits;

    /// <summary>Allocations served from the cache, process-wide (for tests).</summary>
    public static long Hits => Volatile.Read(ref s_hits);

    /// <summary>Bytes held in the cache now.</summary>
    public static long CachedBytes => Volatile.Read(ref s_bytes);

    /// <summary>A kept block that fits <paramref name="length"/> bytes, removed from the cache, or null.</summary>
    public static void* TryTake(nint length, out nint capacity)
    {
        capacity = 0;
        if (length < MinimumBlock || Volatile.Read(ref s_count) == 0)
        {
            return null;
        }

        lock (s_lock)
        {
            int best = -1;
            for (int i = 0; i < s_count; i++)
            {
                nint c = s_capacities[i];
                if (c >= length && length >= c - c / 4 && (best < 0 || c < s_capacities[best]))
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                return null;
            }

            void* p = (void*)s_starts[best];
            capacity = s_capacities[best];
            RemoveAt(best);
            s_hits++;
            return p;
        }
    }

    /// <summary>Keeps a freed block of <paramref name="capacity"/> bytes, or returns false when it is not worth keeping.</summary>
    public static bool TryKeep(void* start, nint capacity)
    {
        if (capacity < MinimumBlock || capacity > MaxBytes)
        {
            return false;
        }

        nint evicted = 0;
        lock (s_lock)
        {
            // The oldest blocks make room: the newest sizes are the likeliest to be asked for again.
            while (s_count > 0 && (s_count == MaxBlocks || s_bytes + capacity > MaxBytes))
            {
                if (evicted != 0)
                {
                    NativeMemory.AlignedFree((void*)evicted);
                }

                evicted = s_starts[0];
                RemoveAt(0);
            }

            s_starts[s_count] = (nint)start;
            s_capacities[s_count] = capacity;
            s_count++;
            s_bytes += capacity;
        }

        if (evicted != 0)
        {
            NativeMemory.AlignedFree((void*)evicted);
        }

        return true;
    }

    /// <summary>Frees every kept block (before retrying an allocation that failed, and for tests).</summary>
    public static void Trim()
    {
        while (true)
        {
            nint p;
            lock (s_lock)
            {
                if (s_count == 0)
                {
                    return;
                }

                p = s_starts[s_count - 1];
                RemoveAt(s_count - 1);
            }

            NativeMemory.AlignedFree((void*)p);
        }
    }

    private static void RemoveAt(int index)
    {
        s_bytes -= s_capacities[index];
        s_count--;
        Array.Copy(s_starts, index + 1, s_starts, index, s_count - index);
        Array.Copy(s_capacities, index + 1, s_capacities, index, s_count - index);
    }
}
