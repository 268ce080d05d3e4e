using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// float16 to and from float32 as NumPy converts (<c>npy_halfbits_to_floatbits</c>,
/// <c>npy_floatbits_to_halfbits</c>, halffloat.c): NaN payloads carried over bit for bit and never
/// compared (so no invalid flag), and a rounding to infinity flagged overflow and an inexact one
/// below the smallest normal float16 (2⁻¹⁴) underflow, which NumPy sets by hand.
/// </summary>
internal static class HalfMath
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float ToSingle(Half value)
    {
        uint bits = BitConverter.HalfToUInt16Bits(value);
        if ((bits & 0x7c00) == 0x7c00 && (bits & 0x03ff) != 0)
        {
            return BitConverter.UInt32BitsToSingle(((bits & 0x8000) << 16) | 0x7f800000 | ((bits & 0x03ff) << 13));
        }

        return (float)value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Half ToHalf(float value)
    {
        uint bits = BitConverter.SingleToUInt32Bits(value);
        uint magnitude = bits & 0x7fffffff;
        ushort sign = (ushort)((bits >> 16) & 0x8000);
        if (magnitude >= 0x7f800000)
        {
            if (magnitude == 0x7f800000)
            {
                return BitConverter.UInt16BitsToHalf((ushort)(sign | 0x7c00));
            }

            // NaN: the payload's top bits, kept a NaN if they are all zero.
            uint payload = 0x7c00 + ((magnitude & 0x007fffff) >> 13);
            return BitConverter.UInt16BitsToHalf((ushort)(sign | (payload == 0x7c00 ? 0x7c01 : payload)));
        }

        Half result = (Half)value;
        uint resultBits = BitConverter.HalfToUInt16Bits(result);
        if ((resultBits & 0x7fff) == 0x7c00)
        {
            FloatingPointStatus.SetOverflow();
        }
        else if (magnitude != 0 && magnitude < 0x38800000 && BitConverter.SingleToUInt32Bits((float)result) != bits)
        {
            FloatingPointStatus.SetUnderflow();
        }

        return result;
    }
}
