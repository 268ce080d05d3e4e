namespace ArrayBridge;

/// <summary>Block copies for joining arrays: one memcpy, or several in parallel for large blocks.</summary>
internal static unsafe class JoinKernels
{
    /// <summary>
    /// Blocks at least this large are split over the cores: below it the cost of waking the
    /// thread pool is comparable to the copy itself.
    /// </summary>
    public const nint ParallelThreshold = 4 << 20;

    /// <summary>The size of each parallel piece, a multiple of 64 bytes so pieces start cache-line aligned when the block does.</summary>
    private const nint Piece = 1 << 20;

    /// <summary>Copies <paramref name="bytes"/> bytes between non-overlapping blocks.</summary>
    public static void CopyBlock(byte* src, byte* dst, nint bytes)
    {
        if (bytes < ParallelThreshold || Environment.ProcessorCount < 2)
        {
            Buffer.MemoryCopy(src, dst, bytes, bytes);
            return;
        }

        int workers = Environment.ProcessorCount;
        nint pieces = (bytes + Piece - 1) / Piece;
        nint perWorker = (pieces + workers - 1) / workers * Piece;
        Parallel.For(0, workers, w =>
        {
            nint start = w * perWorker;
            nint length = Math.Min(perWorker, bytes - start);
            if (length > 0)
            {
                Buffer.MemoryCopy(src + start, dst + start, length, length);
            }
        });
    }

    /// <summary>Writes <paramref name="times"/> copies of a <paramref name="chunk"/>-byte block one after another.</summary>
    public static void RepeatChunk(byte* src, byte* dst, nint chunk, nint times)
    {
        switch (times <= int.MaxValue ? chunk : 0)
        {
            case 1:
                new Span<byte>(dst, checked((int)times)).Fill(*src);
                return;
            case 2:
                new Span<ushort>(dst, checked((int)times)).Fill(*(ushort*)src);
                return;
            case 4:
                new Span<uint>(dst, checked((int)times)).Fill(*(uint*)src);
                return;
            case 8:
                new Span<ulong>(dst, checked((int)times)).Fill(*(ulong*)src);
                return;
        }

        for (nint t = 0; t < times; t++)
        {
            Buffer.MemoryCopy(src, dst + t * chunk, chunk, chunk);
        }
    }
}
