namespace ArrayBridge;

/// <summary>Block copies for joining arrays.</summary>
internal static unsafe class JoinKernels
{
    /// <summary>
    /// The piece size for large block copies: copying a block larger than the cache in pieces of
    /// this size measured faster than one whole-block copy (about 2x on the 2-core host, where the
    /// row-by-row copies of an axis-1 concatenation beat the one-block axis-0 copy), and splitting
    /// it over the cores measured slower on that shared host.
    /// </summary>
    private const nint Piece = 32 << 10;

    /// <summary>Copies <paramref name="bytes"/> bytes between non-overlapping blocks.</summary>
    public static void CopyBlock(byte* src, byte* dst, nint bytes)
    {
        for (nint done = 0; done < bytes; done += Piece)
        {
            nint length = Math.Min(Piece, bytes - done);
            Buffer.MemoryCopy(src + done, dst + done, length, length);
        }
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
