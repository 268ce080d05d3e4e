using System.Buffers.Binary;

namespace ArrayBridge;

/// <summary>
/// The zip format's CRC-32 (reflected polynomial 0xEDB88320, as zlib's <c>crc32</c>), which .NET's
/// ZipArchive does not check when reading; slicing-by-8 keeps it near memory speed.
/// </summary>
internal static class ZipCrc32
{
    private const uint Polynomial = 0xEDB88320u;

    // Table[k][b] is the CRC of byte b followed by k zero bytes, so eight bytes fold in one step.
    private static readonly uint[] Table = BuildTable();

    private static uint[] BuildTable()
    {
        var table = new uint[8 * 256];
        for (uint b = 0; b < 256; b++)
        {
            uint c = b;
            for (int k = 0; k < 8; k++)
                c = (c & 1) != 0 ? Polynomial ^ (c >> 1) : c >> 1;
            table[b] = c;
        }

        for (int i = 256; i < table.Length; i++)
            table[i] = (table[i - 256] >> 8) ^ table[table[i - 256] & 0xFF];
        return table;
    }

    /// <summary>Continues <paramref name="crc"/> (0 for an empty prefix) over <paramref name="data"/>, as <c>zlib.crc32(data, crc)</c>.</summary>
    public static uint Update(uint crc, ReadOnlySpan<byte> data)
    {
        uint[] t = Table;
        uint c = ~crc;
        while (data.Length >= 8)
        {
            uint lo = BinaryPrimitives.ReadUInt32LittleEndian(data) ^ c;
            uint hi = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
            c = t[(7 * 256) + (lo & 0xFF)] ^ t[(6 * 256) + ((lo >> 8) & 0xFF)] ^ t[(5 * 256) + ((lo >> 16) & 0xFF)] ^ t[(4 * 256) + (lo >> 24)]
              ^ t[(3 * 256) + (hi & 0xFF)] ^ t[(2 * 256) + ((hi >> 8) & 0xFF)] ^ t[256 + ((hi >> 16) & 0xFF)] ^ t[hi >> 24];
            data = data[8..];
        }

        foreach (byte b in data)
            c = t[(c ^ b) & 0xFF] ^ (c >> 8);
        return ~c;
    }
}
