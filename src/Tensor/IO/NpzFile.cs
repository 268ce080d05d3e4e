using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.IO.Compression;

namespace ArrayBridge;

/// <summary>
/// A .npz archive opened for reading, as NumPy's <c>NpzFile</c> (what <c>np.load</c> returns for a
/// .npz): opening reads only the zip central directory; each member is read and parsed when it is
/// asked for (<see cref="this[string]"/>, <see cref="TryGet"/>), never before. Keys are the member
/// names without their <c>.npy</c> extension, as NumPy's <c>NpzFile.files</c>. Enumerating gives the
/// keys, as iterating a NumPy <c>NpzFile</c> does; each array read is a new array the caller owns and
/// disposes, which is why this is not an <see cref="IReadOnlyDictionary{TKey, TValue}"/> whose values
/// would be created behind the caller's back. Reads are serialised, so one archive may be shared
/// between threads.
/// </summary>
public sealed class NpzFile : IReadOnlyCollection<string>, IDisposable
{
    // Deflate emits at most 258 bytes per 2-bit code, so a member cannot inflate beyond this ratio;
    // a directory claiming more is corrupt, and is refused before anything is allocated for it.
    private const long MaxDeflateRatio = 1032;

    private const int IoChunkBytes = 1 << 30;

    private readonly object _gate = new();
    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _byName = new(StringComparer.Ordinal);
    private readonly string[] _keys;
    private bool _disposed;

    private NpzFile(Stream stream, bool ownsStream, ZipArchive zip)
    {
        _stream = stream;
        _ownsStream = ownsStream;
        _zip = zip;
        var keys = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (ZipArchiveEntry entry in zip.Entries)
        {
            // A name written twice resolves to its last copy, as Python's ZipFile.getinfo does.
            _byName[entry.FullName] = entry;
            string key = entry.FullName.EndsWith(".npy", StringComparison.Ordinal) ? entry.FullName[..^4] : entry.FullName;
            if (seen.Add(key))
                keys.Add(key);
        }

        _keys = [.. keys];
    }

