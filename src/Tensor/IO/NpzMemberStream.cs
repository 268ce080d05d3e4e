using System.IO.Hashing;

namespace ArrayBridge;

/// <summary>
/// Reads one archive member's uncompressed bytes, counting them and keeping their CRC-32, so the
/// reader can compare what the .npy header announces with the size the central directory gives and
/// check the data against the stored CRC as Python's zipfile does.
/// </summary>
internal sealed class NpzMemberStream(Stream inner) : Stream
{
    /// <summary>Uncompressed bytes read so far.</summary>
    public long Consumed { get; private set; }

    // System.IO.Hashing's CRC-32 is zlib's (reflected 0xEDB88320) and folds with carry-less multiply
    // where the CPU has it, so checking the data costs little beside inflating or copying it.
    private readonly Crc32 _crc = new();

    /// <summary>The CRC-32 of the bytes read so far, as <c>zlib.crc32</c> gives it.</summary>
    public uint Crc => _crc.GetCurrentHashAsUInt32();

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position { get => Consumed; set => throw new NotSupportedException(); }

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer)
    {
        int n = inner.Read(buffer);
        _crc.Append(buffer[..n]);
        Consumed += n;
        return n;
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count)
    {
        ValidateBufferArguments(buffer, offset, count);
        return Read(buffer.AsSpan(offset, count));
    }

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }
}
