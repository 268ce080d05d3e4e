namespace ArrayBridge;

public partial class NDArray
{
    /// <summary>
    /// Writes <paramref name="arrays"/> to an uncompressed .npz archive as <c>np.savez(path, *arrays)</c>
    /// does (NumPy 1.24): a zip member <c>arr_0.npy</c>, <c>arr_1.npy</c>, ... per array, each holding the bytes
    /// <see cref="Save(Stream, NDArray)"/> (and <c>np.save</c>) writes, streamed into the archive without a second
    /// copy of the array. As <c>np.savez</c> does, <c>.npz</c> is appended to <paramref name="path"/> when it does not
    /// already end with it. Every argument is checked before the file is created.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or an array is null.</exception>
    /// <exception cref="ObjectDisposedException">An array is disposed.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void SaveNpz(string path, params ReadOnlySpan<NDArray> arrays) =>
        NpzWriter.Write(path, NpzWriter.Collect(arrays, []), compress: false);

    /// <summary>
    /// Writes each named array to an uncompressed .npz archive as the member <c>name + ".npy"</c>, as
    /// <c>np.savez(path, name=array, ...)</c> does; see <see cref="SaveNpz(string, ReadOnlySpan{NDArray})"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/>, a name or an array is null.</exception>
    /// <exception cref="ArgumentException">A name is given twice.</exception>
    /// <exception cref="ObjectDisposedException">An array is disposed.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void SaveNpz(string path, params ReadOnlySpan<(string Name, NDArray Array)> namedArrays) =>
        NpzWriter.Write(path, NpzWriter.Collect([], namedArrays), compress: false);

    /// <summary>
    /// Writes positional and named arrays to an uncompressed .npz archive as <c>np.savez(path, *arrays, **named)</c>
    /// does: the named members first, then <c>arr_0</c>, <c>arr_1</c>, ... for the positional ones.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/>, a name or an array is null.</exception>
    /// <exception cref="ArgumentException">A name is given twice, or a name is <c>arr_i</c> for a positional array i
    /// ("Cannot use un-named variables and keyword arr_i", NumPy's words).</exception>
    /// <exception cref="ObjectDisposedException">An array is disposed.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void SaveNpz(string path, ReadOnlySpan<NDArray> arrays, params ReadOnlySpan<(string Name, NDArray Array)> namedArrays) =>
        NpzWriter.Write(path, NpzWriter.Collect(arrays, namedArrays), compress: false);

    /// <summary>Writes name/array pairs (a dictionary, say) to an uncompressed .npz archive, as <c>np.savez(path, **named)</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/>, <paramref name="namedArrays"/>, a name or an array is null.</exception>
    /// <exception cref="ArgumentException">A name is given twice.</exception>
    /// <exception cref="ObjectDisposedException">An array is disposed.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void SaveNpz(string path, IEnumerable<KeyValuePair<string, NDArray>> namedArrays) =>
        NpzWriter.Write(path, NpzWriter.Collect(namedArrays), compress: false);

    /// <summary>
    /// Writes <paramref name="arrays"/> as an uncompressed .npz archive (members <c>arr_0</c>, ...) to
    /// <paramref name="stream"/> from its position, as <c>np.savez(file, *arrays)</c> on an open file; the stream
    /// is left open after the archive. A stream that cannot seek gets zip data descriptors, as Python's zipfile writes.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or an array is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable.</exception>
    /// <exception cref="ObjectDisposedException">An array is disposed.</exception>
    public static void SaveNpz(Stream stream, params ReadOnlySpan<NDArray> arrays) =>
        NpzWriter.Write(stream, NpzWriter.Collect(arrays, []), compress: false);

    /// <summary>Writes named arrays as an uncompressed .npz archive to <paramref name="stream"/>; see <see cref="SaveNpz(Stream, ReadOnlySpan{NDArray})"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/>, a name or an array is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable, or a name is given twice.</exception>
    /// <exception cref="ObjectDisposedException">An array is disposed.</exception>
    public static void SaveNpz(Stream stream, params ReadOnlySpan<(string Name, NDArray Array)> namedArrays) =>
        NpzWriter.Write(stream, NpzWriter.Collect([], namedArrays), compress: false);

    /// <summary>Writes positional and named arrays as an uncompressed .npz archive to <paramref name="stream"/>; see <see cref="SaveNpz(string, ReadOnlySpan{NDArray}, ReadOnlySpan{ValueTuple{string, NDArray}})"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/>, a name or an array is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable, a name is given twice, or a name clashes with <c>arr_i</c>.</exception>
    /// <exception cref="ObjectDisposedException">An array is disposed.</exception>
    public static void SaveNpz(Stream stream, ReadOnlySpan<NDArray> arrays, params ReadOnlySpan<(string Name, NDArray Array)> namedArrays) =>
        NpzWriter.Write(stream, NpzWriter.Collect(arrays, namedArrays), compress: false);

    /// <summary>Writes name/array pairs as an uncompressed .npz archive to <paramref name="stream"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/>, <paramref name="namedArrays"/>, a name or an array is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable, or a name is given twice.</exception>
    /// <exception cref="ObjectDisposedException">An array is disposed.</exception>
    public static void SaveNpz(Stream stream, IEnumerable<KeyValuePair<string, NDArray>> namedArrays) =>
        NpzWriter.Write(stream, NpzWriter.Collect(namedArrays), compress: false);

