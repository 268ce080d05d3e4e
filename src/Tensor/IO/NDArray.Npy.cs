namespace ArrayBridge;

public unsafe partial class NDArray
{
    // Non-contiguous arrays are written through a C-ordered buffer of about this many bytes, so
    // saving never needs a second copy of the whole array.
    private const int NpyCopyBufferBytes = 1 << 20;

    // Single stream calls stay below int.MaxValue bytes.
    private const int NpyIoChunkBytes = 1 << 30;

    /// <summary>
    /// Writes <paramref name="array"/> in NumPy's .npy format, byte for byte what <c>np.save(path, array)</c>
    /// writes (NumPy 1.24): format 1.0 (2.0 when the header needs more than 65535 bytes), descr =
    /// <c>dtype.str</c> in the array's byte order, <c>fortran_order</c> True only for F- and not
    /// C-contiguous arrays, data otherwise in C order whatever the strides. As <c>np.save</c> does,
    /// <c>.npy</c> is appended to <paramref name="path"/> when it does not already end with it.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="array"/> is null.</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="array"/> is disposed.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Save(string path, NDArray array)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(array);
        array.ThrowIfDisposed();
        if (!path.EndsWith(".npy", StringComparison.Ordinal))
            path += ".npy";
        byte[] header = NpyHeaderFor(array);

