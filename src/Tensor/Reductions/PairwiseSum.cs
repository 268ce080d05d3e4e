using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ArrayBridge;

/// <summary>
/// NumPy's pairwise summation (<c>pairwise_sum</c> in numpy/core/src/umath/loops_utils.h.src): runs
/// of fewer than 8 elements are summed in order; up to 128 elements go to 8 accumulators combined as
/// <c>((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7))</c>; longer runs split in two halves (the first a multiple
/// of 8) summed recursively. The error grows as O(ε·log n) instead of O(ε·n). The vector paths hold
/// the 8 accumulators in vector lanes and add in the same order, so they give NumPy's bits.
/// </summary>
internal static unsafe class PairwiseSum
{
    /// <summary>NumPy's <c>PW_BLOCKSIZE</c>.</summary>
    public const int BlockSize = 128;

    /// <summary>Where a run of <paramref name="n"/> elements splits: half, rounded down to a multiple of 8.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint Half(nint n)
    {
        nint n2 = n / 2;
        return n2 - n2 % 8;
    }

    /// <summary>The pairwise sum of a float or double run.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static T Sum<T>(byte* a, nint n, nint stride)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (n < 8)
        {
            T res = T.Zero;
            for (nint i = 0; i < n; i++)
            {
                res += Unsafe.ReadUnaligned<T>(a + i * stride);
            }

            return res;
        }

        if (n <= BlockSize)
        {
            return stride == sizeof(T) && Vector256.IsHardwareAccelerated ? BlockContiguous<T>((T*)a, n) : Block<T>(a, n, stride);
        }

        nint n2 = Half(n);
        if (n - n2 <= BlockSize && stride == sizeof(T) && Vector256.IsHardwareAccelerated && Vector256<T>.Count == 4)
        {
            // Both halves are leaves: sum them together so four vector chains hide the add latency.
            // Each half still adds in NumPy's order, so the bits are the same as one after the other.
            return Unsafe.BitCast<double, T>(PairOfBlocks((double*)a, n2, n - n2));
        }

