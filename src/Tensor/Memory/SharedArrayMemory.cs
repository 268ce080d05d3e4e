namespace ArrayBridge;

/// <summary>
/// A mapping of a named POSIX shared memory segment (<c>/dev/shm/&lt;name&gt;</c> on Linux), as
/// Python's <c>multiprocessing.shared_memory.SharedMemory</c> maps it: the whole segment,
/// <c>MAP_SHARED</c>, so writes are seen by every process that maps the same name. The mapping is
/// unmapped exactly once, when the last array over it is disposed or finalized. Unmapping never
/// removes the name: that is <see cref="PosixSharedMemory.Unlink"/>'s job alone.
/// </summary>
internal sealed unsafe class SharedArrayMemory : ArrayMemory
{
    private static long s_mapped;
    private static long s_unmapped;

    public SharedArrayMemory(string name, byte* start, nint length, bool writeable)
        : base(start, length, writeable)
    {
        Name = name;
        Interlocked.Increment(ref s_mapped);
    }

    /// <summary>The segment's name, without the leading '/' (as <c>SharedMemory.name</c> reports it).</summary>
    public string Name { get; }

    /// <summary>Mappings not yet unmapped, process-wide (for leak tests).</summary>
    public static long LiveCount => Interlocked.Read(ref s_mapped) - Interlocked.Read(ref s_unmapped);

    /// <summary>Mappings unmapped so far, process-wide.</summary>
    public static long UnmappedCount => Interlocked.Read(ref s_unmapped);

    public override string Describe() => $"shared memory segment '{Name}' of {Length} bytes mapped at 0x{(nint)Start:x}";

    // munmap touches no managed object, so the finalizer may run it too.
    protected override void Release(bool disposing)
    {
        PosixSharedMemory.Unmap(Start, Length);
        Interlocked.Increment(ref s_unmapped);
    }
}
