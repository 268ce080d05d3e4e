namespace ArrayBridge;

public unsafe partial class NDArray
{
    /// <summary>
    /// Memory-maps a .npy file as <c>np.load(path, mmap_mode=...)</c> does: only the header is read,
    /// and the returned array lies over the mapped file itself, zero-copy, so opening takes the same
    /// time whatever the file's size and pages are read from the file when first touched.
    /// </summary>
    /// <remarks>
    /// <para>
    /// <paramref name="mmapMode"/> is NumPy's: <see cref="MmapMode.ReadOnly"/> (<c>'r'</c>) gives an
    /// array that is not WRITEABLE; <see cref="MmapMode.ReadWrite"/> (<c>'r+'</c>) a writable array
    /// whose writes reach the file (and every other process mapping it) without any flush call, the
    /// kernel writing the pages back to disk in its own time; <see cref="MmapMode.CopyOnWrite"/>
    /// (<c>'c'</c>) a writable array whose writes stay in this process and never reach the file.
    /// A Fortran-order file gives an F-contiguous array; a byte-swapped dtype is mapped as it is
    /// (an <see cref="NDArray"/> rather than an <see cref="NDArray{T}"/>).
    /// </para>
    /// <para>
    /// The mapping is the array's owner, shared by its views and by a NumPy array made from it with
    /// <c>NumPy.ToNumPy</c>; it is unmapped when the last of them is disposed (or finalized). The file
    /// may be renamed or deleted meanwhile: the mapping keeps its data.
    /// </para>
    /// <para>
    /// A header that announces more data than the file holds is refused before anything is mapped
    /// (NumPy's <c>mmap length is greater than file size</c>; unlike NumPy's <c>'r+'</c>, which
    /// silently extends such a file, every mode refuses it). As with every memory mapping, truncating
    /// the file while it is mapped, by this or another process, makes a later access to the lost
    /// pages kill the process with SIGBUS, which no exception can report: do not shrink a file that
    /// is mapped, and do not overwrite it with <see cref="Save(string, NDArray)"/>, <c>np.save</c> or
    /// <see cref="OpenMemmap(string, DType, ReadOnlySpan{nint}, ArrayOrder)"/> (they truncate it first)
    /// while any array over it is alive.
    /// </para>
    /// </remarks>
    /// <param name="path">The .npy file (no extension is added).</param>
    /// <param name="mmapMode">How to map it: <c>'r'</c>, <c>'r+'</c> or <c>'c'</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="mmapMode"/> is <see cref="MmapMode.WritePlus"/>, which creates a file: use <see cref="OpenMemmap(string, DType, ReadOnlySpan{nint}, ArrayOrder)"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mmapMode"/> is not a defined value.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The header is not valid (NumPy's messages, as for <see cref="Load(string)"/>), or it announces more data than the file holds.</exception>
    /// <exception cref="NotSupportedException">The file holds a NumPy dtype ArrayBridge does not support.</exception>
    /// <exception cref="UnauthorizedAccessException">No permission to open the file for the mode (<c>'r+'</c> needs write permission).</exception>
    /// <exception cref="IOException">The system refused to open or map the file.</exception>
    /// <exception cref="PlatformNotSupportedException">Not Linux or macOS on a 64-bit processor.</exception>
    public static NDArray Load(string path, MmapMode mmapMode)
    {
        ArgumentNullException.ThrowIfNull(path);
        CheckMmapMode(mmapMode, nameof(mmapMode));
        return MapExisting(path, mmapMode);
    }

    /// <summary>
    /// Memory-maps an existing .npy file, as <c>np.lib.format.open_memmap(path, mode)</c> does for
    /// <paramref name="mode"/> <c>'r'</c>, <c>'r+'</c> (its default) or <c>'c'</c>; the same as
    /// <see cref="Load(string, MmapMode)"/>, whose remarks give the semantics and hazards.
    /// </summary>
    /// <param name="path">The .npy file.</param>
    /// <param name="mode">How to map it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="mode"/> is <see cref="MmapMode.WritePlus"/>, which needs a dtype and shape: use <see cref="OpenMemmap(string, DType, ReadOnlySpan{nint}, ArrayOrder)"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined value.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The header is not valid, or it announces more data than the file holds.</exception>
    /// <exception cref="NotSupportedException">The file holds a NumPy dtype ArrayBridge does not support.</exception>
    /// <exception cref="UnauthorizedAccessException">No permission to open the file for the mode (<c>'r+'</c> needs write permission).</exception>
    /// <exception cref="IOException">The system refused to open or map the file.</exception>
    /// <exception cref="PlatformNotSupportedException">Not Linux or macOS on a 64-bit processor.</exception>
    public static NDArray OpenMemmap(string path, MmapMode mode = MmapMode.ReadWrite)
    {
        ArgumentNullException.ThrowIfNull(path);
        CheckMmapMode(mode, nameof(mode));
        return MapExisting(path, mode);
    }

