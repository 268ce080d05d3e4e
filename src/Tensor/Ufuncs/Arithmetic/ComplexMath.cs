using System.Numerics;
using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// NumPy's complex arithmetic for both precisions, written out so that each operation rounds where
/// NumPy's C rounds (no fused multiply-add unless NumPy's own code uses one).
/// </summary>
internal static class ComplexMath
{
    /// <summary>
    /// Smith's division (<c>@TYPE@_divide</c> in loops.c.src and <c>cdiv</c> in npy_math_complex.c.src):
    /// scaled by the larger part of the divisor; a zero divisor gives each part divided by a zero.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (T Re, T Im) Divide<T>(T ar, T ai, T br, T bi)
        where T : IFloatingPointIeee754<T>
    {
        T absBr = T.Abs(br), absBi = T.Abs(bi);
        if (absBr >= absBi)
        {
            if (absBr == T.Zero && absBi == T.Zero)
            {
                return (ar / absBr, ai / absBi);
            }

            T rat = bi / br;
            T scl = T.One / (br + bi * rat);
            return ((ar + ai * rat) * scl, (ai - ar * rat) * scl);
        }
        else
        {
            // Also the branch for a NaN part in the divisor, as in NumPy (the comparison is false).
            T rat = br / bi;
            T scl = T.One / (bi + br * rat);
            return ((ar * rat + ai) * scl, (ai * rat - ar) * scl);
        }
    }

    /// <summary>
    /// Raises the invalid flag when <paramref name="a"/> or <paramref name="b"/> is NaN, as NumPy's
    /// complex divide and reciprocal do: their C compares the magnitudes of the parts with an
    /// ordered <c>&gt;=</c>/<c>&lt;=</c>, which compiles to a signalling compare (<c>comisd</c>)
    /// that flags a NaN operand, where .NET compares quietly.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void FlagOrderedCompare<T>(T a, T b)
        where T : IFloatingPointIeee754<T>
    {
        if (T.IsNaN(a) || T.IsNaN(b))
        {
            FloatingPointStatus.SetInvalid();
        }
    }

    /// <summary><c>(ar·br − ai·bi, ar·bi + ai·br)</c>, each product rounded (<c>cmul</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (T Re, T Im) Multiply<T>(T ar, T ai, T br, T bi)
        where T : IFloatingPointIeee754<T> => (ar * br - ai * bi, ar * bi + ai * br);

    /// <summary>
    /// <c>(fma(ar, br, −ai·bi), fma(ar, bi, ai·br))</c>: NumPy's complex128 multiply outside its
    /// all-contiguous AVX-512 loop (strided or stride-0 operands), whose C the compiler contracts
    /// into fused multiply-adds in the AVX-512 build of the loop.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (double Re, double Im) MultiplyFused(double ar, double ai, double br, double bi)
        => (Math.FusedMultiplyAdd(ar, br, -(ai * bi)), Math.FusedMultiplyAdd(ar, bi, ai * br));

    /// <summary>
    /// NumPy's <c>reciprocal</c> of a complex number (<c>@TYPE@_reciprocal</c>): Smith's scaling by the
    /// larger part, with its own operation order (not the same bits as <c>1/z</c> by <see cref="Divide{T}"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (T Re, T Im) Reciprocal<T>(T re, T im)
        where T : IFloatingPointIeee754<T>
    {
        FlagOrderedCompare(re, im);
        if (T.Abs(im) <= T.Abs(re))
        {
            T r = im / re;
            T d = re + im * r;
            return (T.One / d, -r / d);
        }
        else
        {
            T r = re / im;
            T d = re * r + im;
            return (r / d, -T.One / d);
        }
    }

    /// <summary>
    /// <c>|z|</c> as NumPy computes it on x86-64 hosts with AVX-512F (<c>avx512_cabsolute</c>,
    /// simd.inc.src, the loop NumPy 1.x uses there): an infinite part gives inf, else a NaN part NaN,
    /// else <c>larger·sqrt(fma(ratio, ratio, 1))</c> with <c>ratio = smaller/larger</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Abs<T>(T re, T im)
        where T : IFloatingPointIeee754<T>
    {
        re = T.Abs(re);
        im = T.Abs(im);
        if (T.IsPositiveInfinity(re) || T.IsPositiveInfinity(im))
        {
            return T.PositiveInfinity;
        }

        if (T.IsNaN(re) || T.IsNaN(im))
        {
            return T.NaN;
        }

        T larger = T.Max(re, im), smaller = T.Min(re, im);
        if (larger == T.Zero)
        {
            return T.Zero;
        }

        T ratio = smaller / larger;
        return T.Sqrt(T.FusedMultiplyAdd(ratio, ratio, T.One)) * larger;
    }

