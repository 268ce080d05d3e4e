using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// float16 to and from float32 by bits, as NumPy's <c>npy_half_to_float</c>/<c>npy_float_to_half</c>
/// do: .NET's <see cref="Half"/> conversions use floating-point compares that raise the invalid flag
/// on a quiet NaN (NumPy's half loops report nothing there), and narrowing a finite value to
/// infinity must report overflow as NumPy does. The math ufuncs' half loops go through float32
/// with these, rounding once.
/// </summary>
internal static class HalfMath
{
    /// <summary>A <see cref="Half"/> passed as <typeparamref name="T"/>, widened exactly to float.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Widen<T>(T x) => ToSingle(Unsafe.As<T, Half>(ref x));

    /// <summary>A float rounded to <see cref="Half"/> (nearest, ties to even), returned as <typeparamref name="T"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Narrow<T>(float value)
    {
        Half h = ToHalf(value);
        return Unsafe.As<Half, T>(ref h);
    }

    /// <summary>Exact: every half is a float. NaN payloads (and their quiet bit) carry over.</summary>
    public static float ToSingle(Half value)
    {
        uint bits = BitConverter.HalfToUInt16Bits(value);
        uint sign = (bits & 0x8000u) << 16;
        uint exponent = (bits >> 10) & 0x1F;
        uint mantissa = bits & 0x3FF;
        if (exponent == 0x1F)
        {
            return BitConverter.UInt32BitsToSingle(sign | 0x7F80_0000u | (mantissa << 13));
        }

        if (exponent == 0)
        {
            // Zero or subnormal: mantissa·2^-24, an exact product.
            float magnitude = mantissa * 5.9604645e-08f;
            return BitConverter.UInt32BitsToSingle(sign | BitConverter.SingleToUInt32Bits(magnitude));
        }

        return BitConverter.UInt32BitsToSingle(sign | ((exponent + 112) << 23) | (mantissa << 13));
    }

    /// <summary>Rounds to nearest, ties to even, by integer arithmetic; a finite value beyond the half range sets the overflow flag.</summary>
    public static Half ToHalf(float value)
    {
        uint bits = BitConverter.SingleToUInt32Bits(value);
        ushort sign = (ushort)((bits >> 16) & 0x8000);
        uint magnitude = bits & 0x7FFF_FFFF;
        if (magnitude >= 0x7F80_0000)
        {
            // Infinity, or a NaN kept quiet with the top of its payload.
            ushort special = magnitude == 0x7F80_0000 ? (ushort)0x7C00 : (ushort)(0x7E00 | ((magnitude >> 13) & 0x3FF));
            return BitConverter.UInt16BitsToHalf((ushort)(sign | special));
        }

        if (magnitude >= 0x477F_F000)
        {
            // 65520 and beyond round to infinity.
            FloatingPointStatus.SetOverflow();
            return BitConverter.UInt16BitsToHalf((ushort)(sign | 0x7C00));
        }

        uint half;
        if (magnitude >= 0x3880_0000)
        {
            // Normal: rebias the exponent (127 - 15 = 112), keep 10 mantissa bits, round on the other 13.
            half = (magnitude - 0x3800_0000) >> 13;
            uint rest = magnitude & 0x1FFF;
            if (rest > 0x1000 || (rest == 0x1000 && (half & 1) != 0))
            {
                half++;
            }
        }
        else if (magnitude < 0x3300_0000)
        {
            // Below 2^-25: zero (2^-25 itself ties to the even zero).
            half = 0;
        }
        else
        {
            // Subnormal half: the 24-bit significand times 2^(e-150), in units of 2^-24.
            int exponent = (int)(magnitude >> 23);
            uint significand = (magnitude & 0x7F_FFFF) | 0x80_0000;
            int shift = 126 - exponent;
            half = significand >> shift;
            uint rest = significand & ((1u << shift) - 1);
            uint tie = 1u << (shift - 1);
            if (rest > tie || (rest == tie && (half & 1) != 0))
            {
                half++;
            }
        }

        return BitConverter.UInt16BitsToHalf((ushort)(sign | half));
    }
}
