namespace ArrayBridge.Tests;

/// <summary>A memory stream that marks every byte read, to see which parts of an archive a reader touches.</summary>
internal sealed class ReadRecordingStream(byte[] data) : MemoryStream(data, writable: false)
{
    private readonly bool[] _read = new bool[data.Length];

    public long TotalRead { get; private set; }

    /// <summary>How many distinct bytes of [start, end) have been read.</summary>
    public int ReadIn(long start, long end) => _read.AsSpan((int)start, (int)(end - start)).Count(true);

    // MemoryStream sends span reads of a derived type through this overload, so every read lands here.
    public override int Read(byte[] buffer, int offset, int count)
    {
        long at = Position;
        int n = base.Read(buffer, offset, count);
        _read.AsSpan((int)at, n).Fill(true);
        TotalRead += n;
        return n;
    }

    public override int ReadByte()
    {
        byte[] one = new byte[1];
        return Read(one, 0, 1) == 1 ? one[0] : -1;
    }
}