        return Sum<T>(a, n2, stride) + Sum<T>(a + n2 * stride, n - n2, stride);
    }

    /// <summary>
    /// Two adjacent contiguous leaves of 8 to 128 doubles (<paramref name="n1"/> then
    /// <paramref name="n2"/>), each summed as NumPy's 8-accumulator block, returned as their sum.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double PairOfBlocks(double* a, nint n1, nint n2)
    {
        double* b = a + n1;
        if (Sse.IsSupported)
        {
            // The tree's calls and horizontal adds stall the hardware prefetcher between leaves; ask
            // for the next leaves' 2 KiB now. A prefetch never faults, even past the array's end.
            byte* ahead = (byte*)(b + n2) + 2048;
            for (int k = 0; k < 2048; k += 64)
            {
                Sse.Prefetch0(ahead + k);
            }
        }

        Vector256<double> alo = Vector256.Load(a), ahi = Vector256.Load(a + 4);
        Vector256<double> blo = Vector256.Load(b), bhi = Vector256.Load(b + 4);
        nint end1 = n1 - n1 % 8, end2 = n2 - n2 % 8;
        nint i = 8, common = Math.Min(end1, end2);
        for (; i < common; i += 8)
        {
            alo += Vector256.Load(a + i);
            ahi += Vector256.Load(a + i + 4);
            blo += Vector256.Load(b + i);
            bhi += Vector256.Load(b + i + 4);
        }

        for (nint j = i; j < end1; j += 8)
        {
            alo += Vector256.Load(a + j);
            ahi += Vector256.Load(a + j + 4);
        }

        for (nint j = i; j < end2; j += 8)
        {
            blo += Vector256.Load(b + j);
            bhi += Vector256.Load(b + j + 4);
        }

        double ra, rb;
        if (Avx.IsSupported)
        {
            // NumPy's ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7)) for both leaves at once, the same adds in
            // the same pairs: hadd gives (r0+r1, r4+r5, r2+r3, r6+r7) per leaf, the 128-bit halves
            // add to ((r0+r1)+(r2+r3), (r4+r5)+(r6+r7)), and the last add joins those two.
            Vector256<double> ha = Avx.HorizontalAdd(alo, ahi), hb = Avx.HorizontalAdd(blo, bhi);
            Vector128<double> sa = ha.GetLower() + ha.GetUpper(), sb = hb.GetLower() + hb.GetUpper();
            Vector128<double> both = Sse2.UnpackLow(sa, sb) + Sse2.UnpackHigh(sa, sb);
            ra = both.ToScalar();
            rb = both.GetElement(1);
        }
        else
        {
            ra = ((alo[0] + alo[1]) + (alo[2] + alo[3])) + ((ahi[0] + ahi[1]) + (ahi[2] + ahi[3]));
            rb = ((blo[0] + blo[1]) + (blo[2] + blo[3])) + ((bhi[0] + bhi[1]) + (bhi[2] + bhi[3]));
        }

        for (nint j = end1; j < n1; j++)
        {
            ra += a[j];
        }

        for (nint j = end2; j < n2; j++)
        {
            rb += b[j];
        }

        return ra + rb;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static T Block<T>(byte* a, nint n, nint stride)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T r0 = Unsafe.ReadUnaligned<T>(a), r1 = Unsafe.ReadUnaligned<T>(a + stride),
          r2 = Unsafe.ReadUnaligned<T>(a + 2 * stride), r3 = Unsafe.ReadUnaligned<T>(a + 3 * stride),
          r4 = Unsafe.ReadUnaligned<T>(a + 4 * stride), r5 = Unsafe.ReadUnaligned<T>(a + 5 * stride),
          r6 = Unsafe.ReadUnaligned<T>(a + 6 * stride), r7 = Unsafe.ReadUnaligned<T>(a + 7 * stride);
        nint i = 8, end = n - n % 8;
        for (; i < end; i += 8)
        {
            byte* p = a + i * stride;
            r0 += Unsafe.ReadUnaligned<T>(p);
            r1 += Unsafe.ReadUnaligned<T>(p + stride);
            r2 += Unsafe.ReadUnaligned<T>(p + 2 * stride);
            r3 += Unsafe.ReadUnaligned<T>(p + 3 * stride);
            r4 += Unsafe.ReadUnaligned<T>(p + 4 * stride);
            r5 += Unsafe.ReadUnaligned<T>(p + 5 * stride);
            r6 += Unsafe.ReadUnaligned<T>(p + 6 * stride);
            r7 += Unsafe.ReadUnaligned<T>(p + 7 * stride);
        }

        T res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
        for (; i < n; i++)
        {
            res += Unsafe.ReadUnaligned<T>(a + i * stride);
        }

        return res;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T BlockContiguous<T>(T* a, nint n)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        nint i = 8, end = n - n % 8;
        T res;
        if (Vector256<T>.Count == 8)
        {
            // float: lane j is NumPy's r[j].
            Vector256<T> r = Vector256.Load(a);
            for (; i < end; i += 8)
            {
                r += Vector256.Load(a + i);
            }

            res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        }
        else
        {
            // double: r[0..3] in one vector, r[4..7] in the other.
            Vector256<T> lo = Vector256.Load(a), hi = Vector256.Load(a + 4);
            for (; i < end; i += 8)
            {
                lo += Vector256.Load(a + i);
                hi += Vector256.Load(a + i + 4);
            }

            res = ((lo[0] + lo[1]) + (lo[2] + lo[3])) + ((hi[0] + hi[1]) + (hi[2] + hi[3]));
        }

        for (; i < n; i++)
        {
            res += a[i];
        }

        return res;
    }

    /// <summary>The pairwise sum of a float16 run, accumulated in float32 as NumPy's <c>HALF_pairwise_sum</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static float SumHalf(byte* a, nint n, nint stride)
    {
        if (n < 8)
        {
            float res = 0f;
            for (nint i = 0; i < n; i++)
            {
                res += (float)Unsafe.ReadUnaligned<Half>(a + i * stride);
            }

            return res;
        }

        if (n <= BlockSize)
        {
            float r0 = H(a), r1 = H(a + stride), r2 = H(a + 2 * stride), r3 = H(a + 3 * stride),
                  r4 = H(a + 4 * stride), r5 = H(a + 5 * stride), r6 = H(a + 6 * stride), r7 = H(a + 7 * stride);
            nint i = 8, end = n - n % 8;
            for (; i < end; i += 8)
            {
                byte* p = a + i * stride;
                r0 += H(p);
                r1 += H(p + stride);
                r2 += H(p + 2 * stride);
                r3 += H(p + 3 * stride);
                r4 += H(p + 4 * stride);
                r5 += H(p + 5 * stride);
                r6 += H(p + 6 * stride);
                r7 += H(p + 7 * stride);
            }

            float res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++)
            {
                res += H(a + i * stride);
            }

            return res;
        }

        nint n2 = Half(n);
        return SumHalf(a, n2, stride) + SumHalf(a + n2 * stride, n - n2, stride);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float H(byte* p) => (float)Unsafe.ReadUnaligned<Half>(p);

    /// <summary>
    /// The pairwise sum of a complex run whose parts are <typeparamref name="T"/>, as NumPy's
    /// <c>CDOUBLE_pairwise_sum</c>: <paramref name="n"/> counts real and imaginary parts (twice the
    /// elements) and the 8 accumulators hold 4 real and 4 imaginary partial sums.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void SumComplex<T>(out T rr, out T ri, byte* a, nint n, nint stride)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        // `stride` is the element's stride; element k starts at a + k * stride.
        if (n < 8)
        {
            rr = T.Zero;
            ri = T.Zero;
            for (nint i = 0; i < n; i += 2)
            {
                byte* p = a + i / 2 * stride;
                rr += Unsafe.ReadUnaligned<T>(p);
                ri += Unsafe.ReadUnaligned<T>(p + sizeof(T));
            }

            return;
        }

        if (n <= BlockSize)
        {
            T r0 = Re<T>(a), r1 = Im<T>(a), r2 = Re<T>(a + stride), r3 = Im<T>(a + stride),
              r4 = Re<T>(a + 2 * stride), r5 = Im<T>(a + 2 * stride), r6 = Re<T>(a + 3 * stride), r7 = Im<T>(a + 3 * stride);
            nint i = 8, end = n - n % 8;
            for (; i < end; i += 8)
            {
                byte* p = a + i / 2 * stride;
                r0 += Re<T>(p);
                r1 += Im<T>(p);
                r2 += Re<T>(p + stride);
                r3 += Im<T>(p + stride);
                r4 += Re<T>(p + 2 * stride);
                r5 += Im<T>(p + 2 * stride);
                r6 += Re<T>(p + 3 * stride);
                r7 += Im<T>(p + 3 * stride);
            }

            rr = (r0 + r2) + (r4 + r6);
            ri = (r1 + r3) + (r5 + r7);
            for (; i < n; i += 2)
            {
                byte* p = a + i / 2 * stride;
                rr += Re<T>(p);
                ri += Im<T>(p);
            }

            return;
        }

        nint n2 = Half(n);
        SumComplex(out T rr1, out T ri1, a, n2, stride);
        SumComplex(out T rr2, out T ri2, a + n2 / 2 * stride, n - n2, stride);
        rr = rr1 + rr2;
        ri = ri1 + ri2;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Re<T>(byte* p) where T : unmanaged => Unsafe.ReadUnaligned<T>(p);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Im<T>(byte* p) where T : unmanaged => Unsafe.ReadUnaligned<T>(p + sizeof(T));
}
