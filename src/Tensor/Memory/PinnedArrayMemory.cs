using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ArrayBridge;

/// <summary>A managed array pinned for as long as any NDArray wraps it; unpinned exactly once.</summary>
internal sealed unsafe class PinnedArrayMemory : ArrayMemory
{
    private GCHandle _handle;
    private readonly Array _array;

    private PinnedArrayMemory(Array array, GCHandle handle, byte* start, nint length, bool writeable)
        : base(start, length, writeable)
    {
        _array = array;
        _handle = handle;
    }

    /// <summary>Pins <paramref name="array"/> (any rank) and covers all its elements.</summary>
    public static PinnedArrayMemory Pin(Array array, int elementSize, bool writeable)
    {
        GCHandle handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        byte* start = (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(array));
        nint length = checked((nint)array.LongLength * elementSize);
        return new PinnedArrayMemory(array, handle, start, length, writeable);
    }

    public override string Describe() => $"pinned {_array.GetType().Name} of {Length} bytes at 0x{(nint)Start:x}";

    protected override void Release(bool disposing) => _handle.Free();
}
