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

    public override string Describe() => $"memory-mapped file '{Path}' (mode '{FileMapping.ModeText(Mode)}'), {Length} data bytes at 0x{(nint)Start:x}";

    // munmap touches no managed object, so the finalizer may run it too.
    protected override void Release(bool disposing)
    {
        FileMapping.Unmap(_mapStart, _mapLength);
        Interlocked.Increment(ref s_unmapped);
    }
}
