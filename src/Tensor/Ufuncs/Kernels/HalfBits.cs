namespace ArrayBridge;

/// <summary>
/// float16 to and from float32 as NumPy converts them (<c>npy_halfbits_to_floatbits</c>,
/// <c>npy_floatbits_to_halfbits</c>): in integer arithmetic, so that a NaN raises no FPU flag
/// (.NET's <see cref="Half"/> conversion clamps through <c>minss</c>/<c>maxss</c>, which raise
/// invalid for any NaN), and a result that overflows to infinity or underflows raises NumPy's
/// overflow or underflow flag, which no instruction does.
/// </summary>
internal static class HalfBits
{
    /// <summary>The float32 of the same value (exact).</summary>
    public static float ToSingle(Half value)
    {
        uint h = BitConverter.HalfToUInt16Bits(value);
        uint exponent = h & 0x7c00u;
        uint sign = (h & 0x8000u) << 16;
        switch (exponent)
        {
            case 0:
            {
                uint significand = h & 0x03ffu;
                if (significand == 0)
                {
                    return BitConverter.UInt32BitsToSingle(sign);
                }

                // A subnormal becomes a normal float: shift the leading one out.
                significand <<= 1;
                while ((significand & 0x0400u) == 0)
                {
                    significand <<= 1;
                    exponent++;
                }

                return BitConverter.UInt32BitsToSingle(sign + ((127 - 15 - exponent) << 23) + ((significand & 0x03ffu) << 13));
            }

            case 0x7c00u:
                return BitConverter.UInt32BitsToSingle(sign + 0x7f800000u + ((h & 0x03ffu) << 13));
            default:
                return BitConverter.UInt32BitsToSingle(sign + (((h & 0x7fffu) + 0x1c000u) << 13));
        }
    }

    /// <summary>The nearest float16 (ties to even), raising overflow and underflow as NumPy does.</summary>
    public static Half FromSingle(float value)
    {
        uint f = BitConverter.SingleToUInt32Bits(value);
        uint sign = (f & 0x80000000u) >> 16;
        uint exponent = f & 0x7f800000u;
        uint significand;
        if (exponent >= 0x47800000u)
        {
            if (exponent == 0x7f800000u)
            {
                significand = f & 0x007fffffu;
                if (significand != 0)
                {
                    // NaN: keep the top of the payload, but never let it become infinity.
                    uint nan = 0x7c00u + (significand >> 13);
                    return Bits(sign + (nan == 0x7c00u ? nan + 1 : nan));
                }

                return Bits(sign + 0x7c00u);
            }

            FloatingPointStatus.SetOverflow();
            return Bits(sign + 0x7c00u);
        }

        if (exponent <= 0x38000000u)
        {
            if (exponent < 0x33000000u)
            {
                if ((f & 0x7fffffffu) != 0)
                {
                    FloatingPointStatus.SetUnderflow();
                }

                return Bits(sign);
            }

            exponent >>= 23;
            significand = 0x00800000u + (f & 0x007fffffu);
            if ((significand & ((1u << (int)(126 - exponent)) - 1)) != 0)
            {
                FloatingPointStatus.SetUnderflow();
            }

            significand >>= (int)(113 - exponent);
            // Ties to even; the shift above may have dropped up to 11 bits, which the || looks at.
            if ((significand & 0x00003fffu) != 0x00001000u || (f & 0x000007ffu) != 0)
            {
                significand += 0x00001000u;
            }

            return Bits(sign + (significand >> 13));
        }

        uint halfExponent = (exponent - 0x38000000u) >> 13;
        significand = f & 0x007fffffu;
        if ((significand & 0x00003fffu) != 0x00001000u)
        {
            significand += 0x00001000u;
        }

        // A carry out of the significand increments the exponent, possibly to infinity.
        uint bits = (significand >> 13) + halfExponent;
        if (bits == 0x7c00u)
        {
            FloatingPointStatus.SetOverflow();
        }

        return Bits(sign + bits);
    }

    private static Half Bits(uint bits) => BitConverter.UInt16BitsToHalf((ushort)bits);
}
