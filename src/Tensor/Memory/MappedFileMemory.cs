namespace ArrayBridge;

/// <summary>
/// A mapping of part of a file (<c>mmap</c> of <c>[MapStart, MapStart + MapLength)</c>), the owner of
/// every array over a memory-mapped .npy file. <see cref="ArrayMemory.Start"/> is the first data byte
/// after the header; the mapping itself begins at the page boundary at or below it, as NumPy's
/// <c>memmap</c> maps. The mapping is unmapped exactly once, when the last holder goes.
/// </summary>
internal sealed unsafe class MappedFileMemory : ArrayMemory
{
    private static long s_mapped;
    private static long s_unmapped;
    private static long s_flushed;

    private readonly byte* _mapStart;
    private readonly nint _mapLength;

    public MappedFileMemory(string path, MmapMode mode, byte* mapStart, nint mapLength, nint dataOffset, nint dataLength)
        : base(mapStart + dataOffset, dataLength, mode != MmapMode.ReadOnly)
    {
        _mapStart = mapStart;
        _mapLength = mapLength;
        Path = path;
        Mode = mode;
        Interlocked.Increment(ref s_mapped);
    }

    /// <summary>The mapped file's path as given.</summary>
    public string Path { get; }

    /// <summary>The mode the file was mapped with.</summary>
    public MmapMode Mode { get; }

    /// <summary>File mappings not yet unmapped, process-wide (for leak tests).</summary>
    public static long LiveCount => Interlocked.Read(ref s_mapped) - Interlocked.Read(ref s_unmapped);

    /// <summary>File mappings unmapped so far, process-wide.</summary>
    public static long UnmappedCount => Interlocked.Read(ref s_unmapped);

    /// <summary>Successful <see cref="Flush"/> calls, process-wide (for tests).</summary>
    public static long FlushCount => Interlocked.Read(ref s_flushed);

    /// <summary>
    /// Writes the whole mapping's changed pages to the file and waits for the device; nothing to do
    /// for a read-only or copy-on-write mapping, whose pages never reach the file.
    /// </summary>
    /// <exception cref="IOException">The system reported a write error.</exception>
    public void Flush()
    {
        if (Mode is MmapMode.ReadOnly or MmapMode.CopyOnWrite)
            return;
        FileMapping.Sync(_mapStart, _mapLength, Path);
        Interlocked.Increment(ref s_flushed);
    }

    public override string Describe() => $"memory-mapped file '{Path}' (mode '{FileMapping.ModeText(Mode)}'), {Length} data bytes at 0x{(nint)Start:x}";

    // munmap touches no managed object, so the finalizer may run it too.
    protected override void Release(bool disposing)
    {
        FileMapping.Unmap(_mapStart, _mapLength);
        Interlocked.Increment(ref s_unmapped);
    }
}