        // Reserving the file's blocks up front (fallocate, as NumPy's tofile does) lets the file
        // system write the data into allocated extents; without it, ext4 flushes a file that was
        // truncated and rewritten to disk when it is closed, which made a large Save several times
        // slower than np.save. Unbuffered: the data goes straight from the array to the kernel.
        var options = new FileStreamOptions
        {
            Mode = FileMode.Create,
            Access = FileAccess.Write,
            Share = FileShare.None,
            BufferSize = 0,
            PreallocationSize = header.Length + array.NBytes,
        };
        using var file = new FileStream(path, options);
        WriteNpy(file, array, header);
    }

    private static byte[] NpyHeaderFor(NDArray array) =>
        NpyFormat.BuildHeader(new NpyHeader(array.DType, array.IsFContiguous && !array.IsCContiguous, array.ShapeArray));

    /// <summary>
    /// Writes <paramref name="array"/> to <paramref name="stream"/> in NumPy's .npy format, the bytes
    /// <c>np.save(file, array)</c> writes to an open file (see <see cref="Save(string, NDArray)"/>).
    /// The stream is left open, positioned after the data.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="array"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable.</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="array"/> is disposed.</exception>
    public static void Save(Stream stream, NDArray array)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(array);
        array.ThrowIfDisposed();
        if (!stream.CanWrite)
            ThrowHelper.ThrowArgument("The stream is not writable.", nameof(stream));

        WriteNpy(stream, array, NpyHeaderFor(array));
    }

    private static void WriteNpy(Stream stream, NDArray array, byte[] header)
    {
        bool fortran = array.IsFContiguous && !array.IsCContiguous;
        stream.Write(header);
        if (array.Size == 0)
            return;
        if (array.IsCContiguous || fortran)
            WriteRaw(stream, array.Data, array.NBytes);
        else
            array.WriteCOrderChunks(stream);
    }

    /// <summary>
    /// Reads a .npy file as <c>np.load(path)</c> does (with <c>allow_pickle=False</c>): versions 1.0, 2.0
    /// and 3.0, every supported dtype in either byte order (the result keeps the file's byte order),
    /// C or Fortran order (a Fortran file gives an F-contiguous array), 0-d and empty arrays.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a valid .npy file; the message names the problem in NumPy's words
    /// (bad magic string, invalid version, EOF while reading a part, header too large, wrong keys, invalid shape,
    /// descr or fortran_order, object arrays).</exception>
    /// <exception cref="NotSupportedException">The file holds a NumPy dtype ArrayBridge does not support (strings, structured, datetime, ...).</exception>
    public static NDArray Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        return Load(file);
    }

    /// <summary>
    /// Reads one .npy array from <paramref name="stream"/> as <c>np.load(file)</c> does on an open file
    /// (see <see cref="Load(string)"/>), leaving the stream after the array's data. Nothing is read
    /// past the data the header announces.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not readable.</exception>
    /// <exception cref="InvalidDataException">The stream does not hold a valid .npy array; the message names the problem.</exception>
    /// <exception cref="NotSupportedException">The data has a NumPy dtype ArrayBridge does not support.</exception>
    public static NDArray Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead)
            ThrowHelper.ThrowArgument("The stream is not readable.", nameof(stream));

        NpyHeader header = NpyFormat.ReadHeader(stream);
        nint nbytes = header.DType.ItemSize;
        foreach (nint n in header.Shape)
            nbytes *= n; // ReadHeader proved the product fits in nint
        // Refuse before allocating, so a forged shape cannot make us allocate far more than the file holds.
        if (stream.CanSeek && nbytes > stream.Length - stream.Position)
            ThrowHelper.ThrowInvalidData($"EOF: reading array data, expected {nbytes} bytes got {stream.Length - stream.Position}");

        NDArray result = Empty(header.DType, header.Shape, header.FortranOrder ? ArrayOrder.F : ArrayOrder.C);
        try
        {
            byte* p = result.Data;
            nint done = 0;
            while (done < nbytes)
            {
                int chunk = (int)Math.Min(nbytes - done, NpyIoChunkBytes);
                int got = stream.ReadAtLeast(new Span<byte>(p + done, chunk), chunk, throwOnEndOfStream: false);
                done += got;
                if (got != chunk)
                    ThrowHelper.ThrowInvalidData($"EOF: reading array data, expected {nbytes} bytes got {done}");
            }

            return result;
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }

    private static void WriteRaw(Stream stream, byte* data, nint length)
    {
        for (nint done = 0; done < length;)
        {
            int chunk = (int)Math.Min(length - done, NpyIoChunkBytes);
            stream.Write(new ReadOnlySpan<byte>(data + done, chunk));
            done += chunk;
        }
    }

    // Streams a non-contiguous array in C order: the trailing axes that fit in the buffer are copied
    // whole, the next axis outward in runs of as many rows as fit, the leading axes one index at a time.
    private void WriteCOrderChunks(Stream stream)
    {
        int ndim = NDim;
        nint itemSize = ItemSize;
        if (NBytes <= NpyCopyBufferBytes)
        {
            using NDArray whole = Copy(ArrayOrder.C);
            WriteRaw(stream, whole.Data, whole.NBytes);
            return;
        }

        // axis = the outermost axis that is only partly buffered; everything after it fits whole.
        int axis = ndim - 1;
        nint inner = 1;
        while (axis > 0 && inner * _shape[axis] * itemSize <= NpyCopyBufferBytes)
        {
            inner *= _shape[axis];
            axis--;
        }

        nint rows = Math.Max(1, Math.Min(_shape[axis], NpyCopyBufferBytes / (inner * itemSize)));
        nint[] blockShape = _shape[axis..];
        blockShape[0] = rows;
        nint[] blockStrides = _strides[axis..];
        using NDArray buffer = Empty(_dtype, blockShape);
        nint[] index = new nint[axis];
        while (true)
        {
            nint offset = 0;
            for (int i = 0; i < axis; i++)
                offset += index[i] * _strides[i];
            for (nint start = 0; start < _shape[axis]; start += rows)
            {
                nint count = Math.Min(rows, _shape[axis] - start);
                blockShape[0] = count;
                using NDArray source = AsStrided(blockShape, blockStrides, offset + start * _strides[axis]);
                NDArray target = count == rows ? buffer : buffer.AsStrided(blockShape, buffer.StridesArray);
                try
                {
                    AssignCore(source, target);
                    WriteRaw(stream, buffer.Data, count * inner * itemSize);
                }
                finally
                {
                    if (!ReferenceEquals(target, buffer))
                        target.Dispose();
                }
            }

            blockShape[0] = rows;
            int d = axis - 1;
            while (d >= 0 && ++index[d] == _shape[d])
                index[d--] = 0;
            if (d < 0)
                return;
        }
    }
}
