using System.IO.Compression;

namespace ArrayBridge;

/// <summary>
/// Writes .npz archives as NumPy 1.24's <c>_savez</c> does: one zip member <c>name + ".npy"</c> per
/// array holding exactly <c>np.save</c>'s bytes, stored (<c>np.savez</c>) or deflated at zlib's default
/// level (<c>np.savez_compressed</c>), named arrays first and then <c>arr_0</c>, <c>arr_1</c>, ...
/// </summary>
/// <remarks>
/// System.IO.Compression's ZipArchive does what is needed: in Create mode it streams each member straight
/// to the archive (no buffering of the member), writes CRC and sizes back into the local header on a
/// seekable stream and uses data descriptors on one that is not, and switches to ZIP64 by itself when a
/// member or offset passes 4 GiB. Python's zipfile instead reserves a ZIP64 extra field in every local
/// header (<c>force_zip64=True</c>) and uses ZIP64 from 2 GiB; both are valid zip files that either reads.
/// </remarks>
internal static class NpzWriter
{
    /// <summary>
    /// Checks every name and array first, so nothing is written for a bad call, and returns the members
    /// in NumPy's order: the named ones as given, then the positional ones as <c>arr_i</c>.
    /// </summary>
    public static List<(string Name, NDArray Array)> Collect(ReadOnlySpan<NDArray> arrays, ReadOnlySpan<(string Name, NDArray Array)> named)
    {
        var members = new List<(string, NDArray)>(arrays.Length + named.Length);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string name, NDArray array) in named)
        {
            if (name is null)
                ThrowHelper.ThrowArgumentNull(nameof(named), "An array name is null.");
            Check(array, nameof(named));
            if (!names.Add(name))
                ThrowHelper.ThrowArgument($"The name '{name}' is given twice; each array in an archive needs its own name.", nameof(named));
            members.Add((name, array));
        }

        for (int i = 0; i < arrays.Length; i++)
        {
            Check(arrays[i], nameof(arrays));
            string key = "arr_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!names.Add(key))
                ThrowHelper.ThrowArgument($"Cannot use un-named variables and keyword {key}", nameof(named));
            members.Add((key, arrays[i]));
        }

        return members;
    }

    /// <summary>As <see cref="Collect(ReadOnlySpan{NDArray}, ReadOnlySpan{ValueTuple{string, NDArray}})"/> for name/array pairs.</summary>
    public static List<(string Name, NDArray Array)> Collect(IEnumerable<KeyValuePair<string, NDArray>> named)
    {
        ArgumentNullException.ThrowIfNull(named);
        var pairs = new List<(string, NDArray)>();
        foreach (KeyValuePair<string, NDArray> pair in named)
            pairs.Add((pair.Key, pair.Value));
        return Collect([], System.Runtime.InteropServices.CollectionsMarshal.AsSpan(pairs));
    }

    private static void Check(NDArray? array, string paramName)
    {
        if (array is null)
            ThrowHelper.ThrowArgumentNull(paramName, "An array to save is null.");
        array.ThrowIfDisposed();
    }

    /// <summary>Writes the archive to <paramref name="path"/>, appending <c>.npz</c> when it does not end with it (as <c>np.savez</c>).</summary>
    public static void Write(string path, List<(string Name, NDArray Array)> members, bool compress)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!path.EndsWith(".npz", StringComparison.Ordinal))
            path += ".npz";
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        Write(file, members, compress);
    }

    /// <summary>Writes the archive to <paramref name="stream"/> from its current position, leaving it open after the archive.</summary>
    public static void Write(Stream stream, List<(string Name, NDArray Array)> members, bool compress)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanWrite)
            ThrowHelper.ThrowArgument("The stream is not writable.", nameof(stream));
        // zlib's default level 6 is what Python's zipfile uses for ZIP_DEFLATED; Optimal is that level.
        CompressionLevel level = compress ? CompressionLevel.Optimal : CompressionLevel.NoCompression;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        foreach ((string name, NDArray array) in members)
        {
            ZipArchiveEntry entry = zip.CreateEntry(name + ".npy", level);
            using Stream member = entry.Open();
            NDArray.Save(member, array);
        }
    }
}
