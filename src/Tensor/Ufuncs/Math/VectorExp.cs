using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ArrayBridge;

/// <summary>
/// e^x for doubles, once as scalar and once as Vector256/Vector512 code performing the same
/// operations in the same order (fused multiply-adds included), so both give the same bits and a
/// strided run agrees with a contiguous one.
/// </summary>
/// <remarks>
/// x = n·ln2 + r with n = round(x/ln2) and |r| &lt;= ln2/2 (r exact from a two-part ln2 and fused
/// multiply-adds), e^r from its Taylor series to r^13 (the tail is under 2^-57 there) by Horner,
/// then 2^n applied in two halves, the first exact and the second rounding once (or by AVX-512's
/// vscalefpd, which rounds p·2^n once too, so the bits agree), so that results near overflow and
/// subnormal results need no special path: x is clamped to [-750, 710], where 2^n overflows to inf
/// or flushes to 0 exactly as e^x does. Within about 1 ULP of the correctly rounded result.
/// </remarks>
internal static class VectorExp
{
    private const double InvLn2 = 1.4426950408889634;

    // ln2 in two parts: x - n·Ln2Hi is exact in a fused multiply-add (its ulp is 2^-53 and it is
    // under 1/2), and n·Ln2Lo restores the next 53 bits.
    private const double Ln2Hi = 0.6931471805599453;
    private const double Ln2Lo = 2.3190468138462996e-17;

    // 1.5·2^52: adding it rounds to an integer (ties to even) held in the low mantissa bits.
    private const double RoundingShift = 6755399441055744.0;
    private const double Low = -750.0;
    private const double High = 710.0;

    // The bits of 708.0: below it in magnitude the clamp is the identity.
    private const long InRangeBits = 0x4086_2000_0000_0000L;

    private const double C2 = 1.0 / 2, C3 = 1.0 / 6, C4 = 1.0 / 24, C5 = 1.0 / 120, C6 = 1.0 / 720,
        C7 = 1.0 / 5040, C8 = 1.0 / 40320, C9 = 1.0 / 362880, C10 = 1.0 / 3628800, C11 = 1.0 / 39916800,
        C12 = 1.0 / 479001600, C13 = 1.0 / 6227020800;