    /// <summary>
    /// As <see cref="SaveNpz(string, ReadOnlySpan{NDArray})"/> with every member deflated at zlib's default level,
    /// as <c>np.savez_compressed(path, *arrays)</c> does.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or an array is null.</exception>
    /// <exception cref="ObjectDisposedException">An array is disposed.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void SaveNpzCompressed(string path, params ReadOnlySpan<NDArray> arrays) =>
        NpzWriter.Write(path, NpzWriter.Collect(arrays, []), compress: true);

    /// <summary>Writes named arrays to a deflated .npz archive, as <c>np.savez_compressed(path, name=array, ...)</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/>, a name or an array is null.</exception>
    /// <exception cref="ArgumentException">A name is given twice.</exception>
    /// <exception cref="ObjectDisposedException">An array is disposed.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void SaveNpzCompressed(string path, params ReadOnlySpan<(string Name, NDArray Array)> namedArrays) =>
        NpzWriter.Write(path, NpzWriter.Collect([], namedArrays), compress: true);

    /// <summary>Writes positional and named arrays to a deflated .npz archive, as <c>np.savez_compressed(path, *arrays, **named)</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/>, a name or an array is null.</exception>
    /// <exception cref="ArgumentException">A name is given twice, or a name clashes with <c>arr_i</c>.</exception>
    /// <exception cref="ObjectDisposedException">An array is disposed.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void SaveNpzCompressed(string path, ReadOnlySpan<NDArray> arrays, params ReadOnlySpan<(string Name, NDArray Array)> namedArrays) =>
        NpzWriter.Write(path, NpzWriter.Collect(arrays, namedArrays), compress: true);

    /// <summary>Writes name/array pairs to a deflated .npz archive, as <c>np.savez_compressed(path, **named)</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/>, <paramref name="namedArrays"/>, a name or an array is null.</exception>
    /// <exception cref="ArgumentException">A name is given twice.</exception>
    /// <exception cref="ObjectDisposedException">An array is disposed.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void SaveNpzCompressed(string path, IEnumerable<KeyValuePair<string, NDArray>> namedArrays) =>
        NpzWriter.Write(path, NpzWriter.Collect(namedArrays), compress: true);

    /// <summary>Writes <paramref name="arrays"/> as a deflated .npz archive to <paramref name="stream"/>, left open after the archive.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or an array is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable.</exception>
    /// <exception cref="ObjectDisposedException">An array is disposed.</exception>
    public static void SaveNpzCompressed(Stream stream, params ReadOnlySpan<NDArray> arrays) =>
        NpzWriter.Write(stream, NpzWriter.Collect(arrays, []), compress: true);

    /// <summary>Writes named arrays as a deflated .npz archive to <paramref name="stream"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/>, a name or an array is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable, or a name is given twice.</exception>
    /// <exception cref="ObjectDisposedException">An array is disposed.</exception>
    public static void SaveNpzCompressed(Stream stream, params ReadOnlySpan<(string Name, NDArray Array)> namedArrays) =>
        NpzWriter.Write(stream, NpzWriter.Collect([], namedArrays), compress: true);

    /// <summary>Writes positional and named arrays as a deflated .npz archive to <paramref name="stream"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/>, a name or an array is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable, a name is given twice, or a name clashes with <c>arr_i</c>.</exception>
    /// <exception cref="ObjectDisposedException">An array is disposed.</exception>
    public static void SaveNpzCompressed(Stream stream, ReadOnlySpan<NDArray> arrays, params ReadOnlySpan<(string Name, NDArray Array)> namedArrays) =>
        NpzWriter.Write(stream, NpzWriter.Collect(arrays, namedArrays), compress: true);

    /// <summary>Writes name/array pairs as a deflated .npz archive to <paramref name="stream"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/>, <paramref name="namedArrays"/>, a name or an array is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable, or a name is given twice.</exception>
    /// <exception cref="ObjectDisposedException">An array is disposed.</exception>
    public static void SaveNpzCompressed(Stream stream, IEnumerable<KeyValuePair<string, NDArray>> namedArrays) =>
        NpzWriter.Write(stream, NpzWriter.Collect(namedArrays), compress: true);

    /// <summary>
    /// Opens a .npz archive as <c>np.load(path)</c> does for one (NumPy's <c>NpzFile</c>, <c>allow_pickle=False</c>):
    /// only the zip central directory is read now; each member is read when asked for. Stored and deflated members
    /// are read, with every dtype, byte order and order <see cref="Load(string)"/> reads. The file stays open
    /// until the returned <see cref="NpzFile"/> is disposed.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a zip archive or its central directory is truncated or corrupt
    /// ("File is not a zip file", as Python's zipfile says).</exception>
    public static NpzFile LoadNpz(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        return NpzFile.Open(file, ownsStream: true);
    }

    /// <summary>
    /// Opens the .npz archive in <paramref name="stream"/> (see <see cref="LoadNpz(string)"/>). The stream must be
    /// seekable, as the archive is read from its central directory at the end; it is left open when the
    /// <see cref="NpzFile"/> is disposed, and must stay open while members are read.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not readable or not seekable.</exception>
    /// <exception cref="InvalidDataException">The stream does not hold a zip archive, or its central directory is truncated or corrupt.</exception>
    public static NpzFile LoadNpz(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead)
            ThrowHelper.ThrowArgument("The stream is not readable.", nameof(stream));
        if (!stream.CanSeek)
            ThrowHelper.ThrowArgument("The stream cannot seek: a .npz archive is read from its central directory at the end, as Python's zipfile does; copy it to a MemoryStream or a file first.", nameof(stream));
        return NpzFile.Open(stream, ownsStream: false);
    }
}
