using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// NumPy's <c>arrayprint.IntegerFormat</c>: <c>'%{w}d'</c>, right-aligned to the width of the
/// longer of <c>str(max)</c> and <c>str(min)</c> over the values shown.
/// </summary>
internal sealed unsafe class IntegerFormat : ElementFormat
{
    private readonly ScalarType _type;
    private readonly bool _swap;
    private readonly int _width;

    private IntegerFormat(ScalarType type, bool swap, int width)
    {
        _type = type;
        _swap = swap;
        _width = width;
    }

    /// <summary>Measures the shown values and builds the format.</summary>
    public static IntegerFormat Create(ReadOnlySpan<nint> shown, ScalarType type, bool swap)
    {
        int width = 0;
        if (shown.Length > 0)
        {
            if (type == ScalarType.UInt64)
            {
                ulong max = ulong.MinValue;
                ulong min = ulong.MaxValue;
                foreach (nint p in shown)
                {
                    ulong v = ReadUInt64((byte*)p, swap);
                    max = Math.Max(max, v);
                    min = Math.Min(min, v);
                }

                width = Math.Max(UnsignedLength(max), UnsignedLength(min));
            }
            else
            {
                long max = long.MinValue;
                long min = long.MaxValue;
                foreach (nint p in shown)
                {
                    long v = ReadInt64((byte*)p, type, swap);
                    max = Math.Max(max, v);
                    min = Math.Min(min, v);
                }

                width = Math.Max(SignedLength(max), SignedLength(min));
            }
        }

        return new IntegerFormat(type, swap, width);
    }

    /// <inheritdoc/>
    public override int Format(byte* element, Span<char> destination)
    {
        Span<char> digits = stackalloc char[24];
        int length;
        bool ok = _type == ScalarType.UInt64
            ? ReadUInt64(element, _swap).TryFormat(digits, out length, default, CultureInfo.InvariantCulture)
            : ReadInt64(element, _type, _swap).TryFormat(digits, out length, default, CultureInfo.InvariantCulture);
        System.Diagnostics.Debug.Assert(ok);
        int pad = Math.Max(0, _width - length);
        destination[..pad].Fill(' ');
        digits[..length].CopyTo(destination[pad..]);
        return pad + length;
    }

    /// <summary><c>len(str(value))</c> for a signed value: the digits of its magnitude plus the minus sign.</summary>
    private static int SignedLength(long value) => value < 0 ? 1 + UnsignedLength((ulong)-(value + 1) + 1) : UnsignedLength((ulong)value);

    /// <summary><c>len(str(value))</c> for an unsigned value.</summary>
    private static int UnsignedLength(ulong value)
    {
        int count = 1;
        while (value >= 10)
        {
            value /= 10;
            count++;
        }

        return count;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ReadUInt64(byte* p, bool swap)
    {
        ulong v = Unsafe.ReadUnaligned<ulong>(p);
        return swap ? BinaryPrimitives.ReverseEndianness(v) : v;
    }

    /// <summary>Reads any integer type but uint64 as a long, swapping bytes if asked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long ReadInt64(byte* p, ScalarType type, bool swap)
    {
        switch (type)
        {
            case ScalarType.Int8:
                return *(sbyte*)p;
            case ScalarType.UInt8:
                return *p;
            case ScalarType.Int16:
            {
                short v = Unsafe.ReadUnaligned<short>(p);
                return swap ? BinaryPrimitives.ReverseEndianness(v) : v;
            }

            case ScalarType.UInt16:
            {
                ushort v = Unsafe.ReadUnaligned<ushort>(p);
                return swap ? BinaryPrimitives.ReverseEndianness(v) : v;
            }

            case ScalarType.Int32:
            {
                int v = Unsafe.ReadUnaligned<int>(p);
                return swap ? BinaryPrimitives.ReverseEndianness(v) : v;
            }

            case ScalarType.UInt32:
            {
                uint v = Unsafe.ReadUnaligned<uint>(p);
                return swap ? BinaryPrimitives.ReverseEndianness(v) : v;
            }

            default:
            {
                long v = Unsafe.ReadUnaligned<long>(p);
                return swap ? BinaryPrimitives.ReverseEndianness(v) : v;
            }
        }
    }
}