    public static double Exp(double x)
    {
        if (!double.IsFinite(x))
        {
            // NaN, +inf and -inf answer without arithmetic, so they raise no flag (as in NumPy).
            return double.IsNegativeInfinity(x) ? 0.0 : x;
        }

        double xc = Math.Min(Math.Max(x, Low), High);
        double n = Math.FusedMultiplyAdd(xc, InvLn2, RoundingShift) - RoundingShift;
        double r = Math.FusedMultiplyAdd(-n, Ln2Hi, xc);
        r = Math.FusedMultiplyAdd(-n, Ln2Lo, r);
        double p = C13;
        p = Math.FusedMultiplyAdd(p, r, C12);
        p = Math.FusedMultiplyAdd(p, r, C11);
        p = Math.FusedMultiplyAdd(p, r, C10);
        p = Math.FusedMultiplyAdd(p, r, C9);
        p = Math.FusedMultiplyAdd(p, r, C8);
        p = Math.FusedMultiplyAdd(p, r, C7);
        p = Math.FusedMultiplyAdd(p, r, C6);
        p = Math.FusedMultiplyAdd(p, r, C5);
        p = Math.FusedMultiplyAdd(p, r, C4);
        p = Math.FusedMultiplyAdd(p, r, C3);
        p = Math.FusedMultiplyAdd(p, r, C2);
        p = Math.FusedMultiplyAdd(p, r, 1.0);
        p = Math.FusedMultiplyAdd(p, r, 1.0);
        long k = (long)n;
        long k1 = k >> 1;
        long k2 = k - k1;
        return p * BitConverter.Int64BitsToDouble((k1 + 1023) << 52) * BitConverter.Int64BitsToDouble((k2 + 1023) << 52);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Exp(Vector512<double> x)
    {
        // Common case first: every lane finite and within ±708, where no clamp or special answer
        // applies (an integer compare on the magnitude bits, which raises no flag).
        if (Vector512.LessThanAll(x.AsInt64() & Vector512.Create(0x7FFF_FFFF_FFFF_FFFFL), Vector512.Create(InRangeBits)))
        {
            return Core(x);
        }

        // Non-finite lanes (found by integer compares, which raise no flag) compute on 0 and take
        // their answers at the end: NaN stays, +inf stays, -inf gives 0, all without flags.
        Vector512<long> exponent = Vector512.Create(0x7FF0_0000_0000_0000L);
        Vector512<double> special = Vector512.Equals(x.AsInt64() & exponent, exponent).AsDouble();
        Vector512<double> answer = Vector512.ConditionalSelect(Vector512.Equals(x.AsInt64(), Vector512.Create(unchecked((long)0xFFF0_0000_0000_0000UL))).AsDouble(), Vector512<double>.Zero, x);
        Vector512<double> xc = Vector512.Min(Vector512.Max(Vector512.ConditionalSelect(special, Vector512<double>.Zero, x), Vector512.Create(Low)), Vector512.Create(High));
        return Vector512.ConditionalSelect(special, answer, Core(xc));
    }

    /// <summary>e^x for lanes already finite and within [-750, 710].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Core(Vector512<double> xc)
    {
        Vector512<double> n = Vector512.FusedMultiplyAdd(xc, Vector512.Create(InvLn2), Vector512.Create(RoundingShift)) - Vector512.Create(RoundingShift);
        Vector512<double> r = Vector512.FusedMultiplyAdd(-n, Vector512.Create(Ln2Hi), xc);
        r = Vector512.FusedMultiplyAdd(-n, Vector512.Create(Ln2Lo), r);
        Vector512<double> p = Vector512.Create(C13);
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C12));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C11));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C10));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C9));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C8));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C7));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C6));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C5));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C4));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C3));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C2));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512<double>.One);
        p = Vector512.FusedMultiplyAdd(p, r, Vector512<double>.One);
        Vector512<double> result;
        if (Avx512F.IsSupported)
        {
            // vscalefpd: p·2^n rounded once, as the two exact-then-rounding halves below give it.
            result = Avx512F.Scale(p, n);
        }
        else
        {
            Vector512<long> k = Vector512.ConvertToInt64(n);
            Vector512<long> k1 = Vector512.ShiftRightArithmetic(k, 1);
            Vector512<long> k2 = k - k1;
            Vector512<double> s1 = Vector512.ShiftLeft(k1 + Vector512.Create(1023L), 52).AsDouble();
            Vector512<double> s2 = Vector512.ShiftLeft(k2 + Vector512.Create(1023L), 52).AsDouble();
            result = p * s1 * s2;
        }

        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Exp(Vector256<double> x)
    {
        // Common case first: every lane finite and within ±708, where no clamp or special answer
        // applies (an integer compare on the magnitude bits, which raises no flag).
        if (Vector256.LessThanAll(x.AsInt64() & Vector256.Create(0x7FFF_FFFF_FFFF_FFFFL), Vector256.Create(InRangeBits)))
        {
            return Core(x);
        }

        // Non-finite lanes (found by integer compares, which raise no flag) compute on 0 and take
        // their answers at the end: NaN stays, +inf stays, -inf gives 0, all without flags.
        Vector256<long> exponent = Vector256.Create(0x7FF0_0000_0000_0000L);
        Vector256<double> special = Vector256.Equals(x.AsInt64() & exponent, exponent).AsDouble();
        Vector256<double> answer = Vector256.ConditionalSelect(Vector256.Equals(x.AsInt64(), Vector256.Create(unchecked((long)0xFFF0_0000_0000_0000UL))).AsDouble(), Vector256<double>.Zero, x);
        Vector256<double> xc = Vector256.Min(Vector256.Max(Vector256.ConditionalSelect(special, Vector256<double>.Zero, x), Vector256.Create(Low)), Vector256.Create(High));
        return Vector256.ConditionalSelect(special, answer, Core(xc));
    }

    /// <summary>e^x for lanes already finite and within [-750, 710].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Core(Vector256<double> xc)
    {
        Vector256<double> n = Vector256.FusedMultiplyAdd(xc, Vector256.Create(InvLn2), Vector256.Create(RoundingShift)) - Vector256.Create(RoundingShift);
        Vector256<double> r = Vector256.FusedMultiplyAdd(-n, Vector256.Create(Ln2Hi), xc);
        r = Vector256.FusedMultiplyAdd(-n, Vector256.Create(Ln2Lo), r);
        Vector256<double> p = Vector256.Create(C13);
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(C12));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(C11));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(C10));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(C9));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(C8));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(C7));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(C6));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(C5));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(C4));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(C3));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(C2));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256<double>.One);
        p = Vector256.FusedMultiplyAdd(p, r, Vector256<double>.One);
        Vector256<long> k = Vector256.ConvertToInt64(n);
        Vector256<long> k1 = Vector256.ShiftRightArithmetic(k, 1);
        Vector256<long> k2 = k - k1;
        Vector256<double> s1 = Vector256.ShiftLeft(k1 + Vector256.Create(1023L), 52).AsDouble();
        Vector256<double> s2 = Vector256.ShiftLeft(k2 + Vector256.Create(1023L), 52).AsDouble();
        Vector256<double> result = p * s1 * s2;
        return result;
    }
}
