namespace ArrayBridge.Tests;

/// <summary>
/// Freed large blocks are reused for arrays of about their size, never handed out dirty where zeros
/// were asked for, and never kept beyond the cache's bounds. The cache is process-wide and serves any
/// request within a quarter of a block's size, and freeing other large blocks evicts the oldest, so
/// these tests run alone (the serial collection) and start from an empty cache with no finalizer
/// pending that could free a large block into it.
/// </summary>
[Collection(nameof(SerialCollection))]
public class LargeBlockCacheTests
{
    private const nint Size = (200 << 20) + 3 * 4096;

    public LargeBlockCacheTests()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        LargeBlockCache.Trim();
    }

    [Fact]
    public void A_freed_large_block_serves_the_next_array_of_its_size()
    {
        long hits = LargeBlockCache.Hits;
        nint first;
        using (NDArray a = NDArray.Empty(DType.UInt8, [Size]))
        {
            first = a.DataPointer;
        }

        for (int i = 0; i < 10; i++)
        {
            using NDArray b = NDArray.Empty(DType.UInt8, [Size]);
            Assert.Equal(first, b.DataPointer);
        }

        Assert.True(LargeBlockCache.Hits - hits >= 10);
    }

    [Fact]
    public unsafe void Zeros_from_a_reused_block_are_zero()
    {
        nint size = Size + 4096;
        using (NDArray<byte> dirty = NDArray.Empty<byte>(size))
        {
            Span<byte> span = dirty.AsSpan<byte>();
            span.Fill(0xAB);
        }

        using NDArray<byte> zeros = NDArray.Zeros<byte>(size);
        Assert.Equal(-1, zeros.AsSpan<byte>().IndexOfAnyExcept((byte)0));
    }

    [Fact]
    public void Blocks_too_small_or_too_large_are_not_kept_and_the_cache_stays_bounded()
    {
        Assert.False(TryKeepAllocated(LargeBlockCache.MinimumBlock - 64));
        Assert.False(TryKeepAllocated((nint)LargeBlockCache.MaxBytes + 64));
        Assert.True(LargeBlockCache.CachedBytes <= LargeBlockCache.MaxBytes);
    }

    private static unsafe bool TryKeepAllocated(nint capacity)
    {
        void* p = System.Runtime.InteropServices.NativeMemory.AlignedAlloc((nuint)Math.Min(capacity, 64), 64);
        bool kept = LargeBlockCache.TryKeep(p, capacity);
        if (!kept)
        {
            System.Runtime.InteropServices.NativeMemory.AlignedFree(p);
        }

        return kept;
    }
}
