using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace ArrayBridge;

/// <summary>
/// The .npy header as <c>numpy/lib/format.py</c> (NumPy 1.24) writes and reads it: magic, version,
/// little-endian header length, then a Python dict literal padded with spaces to a 64-byte boundary.
/// </summary>
internal static class NpyFormat
{
    /// <summary><c>\x93NUMPY</c>.</summary>
    internal static ReadOnlySpan<byte> MagicPrefix => [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];

    /// <summary><c>PK\x03\x04</c>, the local file header signature that starts a zip archive (np.load's test for a .npz).</summary>
    internal static ReadOnlySpan<byte> ZipMagic => [(byte)'P', (byte)'K', 3, 4];

    /// <summary>The length of the .npy magic string, 6 bytes of prefix plus the version.</summary>
    internal const int MagicLength = 8;
    private const int ArrayAlign = 64;

    // format.py GROWTH_AXIS_MAX_DIGITS: room for the growth axis to be rewritten in place.
    private const int GrowthAxisMaxDigits = 21;

    /// <summary>NumPy's <c>_MAX_HEADER_SIZE</c>: longer headers are refused before they are evaluated.</summary>
    internal const int MaxHeaderSize = 10000;

    /// <summary>The complete header bytes <c>np.save</c> writes for <paramref name="header"/>, choosing the oldest version that fits.</summary>
    public static byte[] BuildHeader(NpyHeader header)
    {
        var sb = new StringBuilder(128);
        sb.Append("{'descr': '").Append(header.DType.TypeStr).Append("', 'fortran_order': ")
          .Append(header.FortranOrder ? "True" : "False").Append(", 'shape': (");
        nint[] shape = header.Shape;
        for (int i = 0; i < shape.Length; i++)
        {
            if (i > 0)
                sb.Append(", ");
            sb.Append(shape[i].ToString(CultureInfo.InvariantCulture));
        }

        if (shape.Length == 1)
            sb.Append(',');
        sb.Append("), }");
        if (shape.Length > 0)
        {
            int digits = shape[header.FortranOrder ? ^1 : 0].ToString(CultureInfo.InvariantCulture).Length;
            sb.Append(' ', Math.Max(0, GrowthAxisMaxDigits - digits));
        }

        // Our descr and digits are ASCII, so version 3.0 (UTF-8) is never needed.
        string text = sb.ToString();
        return Wrap(text, major: 1) ?? Wrap(text, major: 2)!;
    }

