using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ArrayBridge;

/// <summary>
/// The zip format's CRC-32 (reflected polynomial 0xEDB88320, as zlib's <c>crc32</c>), which .NET's
/// ZipArchive does not check when reading. Carry-less multiplication folds 64 bytes a step where the
/// CPU has it (the method of Intel's "Fast CRC Computation for Generic Polynomials Using PCLMULQDQ",
/// with zlib's constants for this polynomial); slicing-by-8 tables take the rest.
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
        uint c = ~crc;
        if (Pclmulqdq.IsSupported && Sse41.IsSupported && data.Length >= 64)
        {
            int folded = data.Length & ~15;
            c = Fold(c, data[..folded]);
            data = data[folded..];
        }

        return ~Scalar(c, data);
    }

    /// <summary>Slicing-by-8 over <paramref name="data"/> on the inverted register <paramref name="c"/>.</summary>
    internal static uint Scalar(uint c, ReadOnlySpan<byte> data)
    {
        uint[] t = Table;
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
        return c;
    }

    /// <summary>Reference form of <see cref="Update"/> without the carry-less path, for tests.</summary>
    internal static uint UpdateScalar(uint crc, ReadOnlySpan<byte> data) => ~Scalar(~crc, data);

    // Folds a whole number of 16-byte blocks, at least 64 bytes, into the inverted register c.
    private static uint Fold(uint c, ReadOnlySpan<byte> data)
    {
        ref byte p = ref MemoryMarshal.GetReference(data);
        int length = data.Length;
        Vector128<ulong> x1 = Load(ref p, 0) ^ Vector128.CreateScalar(c).AsUInt64();
        Vector128<ulong> x2 = Load(ref p, 16);
        Vector128<ulong> x3 = Load(ref p, 32);
        Vector128<ulong> x4 = Load(ref p, 48);
        int at = 64;

        // x^(4*128+64) and x^(4*128) mod P, bit-reflected: four lanes fold 64 bytes ahead.
        Vector128<ulong> k1k2 = Vector128.Create(0x0154442bd4UL, 0x01c6e41596UL);
        for (; length - at >= 64; at += 64)
        {
            x1 = FoldInto(x1, k1k2, Load(ref p, at));
            x2 = FoldInto(x2, k1k2, Load(ref p, at + 16));
            x3 = FoldInto(x3, k1k2, Load(ref p, at + 32));
            x4 = FoldInto(x4, k1k2, Load(ref p, at + 48));
        }

        // x^(128+64) and x^128 mod P: the lanes into one, then any remaining 16-byte blocks.
        Vector128<ulong> k3k4 = Vector128.Create(0x01751997d0UL, 0x00ccaa009eUL);
        x1 = FoldInto(x1, k3k4, x2);
        x1 = FoldInto(x1, k3k4, x3);
        x1 = FoldInto(x1, k3k4, x4);
        for (; length - at >= 16; at += 16)
            x1 = FoldInto(x1, k3k4, Load(ref p, at));

        // 128 bits to 64, then Barrett reduction to 32 (zlib's crc32_simd).
        Vector128<ulong> low32 = Vector128.Create(~0u, 0u, ~0u, 0u).AsUInt64();
        Vector128<ulong> y = Pclmulqdq.CarrylessMultiply(x1, k3k4, 0x10);
        x1 = Sse2.ShiftRightLogical128BitLane(x1, 8) ^ y;
        Vector128<ulong> k5 = Vector128.CreateScalar(0x0163cd6124UL);
        y = Sse2.ShiftRightLogical128BitLane(x1, 4);
        x1 = Pclmulqdq.CarrylessMultiply(x1 & low32, k5, 0x00) ^ y;
        Vector128<ulong> poly = Vector128.Create(0x01db710641UL, 0x01f7011641UL);
        y = Pclmulqdq.CarrylessMultiply(x1 & low32, poly, 0x10);
        y = Pclmulqdq.CarrylessMultiply(y & low32, poly, 0x00);
        x1 ^= y;
        return Sse41.Extract(x1.AsUInt32(), 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ulong> FoldInto(Vector128<ulong> x, Vector128<ulong> k, Vector128<ulong> next) =>
        Pclmulqdq.CarrylessMultiply(x, k, 0x00) ^ Pclmulqdq.CarrylessMultiply(x, k, 0x11) ^ next;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ulong> Load(ref byte p, int offset) =>
        Vector128.LoadUnsafe(ref Unsafe.Add(ref p, offset)).AsUInt64();
}