    /// <summary>
    /// Creates (or overwrites) a .npy file for an array of <paramref name="shape"/> and
    /// <paramref name="dtype"/> and maps it read-write, as
    /// <c>np.lib.format.open_memmap(path, mode='w+', dtype=dtype, shape=shape, fortran_order=order == 'F')</c>
    /// does: the header is byte for byte NumPy's, and the data is zero-filled by extending the file,
    /// which on file systems with sparse files takes no disk space until written. Writes reach the
    /// file as in <see cref="MmapMode.ReadWrite"/>; see <see cref="Load(string, MmapMode)"/> for the
    /// lifetime and the truncation hazard.
    /// </summary>
    /// <param name="path">The file to create (no extension is added).</param>
    /// <param name="dtype">The element type, written in its byte order.</param>
    /// <param name="shape">The array's shape.</param>
    /// <param name="order">C or F; F writes <c>'fortran_order': True</c> and gives an F-contiguous array.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException">An order other than C or F, or more than <see cref="MaxDimensions"/> axes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative length, or an undefined <paramref name="order"/>.</exception>
    /// <exception cref="OverflowException">The byte size does not fit in <see cref="nint"/>.</exception>
    /// <exception cref="UnauthorizedAccessException">No permission to create or overwrite the file.</exception>
    /// <exception cref="IOException">The file cannot be created, extended or mapped (for instance, a full disk).</exception>
    /// <exception cref="PlatformNotSupportedException">Not Linux or macOS on a 64-bit processor.</exception>
    public static NDArray OpenMemmap(string path, DType dtype, ReadOnlySpan<nint> shape, ArrayOrder order = ArrayOrder.C)
    {
        ArgumentNullException.ThrowIfNull(path);
        EnumChecks.Check(order);
        bool fortran = order switch
        {
            ArrayOrder.C => false,
            ArrayOrder.F => true,
            _ => ThrowHelper.ThrowArgument<bool>($"only 'C' or 'F' order is permitted for a memory-mapped file, not '{order}'", nameof(order)),
        };
        Layout.ValidateShape(shape, dtype.ItemSize, out nint nbytes);
        byte[] header = NpyFormat.BuildHeader(new NpyHeader(dtype, fortran, shape.ToArray()));
        using var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 0);
        file.Write(header);

        // Extending the file zero-fills it without writing, as NumPy's memmap does by writing one byte at the end.
        file.SetLength(header.Length + (long)nbytes);
        return MapOpened(file, path, MmapMode.WritePlus, new NpyHeader(dtype, fortran, shape.ToArray()), header.Length, nbytes);
    }

    /// <summary>
    /// Writes the changes made through a memory-mapped array to its file and waits until the device
    /// has them, as NumPy's <c>memmap.flush()</c> does (<c>msync</c> with <c>MS_SYNC</c>). Writes through
    /// <see cref="MmapMode.ReadWrite"/> and <see cref="MmapMode.WritePlus"/> mappings are visible to
    /// every reader of the file at once; this is only needed to have them on disk at a known time.
    /// The whole mapping is flushed, whichever view of it this array is. As for NumPy, an array that is
    /// not over a file mapping, or is over a read-only or copy-on-write one, has nothing to flush.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The array is disposed.</exception>
    /// <exception cref="IOException">The system reported an error writing the pages back.</exception>
    public void Flush()
    {
        ThrowIfDisposed();
        if (_memory is MappedFileMemory mapping)
            mapping.Flush();
    }

    private static void CheckMmapMode(MmapMode mode, string paramName)
    {
        if ((uint)mode > (uint)MmapMode.WritePlus)
        {
            ThrowHelper.ThrowUndefinedEnum(paramName, (int)mode, nameof(MmapMode));
        }

        if (mode == MmapMode.WritePlus)
        {
            ThrowHelper.ThrowArgument("mode 'w+' creates a new file and needs its dtype and shape: use NDArray.OpenMemmap(path, dtype, shape, order)", paramName);
        }
    }

    private static NDArray MapExisting(string path, MmapMode mode)
    {
        FileAccess access = mode == MmapMode.ReadWrite ? FileAccess.ReadWrite : FileAccess.Read;

        // A small buffer: the header is read in a few small pieces, and the data never through the stream.
        using var file = new FileStream(path, FileMode.Open, access, FileShare.ReadWrite | FileShare.Delete, bufferSize: 4096);
        NpyHeader header = NpyFormat.ReadHeader(file);
        long offset = file.Position;
        nint nbytes = header.DType.ItemSize;
        foreach (nint n in header.Shape)
        {
            nbytes *= n; // ReadHeader proved the product fits in nint
        }

        long length = file.Length;
        if (nbytes > length - offset)
        {
            ThrowHelper.ThrowInvalidData($"mmap length is greater than file size: the header of '{path}' announces {nbytes} bytes of data after {offset} header bytes, but the file has {length} bytes");
        }

        return MapOpened(file, path, mode, header, offset, nbytes);
    }

    // Maps from the page boundary at or below the data, as NumPy's memmap does: mmap offsets must be
    // page-aligned, and the header before the data is only a partial page.
    private static NDArray MapOpened(FileStream file, string path, MmapMode mode, NpyHeader header, long dataOffset, nint nbytes)
    {
        long page = Environment.SystemPageSize;
        long mapStart = nbytes == 0 ? 0 : dataOffset - (dataOffset % page);
        nint mapLength = checked((nint)(dataOffset - mapStart) + nbytes);
        byte* address = FileMapping.Map(file.SafeFileHandle, path, mode, mapStart, mapLength);
        var memory = new MappedFileMemory(path, mode, address, mapLength, (nint)(dataOffset - mapStart), nbytes);
        try
        {
            nint[] shape = header.Shape;
            nint[] strides = new nint[shape.Length];
            if (nbytes != 0)
            {
                Layout.FillStrides(shape, header.DType.ItemSize, header.FortranOrder, strides);
            }

            return Create(memory, memory.Start, shape, strides, header.DType, ArrayFlags.Writeable, null);
        }
        catch
        {
            // No array holds the mapping yet, so nothing else will unmap it.
            memory.AddHolder();
            memory.RemoveHolder();
            throw;
        }
    }
}
