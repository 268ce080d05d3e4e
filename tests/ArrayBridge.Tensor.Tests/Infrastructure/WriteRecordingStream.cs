namespace ArrayBridge.Tests;

/// <summary>A memory stream that records the largest single write, to see how a writer chunks its output.</summary>
internal sealed class WriteRecordingStream : MemoryStream
{
    public long LargestWrite { get; private set; }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        LargestWrite = Math.Max(LargestWrite, buffer.Length);
        base.Write(buffer);
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        LargestWrite = Math.Max(LargestWrite, count);
        base.Write(buffer, offset, count);
    }
}
