using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ArrayBridge.LinearAlgebra;

/// <summary>
/// ArrayBridge's own matrix product <c>C = A·B</c> over strided operands, for machines without a
/// BLAS and for the dtypes BLAS does not cover. Real numeric types run a packed, cache-blocked
/// kernel (Goto's scheme: a KC×NC panel of B and an MC×KC block of A are copied into contiguous
/// buffers, and an MR×NR register tile of <see cref="Vector256{T}"/> accumulators walks them);
/// bool, float16 and the complex types run direct loops with NumPy's accumulation rules.
/// </summary>
/// <remarks>
/// Strides are in bytes and may be zero or negative. Integer products wrap exactly as NumPy's
/// (the sum of wrapped products equals the wrapped sum in two's complement). Floating-point results
/// agree with BLAS within rounding, not bit for bit: the kernel sums each K block in order with
/// fused multiply-adds where the hardware has them.
/// </remarks>
internal static unsafe class ManagedGemm
{
    private const int MR = 4;
    private const int KC = 256;
    private const int MC = 96;

    // Below this many multiply-adds one thread is faster than waking others.
    private const long ParallelThreshold = 1L << 21;

    /// <summary>C[n×m] = A[n×k]·B[k×m] for a real numeric <typeparamref name="T"/>.</summary>
    internal static void Multiply<T>(byte* a, nint as0, nint as1, byte* b, nint bs0, nint bs1, byte* c, nint cs0, nint cs1, nint n, nint k, nint m)
        where T : unmanaged, INumber<T>
    {
        if (n == 0 || m == 0)
        {
            return;
        }

        if (k == 0)
        {
            Fill(c, cs0, cs1, n, m, T.Zero);
            return;
        }

        if (!Vector256.IsHardwareAccelerated || !Vector256<T>.IsSupported)
        {
            Naive<T>(a, as0, as1, b, bs0, bs1, c, cs0, cs1, n, k, m);
            return;
        }

        long work = (long)n * k * m;
        int threads = work >= ParallelThreshold ? Math.Min(Environment.ProcessorCount, (int)((n + MR - 1) / MR)) : 1;
        if (threads <= 1)
        {
            Blocked<T>(a, as0, as1, b, bs0, bs1, c, cs0, cs1, n, k, m);
            return;
        }

        // Row bands of C, one per worker, each a multiple of MR so every band but the last has
        // full register tiles; each worker packs its own copy of B (O(k·m), small next to O(n·k·m)).
        nint band = (n + threads - 1) / threads;
        band = (band + MR - 1) / MR * MR;
        var args = (A: (nint)a, As0: as0, As1: as1, B: (nint)b, Bs0: bs0, Bs1: bs1, C: (nint)c, Cs0: cs0, Cs1: cs1, N: n, K: k, M: m, Band: band);
        Parallel.For(0, threads, t =>
        {
            nint start = t * args.Band;
            nint rows = Math.Min(args.Band, args.N - start);
            if (rows > 0)
            {
                Blocked<T>((byte*)args.A + start * args.As0, args.As0, args.As1, (byte*)args.B, args.Bs0, args.Bs1,
                    (byte*)args.C + start * args.Cs0, args.Cs0, args.Cs1, rows, args.K, args.M);
            }
        });
    }

    /// <summary>The register tile's width: three vectors.</summary>
    private static int NR<T>() where T : unmanaged => 3 * Vector256<T>.Count;

