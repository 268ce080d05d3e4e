namespace ArrayBridge;

/// <summary>
/// How a .npy file is memory-mapped: NumPy's <c>mmap_mode</c> of <c>np.load</c> and
/// <c>np.lib.format.open_memmap</c>.
/// </summary>
public enum MmapMode
{
    /// <summary><c>'r'</c>: mapped read-only; the array is not WRITEABLE.</summary>
    ReadOnly,

    /// <summary><c>'r+'</c>: mapped read-write and shared; writes reach the file and every other mapping of it.</summary>
    ReadWrite,

    /// <summary><c>'c'</c>: copy-on-write; the array is writable, but writes stay in this process's memory and never reach the file.</summary>
    CopyOnWrite,

    /// <summary><c>'w+'</c>: creates (or overwrites) the file with a header and zero-filled data, then maps it read-write and shared.</summary>
    WritePlus,
}
