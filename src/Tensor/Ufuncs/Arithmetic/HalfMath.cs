using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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

    /// <summary>
    /// The elements a float16 chunk goes through float32 in (small enough for the stack, large
    /// enough to amortize the conversions).
    /// </summary>
    public const int ChunkLength = 256;

    /// <summary>Widens a span (TensorPrimitives' vectorized conversion; exact, NaN stays NaN), raising no flag.</summary>
    public static void ToSingle(ReadOnlySpan<Half> source, Span<float> destination)
    {
        FloatingPointFlags before = FloatingPointHardware.ReadAndClear();
        TensorPrimitives.ConvertToSingle(source, destination);
        Restore(before);
    }

    /// <summary>
    /// Drops the FPU flags raised since <see cref="FloatingPointHardware.ReadAndClear"/> gave
    /// <paramref name="before"/> and keeps the earlier ones (as software flags, which a ufunc reads
    /// with the FPU's): TensorPrimitives' conversions compare NaNs with signaling comparisons, which
    /// raise an invalid flag that NumPy's bitwise conversions never do.
    /// </summary>
    private static void Restore(FloatingPointFlags before)
    {
        FloatingPointHardware.ReadAndClear();
        if (before == FloatingPointFlags.None)
        {
            return;
        }

        if ((before & FloatingPointFlags.DivideByZero) != 0)
        {
            FloatingPointStatus.SetDivideByZero();
        }

        if ((before & FloatingPointFlags.Overflow) != 0)
        {
            FloatingPointStatus.SetOverflow();
        }

        if ((before & FloatingPointFlags.Underflow) != 0)
        {
            FloatingPointStatus.SetUnderflow();
        }

        if ((before & FloatingPointFlags.Invalid) != 0)
        {
            FloatingPointStatus.SetInvalid();
        }
    }

    /// <summary>
    /// Rounds a span to float16 and raises <see cref="ToHalf(float)"/>'s flags, and only those: the scan reads the
    /// float bits as integers (no float comparison, so no NaN raises a flag of its own) and leaves
    /// the exact underflow test to the rare elements below 2⁻¹⁴.
    /// </summary>
    public static void ToHalf(ReadOnlySpan<float> source, Span<Half> destination)
    {
        FloatingPointFlags before = FloatingPointHardware.ReadAndClear();
        TensorPrimitives.ConvertToHalf(source, destination);
        Restore(before);
        ReadOnlySpan<uint> bits = MemoryMarshal.Cast<float, uint>(source);
        int i = 0;
        bool overflow = false, tiny = false;
        if (Vector256.IsHardwareAccelerated)
        {
            // 65520 is the smallest float that rounds to float16 infinity; 0x7f800000 is infinity.
            Vector256<uint> magnitudeMask = Vector256.Create(0x7fffffffu), huge = Vector256.Create(0x477ff000u - 1), inf = Vector256.Create(0x7f800000u);
            Vector256<uint> smallestNormal = Vector256.Create(0x38800000u), one = Vector256<uint>.One;
            Vector256<uint> any = Vector256<uint>.Zero, anyTiny = Vector256<uint>.Zero;
            for (; i + Vector256<uint>.Count <= bits.Length; i += Vector256<uint>.Count)
            {
                Vector256<uint> m = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(bits), (nuint)i) & magnitudeMask;
                any |= Vector256.GreaterThan(m, huge) & Vector256.LessThan(m, inf);
                anyTiny |= Vector256.GreaterThanOrEqual(m, one) & Vector256.LessThan(m, smallestNormal);
            }

            overflow = any != Vector256<uint>.Zero;
            tiny = anyTiny != Vector256<uint>.Zero;
        }

        for (; i < bits.Length; i++)
        {
            uint m = bits[i] & 0x7fffffff;
            overflow |= m >= 0x477ff000 && m < 0x7f800000;
            tiny |= m != 0 && m < 0x38800000;
        }

        if (overflow)
        {
            FloatingPointStatus.SetOverflow();
        }

        if (tiny)
        {
            for (int k = 0; k < bits.Length; k++)
            {
                uint m = bits[k] & 0x7fffffff;
                if (m != 0 && m < 0x38800000 && BitConverter.SingleToUInt32Bits((float)destination[k]) != bits[k])
                {
                    FloatingPointStatus.SetUnderflow();
                    break;
                }
            }
        }
    }
}