    private static void Blocked<T>(byte* a, nint as0, nint as1, byte* b, nint bs0, nint bs1, byte* c, nint cs0, nint cs1, nint n, nint k, nint m)
        where T : unmanaged, INumber<T>
    {
        int nr = NR<T>();

        // NC: the B panel spans about 3 MiB, so it stays in the shared L3 while A blocks stream.
        nint nc = Math.Max(nr, (3 << 20) / (KC * sizeof(T)) / nr * nr);
        nint ncEff = Math.Min(nc, (m + nr - 1) / nr * nr);
        nint mcEff = Math.Min(MC, (n + MR - 1) / MR * MR);
        T* bp = (T*)NativeMemory.AlignedAlloc((nuint)(KC * ncEff * sizeof(T)), 64);
        T* ap = (T*)NativeMemory.AlignedAlloc((nuint)(KC * mcEff * sizeof(T)), 64);
        T* tile = stackalloc T[MR * 3 * Vector256<T>.Count];
        try
        {
            for (nint j0 = 0; j0 < m; j0 += nc)
            {
                nint ncur = Math.Min(nc, m - j0);
                for (nint p0 = 0; p0 < k; p0 += KC)
                {
                    nint kcur = Math.Min(KC, k - p0);
                    bool accumulate = p0 > 0;
                    PackB(b + p0 * bs0 + j0 * bs1, bs0, bs1, kcur, ncur, nr, bp);
                    for (nint i0 = 0; i0 < n; i0 += MC)
                    {
                        nint mcur = Math.Min(MC, n - i0);
                        PackA(a + i0 * as0 + p0 * as1, as0, as1, mcur, kcur, ap);
                        for (nint jr = 0; jr < ncur; jr += nr)
                        {
                            int cols = (int)Math.Min(nr, ncur - jr);
                            T* bsl = bp + jr * kcur;
                            for (nint ir = 0; ir < mcur; ir += MR)
                            {
                                int rows = (int)Math.Min(MR, mcur - ir);
                                byte* ct = c + (i0 + ir) * cs0 + (j0 + jr) * cs1;
                                MicroKernel(kcur, ap + ir * kcur, bsl, ct, cs0, cs1, rows, cols, accumulate, tile);
                            }
                        }
                    }
                }
            }
        }
        finally
        {
            NativeMemory.AlignedFree(ap);
            NativeMemory.AlignedFree(bp);
        }
    }

    /// <summary>Copies rows×kc of A into MR-row slivers, each stored k-major (MR values per k), zero-padded.</summary>
    private static void PackA<T>(byte* a, nint as0, nint as1, nint rows, nint kc, T* dst) where T : unmanaged, INumber<T>
    {
        for (nint i = 0; i < rows; i += MR)
        {
            int live = (int)Math.Min(MR, rows - i);
            T* d = dst + i * kc;
            for (int r = 0; r < MR; r++)
            {
                if (r < live)
                {
                    byte* src = a + (i + r) * as0;
                    for (nint p = 0; p < kc; p++)
                    {
                        d[p * MR + r] = *(T*)(src + p * as1);
                    }
                }
                else
                {
                    for (nint p = 0; p < kc; p++)
                    {
                        d[p * MR + r] = T.Zero;
                    }
                }
            }
        }
    }

