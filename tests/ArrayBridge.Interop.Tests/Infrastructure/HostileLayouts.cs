namespace ArrayBridge.Tests;

/// <summary>
/// Random layouts (item size, shape, strides, address or offset) mixing ordinary values with hostile
/// ones near the ends of the 64-bit range, and the exact model of what an import must do with them:
/// the bytes they reach computed with 128-bit integers, which cannot wrap.
/// </summary>
internal sealed class HostileLayouts
{
    public static readonly Int128 AddressLimit = long.MaxValue;

    private static readonly (string TypeStr, char Format, int ItemSize, byte DLCode)[] Types =
    [
        ("|u1", 'B', 1, 1), ("<i2", 'h', 2, 0), ("<f4", 'f', 4, 2), ("<f8", 'd', 8, 2), ("<c16", '\0', 16, 5),
    ];

    private static readonly long[] HostileLengths = [0, 1, 2, 3, 1L << 31, (1L << 32) + 1, 1L << 61, 1L << 62, long.MaxValue, -1, long.MinValue];

    private static readonly long[] HostileNumbers =
    [
        0, 1, -1, 8, -8, 1L << 32, -(1L << 32), 1L << 62, -(1L << 62), (1L << 62) + 8, long.MaxValue, long.MaxValue - 7, long.MinValue, long.MinValue + 8,
    ];

    private readonly Random _rng;

    public HostileLayouts(int seed, bool allowComplex = true)
    {
        _rng = new Random(seed);
        Seed = seed;
        var type = Types[_rng.Next(allowComplex ? Types.Length : Types.Length - 1)];
        TypeStr = type.TypeStr;
        Format = type.Format;
        ItemSize = type.ItemSize;
        DLCode = type.DLCode;
        int nd = _rng.Next(0, 5);
        Shape = new long[nd];
        for (int i = 0; i < nd; i++)
        {
            Shape[i] = _rng.Next(3) > 0 ? _rng.Next(0, 5) : HostileLengths[_rng.Next(HostileLengths.Length)];
        }
    }

    public int Seed { get; }

    public string TypeStr { get; }

    /// <summary>The struct-module format character, or '\0' for a type with none to use (complex).</summary>
    public char Format { get; }

    public int ItemSize { get; }

    public byte DLCode { get; }

    public long[] Shape { get; }

    /// <summary>Strides in units of <paramref name="unit"/> bytes: small multiples, or hostile values.</summary>
    public long[] Strides(int unit)
    {
        var strides = new long[Shape.Length];
        for (int i = 0; i < strides.Length; i++)
        {
            strides[i] = _rng.Next(3) > 0 ? _rng.Next(-4, 5) * (long)unit : HostileNumbers[_rng.Next(HostileNumbers.Length)];
        }

        return strides;
    }

    /// <summary>An offset or address delta: usually small, sometimes hostile.</summary>
    public long Number(long ordinaryMax) => _rng.Next(3) > 0 ? _rng.NextInt64(0, ordinaryMax) + _rng.Next(2) : HostileNumbers[_rng.Next(HostileNumbers.Length)];

    public bool Chance(int oneIn) => _rng.Next(oneIn) == 0;

    public override string ToString() => $"seed {Seed}: {TypeStr} shape ({string.Join(", ", Shape)})";

    /// <summary>C-order strides in bytes (meaningful when the byte size fits; otherwise the import refuses first).</summary>
    public Int128[] ContiguousStrides()
    {
        var strides = new Int128[Shape.Length];
        Int128 stride = ItemSize;
        for (int i = Shape.Length - 1; i >= 0; i--)
        {
            strides[i] = stride;
            if (Shape[i] != 0)
            {
                stride *= Shape[i];
            }
        }

        return strides;
    }

    /// <summary>
    /// Why a view of this shape with <paramref name="strides"/> (bytes) from element 0 at
    /// <paramref name="address"/> must be refused, as a word its message contains, or null if it
    /// must be accepted. Checks run in the import's order.
    /// </summary>
    public string? AddressRefusal(Int128 address, Int128[] strides)
    {
        if (Shape.Any(n => n < 0))
        {
            return "negative";
        }

        if (SizeRefusal() is { } sizeRefusal)
        {
            return sizeRefusal;
        }

        (Int128 low, Int128 high, bool empty) = Reach(strides);
        if (!empty && high - low > AddressLimit)
        {
            return "address space";
        }

        if (address < 0 || address > AddressLimit)
        {
            return "address space";
        }

        if (empty)
        {
            return null;
        }

        if (address == 0)
        {
            return "null";
        }

        if (address + low <= 0)
        {
            return "null";
        }

        return address + high > AddressLimit ? "address space" : null;
    }

    /// <summary>As <see cref="AddressRefusal"/> for a view at <paramref name="offset"/> into a buffer of <paramref name="length"/> bytes.</summary>
    public string? BufferRefusal(long offset, long length, Int128[] strides)
    {
        if (Shape.Any(n => n < 0) || offset < 0)
        {
            return "negative";
        }

        if (SizeRefusal() is { } sizeRefusal)
        {
            return sizeRefusal;
        }

        (Int128 low, Int128 high, bool empty) = Reach(strides);
        if (!empty && high - low > AddressLimit)
        {
            return "address space";
        }

        if (offset > length)
        {
            return "past the end";
        }

        return !empty && (offset + low < 0 || offset + high > length) ? "outside its" : null;
    }

    /// <summary>Whether every byte the layout reaches from <paramref name="start"/> lies in <c>[lowest, end)</c>.</summary>
    public bool Within(Int128 start, Int128[] strides, Int128 lowest, Int128 end)
    {
        (Int128 low, Int128 high, bool empty) = Reach(strides);
        return !empty && start + low >= lowest && start + high <= end;
    }

    private string? SizeRefusal()
    {
        Int128 bytes = ItemSize;
        foreach (long n in Shape.Where(n => n != 0))
        {
            bytes *= n;
            if (bytes > AddressLimit)
            {
                return "address space";
            }
        }

        return null;
    }

    private (Int128 Low, Int128 High, bool Empty) Reach(Int128[] strides)
    {
        if (Shape.Contains(0))
        {
            return (0, 0, true);
        }

        Int128 low = 0, high = ItemSize;
        for (int i = 0; i < Shape.Length; i++)
        {
            Int128 reach = (Shape[i] - 1) * strides[i];
            if (reach < 0)
            {
                low += reach;
            }
            else
            {
                high += reach;
            }
        }

        return (low, high, false);
    }
}