    /// <summary>
    /// Opens the archive in <paramref name="stream"/> (seekable and readable, checked by the caller),
    /// reading its central directory only; disposes the stream on failure when <paramref name="ownsStream"/>.
    /// </summary>
    internal static NpzFile Open(Stream stream, bool ownsStream)
    {
        ZipArchive? zip = null;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            return new NpzFile(stream, ownsStream, zip);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or ArgumentOutOfRangeException or (IOException and not FileNotFoundException))
        {
            string message = NotAZipMessage(stream, e);
            zip?.Dispose();
            if (ownsStream)
                stream.Dispose();
            return ThrowHelper.ThrowInvalidData<NpzFile>(message, e);
        }
        catch
        {
            zip?.Dispose();
            if (ownsStream)
                stream.Dispose();
            throw;
        }
    }

    /// <summary>The member names without their <c>.npy</c> extension, in archive order (NumPy's <c>NpzFile.files</c>).</summary>
    /// <exception cref="ObjectDisposedException">The archive was disposed.</exception>
    public IReadOnlyList<string> Keys
    {
        get
        {
            ThrowIfDisposed();
            return _keys;
        }
    }

    /// <summary>The number of members (NumPy's <c>len(npz)</c>).</summary>
    /// <exception cref="ObjectDisposedException">The archive was disposed.</exception>
    public int Count
    {
        get
        {
            ThrowIfDisposed();
            return _keys.Length;
        }
    }

    /// <summary>
    /// Reads and parses the member <paramref name="key"/> (given with or without <c>.npy</c>, as
    /// <c>npz[key]</c> in NumPy), returning a new array the caller owns. Reading stops at the data the
    /// .npy header announces; the member's CRC-32 is checked as Python's zipfile checks it.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No member has that name ("x is not a file in the archive", NumPy's words).</exception>
    /// <exception cref="ObjectDisposedException">The archive was disposed.</exception>
    /// <exception cref="InvalidDataException">The member is not a valid .npy file (the message names the member and gives the
    /// .npy problem in NumPy's words), announces more data than it holds, fails its CRC check, or cannot be decompressed.</exception>
    /// <exception cref="NotSupportedException">The member holds a NumPy dtype ArrayBridge does not support.</exception>
    public NDArray this[string key]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(key);
            lock (_gate)
            {
                ThrowIfDisposed();
                ZipArchiveEntry? entry = Find(key);
                if (entry is null)
                    ThrowHelper.ThrowKeyNotFound($"{key} is not a file in the archive");
                return ReadMember(entry);
            }
        }
    }

    /// <summary>
    /// Reads the member <paramref name="key"/> when the archive has one (see <see cref="this[string]"/>);
    /// returns false, reading nothing, when it does not. A member that exists but is not a valid .npy
    /// still throws.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">The archive was disposed.</exception>
    /// <exception cref="InvalidDataException">The member is not a valid .npy file.</exception>
    /// <exception cref="NotSupportedException">The member holds a NumPy dtype ArrayBridge does not support.</exception>
    public bool TryGet(string key, [NotNullWhen(true)] out NDArray? array)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            ThrowIfDisposed();
            ZipArchiveEntry? entry = Find(key);
            array = entry is null ? null : ReadMember(entry);
            return array is not null;
        }
    }

    /// <summary>True when the archive has a member <paramref name="key"/> (with or without <c>.npy</c>); reads no member data.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">The archive was disposed.</exception>
    public bool ContainsKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        ThrowIfDisposed();
        return Find(key) is not null;
    }

    /// <summary>The keys, as iterating a NumPy <c>NpzFile</c> gives them; no member is read.</summary>
    /// <exception cref="ObjectDisposedException">The archive was disposed.</exception>
    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)Keys).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Closes the archive, and the file or stream when <see cref="NDArray.LoadNpz(string)"/> opened it. Arrays already read stay valid.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
                return;
            _disposed = true;
            _zip.Dispose();
            if (_ownsStream)
                _stream.Dispose();
        }
    }

    private void ThrowIfDisposed()
    {
        if (_disposed)
            ThrowHelper.ThrowObjectDisposed(nameof(NpzFile), "The .npz archive was disposed; open it again with NDArray.LoadNpz to read more members.");
    }

    private ZipArchiveEntry? Find(string key) =>
        _byName.TryGetValue(key, out ZipArchiveEntry? entry) || _byName.TryGetValue(key + ".npy", out entry) ? entry : null;

    private static unsafe NDArray ReadMember(ZipArchiveEntry entry)
    {
        string name = entry.FullName;
        long length = entry.Length;
        if (length / MaxDeflateRatio > entry.CompressedLength + 1) // divided, so a forged compressed size cannot overflow
            ThrowHelper.ThrowInvalidData($"{name}: the central directory gives {length} uncompressed bytes for {entry.CompressedLength} compressed bytes, more than deflate can produce; the archive is corrupt.");

        Stream raw;
        try
        {
            raw = entry.Open();
        }
        catch (InvalidDataException e)
        {
            return ThrowMember(name, e);
        }

        using var member = new NpzMemberStream(raw);
        NpyHeader header;
        try
        {
            header = NpyFormat.ReadHeader(member);
        }
        catch (InvalidDataException e)
        {
            return ThrowMember(name, e);
        }
        catch (NotSupportedException e)
        {
            return ThrowHelper.ThrowNotSupported<NDArray>($"{name}: {e.Message}", e);
        }

        nint nbytes = header.DType.ItemSize;
        foreach (nint n in header.Shape)
            nbytes *= n; // ReadHeader proved the product fits in nint
        // Refuse before allocating, so a forged shape cannot make us allocate more than the member holds.
        long available = Math.Max(0, length - member.Consumed);
        if (nbytes > available)
            ThrowHelper.ThrowInvalidData($"{name}: EOF: reading array data, expected {nbytes} bytes got {available}");

        NDArray result = NDArray.Empty(header.DType, header.Shape, header.FortranOrder ? ArrayOrder.F : ArrayOrder.C);
        try
        {
            byte* p = result.Data;
            nint done = 0;
            while (done < nbytes)
            {
                int chunk = (int)Math.Min(nbytes - done, IoChunkBytes);
                int got = Read(member, new Span<byte>(p + done, chunk), name);
                done += got;
                if (got != chunk)
                    ThrowHelper.ThrowInvalidData($"{name}: EOF: reading array data, expected {nbytes} bytes got {done}");
            }

            CheckEnd(member, entry);
            return result;
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }

    private static int Read(Stream member, Span<byte> target, string name)
    {
        try
        {
            return member.ReadAtLeast(target, target.Length, throwOnEndOfStream: false);
        }
        catch (InvalidDataException e)
        {
            return ThrowMember<int>(name, e);
        }
    }

    // Reads what follows the array data in the member (nothing, for what NumPy writes) so that the
    // CRC covers the whole member, then checks size and CRC against the central directory.
    private static void CheckEnd(NpzMemberStream member, ZipArchiveEntry entry)
    {
        Span<byte> rest = stackalloc byte[4096];
        long limit = entry.Length - member.Consumed + 1;
        while (limit > 0)
        {
            int got = Read(member, rest[..(int)Math.Min(rest.Length, limit)], entry.FullName);
            if (got == 0)
                break;
            limit -= got;
        }

        if (member.Consumed != entry.Length)
            ThrowHelper.ThrowInvalidData($"{entry.FullName}: the member holds {(limit > 0 ? member.Consumed.ToString(System.Globalization.CultureInfo.InvariantCulture) : "more than " + entry.Length)} bytes, but the central directory gives {entry.Length}; the archive is corrupt.");
        if (member.Crc != entry.Crc32)
            ThrowHelper.ThrowInvalidData($"Bad CRC-32 for file '{entry.FullName}'");
    }

    [DoesNotReturn]
    private static NDArray ThrowMember(string name, Exception e) => ThrowMember<NDArray>(name, e);

    [DoesNotReturn]
    private static T ThrowMember<T>(string name, Exception e) => ThrowHelper.ThrowInvalidData<T>($"{name}: {e.Message}", e);

    private static string NotAZipMessage(Stream stream, Exception e)
    {
        const string Message = "File is not a zip file: a .npz archive must be a zip archive";
        try
        {
            Span<byte> magic = stackalloc byte[NpyFormat.MagicLength];
            stream.Position = 0;
            int got = stream.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false);
            if (got >= 6 && magic[..6].SequenceEqual(NpyFormat.MagicPrefix))
                return $"{Message}; this is a .npy file, which NDArray.Load reads.";
        }
        catch (IOException)
        {
        }

        return $"{Message} ({e.Message})";
    }
}