    /// <summary>Copies kc×cols of B into NR-column slivers, each stored k-major (NR values per k), zero-padded.</summary>
    private static void PackB<T>(byte* b, nint bs0, nint bs1, nint kc, nint cols, int nr, T* dst) where T : unmanaged, INumber<T>
    {
        for (nint j = 0; j < cols; j += nr)
        {
            int live = (int)Math.Min(nr, cols - j);
            T* d = dst + j * kc;
            for (nint p = 0; p < kc; p++)
            {
                byte* src = b + p * bs0 + j * bs1;
                T* row = d + p * nr;
                if (bs1 == sizeof(T))
                {
                    new ReadOnlySpan<T>(src, live).CopyTo(new Span<T>(row, live));
                }
                else
                {
                    for (int q = 0; q < live; q++)
                    {
                        row[q] = *(T*)(src + q * bs1);
                    }
                }

                for (int q = live; q < nr; q++)
                {
                    row[q] = T.Zero;
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> MulAdd<T>(Vector256<T> x, Vector256<T> y, Vector256<T> acc) where T : unmanaged
    {
        if (typeof(T) == typeof(double) && Fma.IsSupported)
        {
            return Fma.MultiplyAdd(x.AsDouble(), y.AsDouble(), acc.AsDouble()).As<double, T>();
        }

        if (typeof(T) == typeof(float) && Fma.IsSupported)
        {
            return Fma.MultiplyAdd(x.AsSingle(), y.AsSingle(), acc.AsSingle()).As<float, T>();
        }

        return (x * y) + acc;
    }

    /// <summary>
    /// One MR×NR tile of C from a packed A sliver and a packed B sliver: written when
    /// <paramref name="accumulate"/> is false (first K block), added otherwise.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MicroKernel<T>(nint kc, T* ap, T* bp, byte* c, nint cs0, nint cs1, int rows, int cols, bool accumulate, T* tile)
        where T : unmanaged, INumber<T>
    {
        int w = Vector256<T>.Count;
        Vector256<T> c00 = default, c01 = default, c02 = default;
        Vector256<T> c10 = default, c11 = default, c12 = default;
        Vector256<T> c20 = default, c21 = default, c22 = default;
        Vector256<T> c30 = default, c31 = default, c32 = default;
        for (nint p = 0; p < kc; p++)
        {
            Vector256<T> b0 = Vector256.Load(bp);
            Vector256<T> b1 = Vector256.Load(bp + w);
            Vector256<T> b2 = Vector256.Load(bp + (2 * w));
            Vector256<T> x = Vector256.Create(ap[0]);
            c00 = MulAdd(x, b0, c00);
            c01 = MulAdd(x, b1, c01);
            c02 = MulAdd(x, b2, c02);
            x = Vector256.Create(ap[1]);
            c10 = MulAdd(x, b0, c10);
            c11 = MulAdd(x, b1, c11);
            c12 = MulAdd(x, b2, c12);
            x = Vector256.Create(ap[2]);
            c20 = MulAdd(x, b0, c20);
            c21 = MulAdd(x, b1, c21);
            c22 = MulAdd(x, b2, c22);
            x = Vector256.Create(ap[3]);
            c30 = MulAdd(x, b0, c30);
            c31 = MulAdd(x, b1, c31);
            c32 = MulAdd(x, b2, c32);
            ap += MR;
            bp += 3 * w;
        }

        if (rows == MR && cols == 3 * w && cs1 == sizeof(T))
        {
            StoreRow((T*)c, c00, c01, c02, w, accumulate);
            StoreRow((T*)(c + cs0), c10, c11, c12, w, accumulate);
            StoreRow((T*)(c + (2 * cs0)), c20, c21, c22, w, accumulate);
            StoreRow((T*)(c + (3 * cs0)), c30, c31, c32, w, accumulate);
            return;
        }

        // Edge tiles and strided outputs go through a scratch tile and are written element by element.
        int nr = 3 * w;
        StoreTile(tile, c00, c01, c02, w);
        StoreTile(tile + nr, c10, c11, c12, w);
        StoreTile(tile + (2 * nr), c20, c21, c22, w);
        StoreTile(tile + (3 * nr), c30, c31, c32, w);
        for (int r = 0; r < rows; r++)
        {
            byte* row = c + r * cs0;
            for (int q = 0; q < cols; q++)
            {
                T* dst = (T*)(row + q * cs1);
                *dst = accumulate ? *dst + tile[r * nr + q] : tile[r * nr + q];
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreRow<T>(T* dst, Vector256<T> v0, Vector256<T> v1, Vector256<T> v2, int w, bool accumulate) where T : unmanaged
    {
        if (accumulate)
        {
            v0 += Vector256.Load(dst);
            v1 += Vector256.Load(dst + w);
            v2 += Vector256.Load(dst + (2 * w));
        }

        Vector256.Store(v0, dst);
        Vector256.Store(v1, dst + w);
        Vector256.Store(v2, dst + (2 * w));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreTile<T>(T* dst, Vector256<T> v0, Vector256<T> v1, Vector256<T> v2, int w) where T : unmanaged
    {
        Vector256.Store(v0, dst);
        Vector256.Store(v1, dst + w);
        Vector256.Store(v2, dst + (2 * w));
    }

    private static void Naive<T>(byte* a, nint as0, nint as1, byte* b, nint bs0, nint bs1, byte* c, nint cs0, nint cs1, nint n, nint k, nint m)
        where T : unmanaged, INumberBase<T>
    {
        for (nint i = 0; i < n; i++)
        {
            for (nint j = 0; j < m; j++)
            {
                T sum = T.Zero;
                for (nint p = 0; p < k; p++)
                {
                    sum += *(T*)(a + i * as0 + p * as1) * *(T*)(b + p * bs0 + j * bs1);
                }

                *(T*)(c + i * cs0 + j * cs1) = sum;
            }
        }
    }

    private static void Fill<T>(byte* c, nint cs0, nint cs1, nint n, nint m, T value) where T : unmanaged
    {
        for (nint i = 0; i < n; i++)
        {
            for (nint j = 0; j < m; j++)
            {
                *(T*)(c + i * cs0 + j * cs1) = value;
            }
        }
    }

    /// <summary>complex128: each output a sum of products in order, as NumPy's non-BLAS loop.</summary>
    internal static void MultiplyComplex128(byte* a, nint as0, nint as1, byte* b, nint bs0, nint bs1, byte* c, nint cs0, nint cs1, nint n, nint k, nint m)
    {
        for (nint i = 0; i < n; i++)
        {
            for (nint j = 0; j < m; j++)
            {
                double re = 0, im = 0;
                for (nint p = 0; p < k; p++)
                {
                    double* x = (double*)(a + i * as0 + p * as1);
                    double* y = (double*)(b + p * bs0 + j * bs1);
                    re += (x[0] * y[0]) - (x[1] * y[1]);
                    im += (x[0] * y[1]) + (x[1] * y[0]);
                }

                double* z = (double*)(c + i * cs0 + j * cs1);
                z[0] = re;
                z[1] = im;
            }
        }
    }

    /// <summary>complex64: each output summed in single precision, as NumPy's non-BLAS loop.</summary>
    internal static void MultiplyComplex64(byte* a, nint as0, nint as1, byte* b, nint bs0, nint bs1, byte* c, nint cs0, nint cs1, nint n, nint k, nint m)
    {
        for (nint i = 0; i < n; i++)
        {
            for (nint j = 0; j < m; j++)
            {
                float re = 0, im = 0;
                for (nint p = 0; p < k; p++)
                {
                    float* x = (float*)(a + i * as0 + p * as1);
                    float* y = (float*)(b + p * bs0 + j * bs1);
                    re += (x[0] * y[0]) - (x[1] * y[1]);
                    im += (x[0] * y[1]) + (x[1] * y[0]);
                }

                float* z = (float*)(c + i * cs0 + j * cs1);
                z[0] = re;
                z[1] = im;
            }
        }
    }

    /// <summary>float16: each output summed in float32 and rounded once, as NumPy's half loop.</summary>
    internal static void MultiplyHalf(byte* a, nint as0, nint as1, byte* b, nint bs0, nint bs1, byte* c, nint cs0, nint cs1, nint n, nint k, nint m)
    {
        for (nint i = 0; i < n; i++)
        {
            for (nint j = 0; j < m; j++)
            {
                float sum = 0;
                for (nint p = 0; p < k; p++)
                {
                    sum += (float)*(Half*)(a + i * as0 + p * as1) * (float)*(Half*)(b + p * bs0 + j * bs1);
                }

                *(Half*)(c + i * cs0 + j * cs1) = (Half)sum;
            }
        }
    }

    /// <summary>bool: the logical or of ands, stopping at the first true pair as NumPy's loop does.</summary>
    internal static void MultiplyBool(byte* a, nint as0, nint as1, byte* b, nint bs0, nint bs1, byte* c, nint cs0, nint cs1, nint n, nint k, nint m)
    {
        for (nint i = 0; i < n; i++)
        {
            for (nint j = 0; j < m; j++)
            {
                byte result = 0;
                for (nint p = 0; p < k; p++)
                {
                    if (*(a + i * as0 + p * as1) != 0 && *(b + p * bs0 + j * bs1) != 0)
                    {
                        result = 1;
                        break;
                    }
                }

                *(c + i * cs0 + j * cs1) = result;
            }
        }
    }
}