    /// <summary><c>hypot</c> as the C library computes it (<see cref="ScalarMath.Hypot(double, double)"/>, <see cref="ScalarMath.Hypot(float, float)"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Hypot<T>(T x, T y)
        where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float))
        {
            return T.CreateTruncating(ScalarMath.Hypot(float.CreateTruncating(x), float.CreateTruncating(y)));
        }

        return T.CreateTruncating(ScalarMath.Hypot(double.CreateTruncating(x), double.CreateTruncating(y)));
    }

    /// <summary>
    /// NumPy 2's <c>sign</c> of a complex number (<c>@TYPE@_sign</c>, loops.c.src): <c>z/|z|</c> with
    /// <c>|z|</c> by <c>npy_hypot</c> (not the AVX-512 <c>absolute</c> of <see cref="Abs{T}"/>);
    /// NaN gives nan+nanj, zero 0, an infinite part the unit along it (both infinite: nan+nanj).
    /// </summary>
    public static (T Re, T Im) Sign<T>(T re, T im)
        where T : IFloatingPointIeee754<T>
    {
        T abs = Hypot(re, im);
        if (T.IsNaN(abs))
        {
            return (T.NaN, T.NaN);
        }

        if (T.IsInfinity(abs))
        {
            if (T.IsInfinity(re))
            {
                return T.IsInfinity(im) ? (T.NaN, T.NaN) : (re > T.Zero ? T.One : -T.One, T.Zero);
            }

            return (T.Zero, im > T.Zero ? T.One : -T.One);
        }

        if (abs == T.Zero)
        {
            return (T.Zero, T.Zero);
        }

        return (re / abs, im / abs);
    }

    /// <summary>
    /// <c>npy_cpow</c> (npy_math_complex.c.src): exponent 0 gives 1; base 0 gives 0 for a positive
    /// real exponent, else nan+nanj (invalid); small integral real exponents multiply out by
    /// squaring (a negative one then divides 1 by Smith's rule); any other exponent goes to
    /// <paramref name="general"/>, where NumPy calls the C library's <c>cpow</c>.
    /// </summary>
    public static (T Re, T Im) Power<T>(T ar, T ai, T br, T bi, Func<T, T, T, T, (T, T)> general)
        where T : IFloatingPointIeee754<T>
    {
        if (br == T.Zero && bi == T.Zero)
        {
            return (T.One, T.Zero);
        }

        if (ar == T.Zero && ai == T.Zero)
        {
            if (br > T.Zero && bi == T.Zero)
            {
                return (T.Zero, T.Zero);
            }

            FloatingPointStatus.SetInvalid();
            return (T.NaN, T.NaN);
        }

        // NumPy converts a real exponent to npy_intp to test it for an integer: that conversion
        // (cvttsd2si) raises invalid for NaN and for magnitudes beyond the 64-bit range.
        if (bi == T.Zero && !(br >= T.CreateTruncating(-9223372036854775808.0) && br < T.CreateTruncating(9223372036854775808.0)))
        {
            FloatingPointStatus.SetInvalid();
        }

        if (bi == T.Zero && T.IsInteger(br) && br > T.CreateTruncating(-100) && br < T.CreateTruncating(100))
        {
            int n = int.CreateTruncating(br);
            if (n == 1)
            {
                return (ar, ai);
            }

            if (n == 2)
            {
                return Multiply(ar, ai, ar, ai);
            }

            if (n == 3)
            {
                (T sr, T si) = Multiply(ar, ai, ar, ai);
                return Multiply(ar, ai, sr, si);
            }

            if (n < 0)
            {
                n = -n;
            }

            T aaR = T.One, aaI = T.Zero, pR = ar, pI = ai;
            for (int mask = 1; ; )
            {
                if ((n & mask) != 0)
                {
                    (aaR, aaI) = Multiply(aaR, aaI, pR, pI);
                }

                mask <<= 1;
                if (n < mask)
                {
                    break;
                }

                (pR, pI) = Multiply(pR, pI, pR, pI);
            }

            return br < T.Zero ? Divide(T.One, T.Zero, aaR, aaI) : (aaR, aaI);
        }

        return general(ar, ai, br, bi);
    }
}
