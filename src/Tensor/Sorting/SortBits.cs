using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>Bit helpers shared by the sort orders.</summary>
internal static class SortBits
{
    /// <summary>Reverses the bytes of a 1-, 2-, 4- or 8-byte unsigned value (the type test folds away per instantiation).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Swap<T>(T value)
        where T : unmanaged
    {
        if (typeof(T) == typeof(ushort))
            return (T)(object)BinaryPrimitives.ReverseEndianness((ushort)(object)value);
        if (typeof(T) == typeof(uint))
            return (T)(object)BinaryPrimitives.ReverseEndianness((uint)(object)value);
        if (typeof(T) == typeof(ulong))
            return (T)(object)BinaryPrimitives.ReverseEndianness((ulong)(object)value);
        return value;
    }

    /// <summary>
    /// The order key of an IEEE value of <paramref name="bits"/> width: NaN (any sign or payload)
    /// above +inf, -0.0 folded onto 0.0, negative values flipped so the unsigned order is the numeric one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong FloatKey(ulong value, int bits, ulong exponentMask)
    {
        ulong sign = 1UL << (bits - 1);
        ulong magnitude = value & (sign - 1);
        if (magnitude > exponentMask)
            return sign | (sign - 1);
        if (magnitude == 0)
            return sign;

        // Negative: all bits flipped; positive: the sign bit set.
        ulong negative = 0UL - (value >> (bits - 1));
        ulong all = bits == 64 ? ulong.MaxValue : (1UL << bits) - 1;
        return (value ^ (negative | sign)) & all;
    }
}
