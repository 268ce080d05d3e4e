using System.Buffers;

namespace ArrayBridge;

/// <summary>A <see cref="Memory{T}"/> pinned through <see cref="Memory{T}.Pin"/>; the handle is disposed exactly once.</summary>
internal sealed unsafe class MemoryHandleArrayMemory : ArrayMemory
{
    private MemoryHandle _handle;
    private readonly string _source;

    public MemoryHandleArrayMemory(MemoryHandle handle, nint length, bool writeable, string source)
        : base((byte*)handle.Pointer, length, writeable)
    {
        _handle = handle;
        _source = source;
    }

    public override string Describe() => $"pinned {_source} of {Length} bytes at 0x{(nint)Start:x}";

    protected override void Release(bool disposing) => _handle.Dispose();
}