    private static byte[]? Wrap(string text, int major)
    {
        int lengthSize = major == 1 ? 2 : 4;
        long hlen = text.Length + 1;
        long padlen = ArrayAlign - ((MagicLength + lengthSize + hlen) % ArrayAlign);
        long total = hlen + padlen;
        if (major == 1 && total > ushort.MaxValue)
            return null;
        var bytes = new byte[MagicLength + lengthSize + total];
        MagicPrefix.CopyTo(bytes);
        bytes[6] = (byte)major;
        bytes[7] = 0;
        if (major == 1)
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), (ushort)total);
        else
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(8), (uint)total);
        int at = MagicLength + lengthSize;
        Encoding.Latin1.GetBytes(text, bytes.AsSpan(at));
        bytes.AsSpan(at + text.Length, (int)padlen).Fill((byte)' ');
        bytes[^1] = (byte)'\n';
        return bytes;
    }

    /// <summary>
    /// Reads magic, version and header from <paramref name="stream"/>, leaving it at the first data byte.
    /// Every problem is an <see cref="InvalidDataException"/> (or <see cref="NotSupportedException"/> for a
    /// dtype ArrayBridge lacks) whose message is NumPy's where NumPy has one.
    /// </summary>
    public static NpyHeader ReadHeader(Stream stream)
    {
        Span<byte> magic = stackalloc byte[MagicLength];
        ReadExactly(stream, magic, "magic string");
        // np.load returns an NpzFile for a zip archive; Load returns one array, so it points to LoadNpz.
        if (magic[..4].SequenceEqual(ZipMagic))
            ThrowHelper.ThrowInvalidData("the file is a zip archive (.npz), not a .npy file; read it with NDArray.LoadNpz, which returns an NpzFile as np.load does for a .npz.");
        if (!magic[..6].SequenceEqual(MagicPrefix))
            ThrowHelper.ThrowInvalidData($"the magic string is not correct; expected {BytesRepr(MagicPrefix)}, got {BytesRepr(magic[..6])}");
        int major = magic[6], minor = magic[7];
        if (minor != 0 || major is < 1 or > 3)
            ThrowHelper.ThrowInvalidData($"we only support format version (1,0), (2,0), and (3,0), not ({major}, {minor})");

        int lengthSize = major == 1 ? 2 : 4;
        Span<byte> lengthBytes = stackalloc byte[4];
        ReadExactly(stream, lengthBytes[..lengthSize], "array header length");
        long headerLength = major == 1 ? BinaryPrimitives.ReadUInt16LittleEndian(lengthBytes) : BinaryPrimitives.ReadUInt32LittleEndian(lengthBytes);

        // Check the length against what the stream holds before allocating for it, so a forged length
        // cannot make us allocate gigabytes; latin-1 and UTF-8 both need at least one byte per char.
        if (stream.CanSeek && headerLength > stream.Length - stream.Position)
            ThrowHelper.ThrowInvalidData($"EOF: reading array header, expected {headerLength} bytes got {stream.Length - stream.Position}");
        // A header whose byte count is far beyond the character limit cannot pass it (UTF-8 has at most 4 bytes a char).
        if (headerLength > 4L * MaxHeaderSize)
            ThrowMaxHeaderSize(headerLength);

        var raw = new byte[headerLength];
        ReadExactly(stream, raw, "array header");
        string text;
        try
        {
            text = major == 3 ? new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(raw) : Encoding.Latin1.GetString(raw);
        }
        catch (DecoderFallbackException)
        {
            return ThrowHelper.ThrowInvalidData<NpyHeader>("Cannot parse header: it is not valid UTF-8 (version 3.0).");
        }

        if (text.Length > MaxHeaderSize)
            ThrowMaxHeaderSize(text.Length);

        if (!NpyLiteralParser.TryParse(text, allowLongSuffix: major <= 2, out object? parsed))
            ThrowHelper.ThrowInvalidData($"Cannot parse header: {NpyLiteralParser.Repr(text)}");
        if (parsed is not NpyLiteralParser.PyDict dict)
            return ThrowHelper.ThrowInvalidData<NpyHeader>($"Header is not a dictionary: {NpyLiteralParser.Repr(parsed)}");

        object? descr = null, fortran = null, shapeValue = null;
        bool keysOk = dict.Entries.Count == 3;
        foreach (var (key, value) in dict.Entries)
        {
            switch (key)
            {
                case "descr": descr = value; break;
                case "fortran_order": fortran = value; break;
                case "shape": shapeValue = value; break;
                default: keysOk = false; break;
            }
        }

        if (!keysOk)
        {
            var keys = dict.Entries.Select(e => NpyLiteralParser.Repr(e.Key)).Order(StringComparer.Ordinal);
            ThrowHelper.ThrowInvalidData($"Header does not contain the correct keys: [{string.Join(", ", keys)}]");
        }

        if (shapeValue is not NpyLiteralParser.PyTuple shapeTuple || !shapeTuple.Items.All(x => x is BigInteger))
            return ThrowHelper.ThrowInvalidData<NpyHeader>($"shape is not valid: {NpyLiteralParser.Repr(shapeValue)}");
        if (fortran is not bool fortranOrder)
            return ThrowHelper.ThrowInvalidData<NpyHeader>($"fortran_order is not a valid bool: {NpyLiteralParser.Repr(fortran)}");

        DType dtype = ParseDescr(descr);
        nint[] shape = ParseShape(shapeTuple, dtype.ItemSize);
        return new NpyHeader(dtype, fortranOrder, shape);
    }

    private static DType ParseDescr(object? descr)
    {
        if (descr is not string text)
        {
            // A list descr is a structured dtype; other values are not dtypes at all.
            return descr is List<object?>
                ? ThrowHelper.ThrowNotSupported<DType>($"descr {NpyLiteralParser.Repr(descr)} is a structured dtype, which ArrayBridge does not support.")
                : ThrowHelper.ThrowInvalidData<DType>($"descr is not a valid dtype descriptor: {NpyLiteralParser.Repr(descr)}");
        }

        if (text.Length >= 1 && text[^1] == 'O' && (text.Length == 1 || (text.Length == 2 && text[0] is '|' or '<' or '>' or '=')))
            ThrowHelper.ThrowInvalidData("Object arrays cannot be loaded when allow_pickle=False");
        try
        {
            return DType.Parse(text);
        }
        catch (FormatException)
        {
            return ThrowHelper.ThrowInvalidData<DType>($"descr is not a valid dtype descriptor: {NpyLiteralParser.Repr(descr)}");
        }
        catch (NotSupportedException)
        {
            return ThrowHelper.ThrowNotSupported<DType>($"descr {NpyLiteralParser.Repr(descr)} is a NumPy dtype that ArrayBridge does not support; supported are bool, int8-64, uint8-64, float16/32/64, complex64/128.");
        }
    }

    private static nint[] ParseShape(NpyLiteralParser.PyTuple tuple, int itemSize)
    {
        if (tuple.Items.Count > NDArray.MaxDimensions)
            ThrowHelper.ThrowInvalidData($"shape {NpyLiteralParser.Repr(tuple)} has {tuple.Items.Count} dimensions; maximum supported dimension for an ndarray is {NDArray.MaxDimensions}");
        var shape = new nint[tuple.Items.Count];
        BigInteger bytes = itemSize;
        for (int i = 0; i < shape.Length; i++)
        {
            BigInteger n = (BigInteger)tuple.Items[i]!;
            if (n.Sign < 0)
                ThrowHelper.ThrowInvalidData($"negative dimensions are not allowed: shape {NpyLiteralParser.Repr(tuple)}");
            // As NumPy does, zero-length axes do not excuse the others from the size limit.
            if (!n.IsZero)
                bytes *= n;
            if (n > nint.MaxValue)
                ThrowHelper.ThrowInvalidData($"array is too big; shape {NpyLiteralParser.Repr(tuple)} has a dimension beyond {nint.MaxValue}.");
            shape[i] = (nint)n;
        }

        if (bytes > nint.MaxValue)
            ThrowHelper.ThrowInvalidData($"array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size (shape {NpyLiteralParser.Repr(tuple)}).");
        return shape;
    }

    private static void ThrowMaxHeaderSize(long length) => ThrowHelper.ThrowInvalidData(
        $"Header info length ({length}) is large and may not be safe to load securely.\n" +
        "To allow loading, adjust `max_header_size` or fully trust the `.npy` file using `allow_pickle=True`.\n" +
        "For safety against large resource use or crashes, sandboxing may be necessary.");

    /// <summary>Fills <paramref name="buffer"/> or throws NumPy's <c>_read_bytes</c> EOF message naming <paramref name="what"/>.</summary>
    public static void ReadExactly(Stream stream, Span<byte> buffer, string what)
    {
        int got = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        if (got != buffer.Length)
            ThrowHelper.ThrowInvalidData($"EOF: reading {what}, expected {buffer.Length} bytes got {got}");
    }

    private static string BytesRepr(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder("b'");
        foreach (byte b in bytes)
        {
            if (b is (byte)'\\' or (byte)'\'')
                sb.Append('\\').Append((char)b);
            else if (b is >= 0x20 and < 0x7f)
                sb.Append((char)b);
            else
                sb.Append(CultureInfo.InvariantCulture, $"\\x{b:x2}");
        }

        return sb.Append('\'').ToString();
    }
}
