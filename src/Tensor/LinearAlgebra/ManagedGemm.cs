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
/// buffers, and a register tile of accumulators walks them: 8×3 <see cref="Vector512{T}"/> on
/// AVX-512, 4×3 <see cref="Vector256{T}"/> elsewhere);
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
    private const int KC = 256;
    private const int MC = 96;

    /// <summary>At or below this many multiply-adds a product runs as direct loops (no packing, no BLAS call).</summary>
    internal const long SmallProduct = 1000;

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

        // Tiny products (a batch of 4x4 matrices) cost less as plain loops than packing buffers.
        if (!Vector256.IsHardwareAccelerated || !Vector256<T>.IsSupported || (long)n * k * m <= SmallProduct)
        {
            Naive<T>(a, as0, as1, b, bs0, bs1, c, cs0, cs1, n, k, m);
            return;
        }

        int mr = Wide<T>() ? 8 : 4;
        long work = (long)n * k * m;
        int threads = work >= ParallelThreshold ? Math.Min(Environment.ProcessorCount, (int)((n + mr - 1) / mr)) : 1;
        Blocked<T>(a, as0, as1, b, bs0, bs1, c, cs0, cs1, n, k, m, threads);
    }

    /// <summary>
    /// Whether the 8-row tile of <see cref="Vector512{T}"/> accumulators is used: AVX-512 has 32
    /// vector registers, room for 24 accumulators, 3 B vectors and a broadcast A value.
    /// </summary>
    private static bool Wide<T>() where T : unmanaged => Vector512.IsHardwareAccelerated && Vector512<T>.IsSupported;

    /// <summary>The register tile's width: three vectors.</summary>
    private static int NR<T>() where T : unmanaged => Wide<T>() ? 3 * Vector512<T>.Count : 3 * Vector256<T>.Count;

    /// <summary>
    /// Goto's loops: for each KC×NC panel of B, packed once and shared, every worker packs MC×KC
    /// blocks of A from its own band of rows of C and runs the register tiles over them. The bands
    /// are equal multiples of the tile height, so the workers finish together.
    /// </summary>
    private static void Blocked<T>(byte* a, nint as0, nint as1, byte* b, nint bs0, nint bs1, byte* c, nint cs0, nint cs1, nint n, nint k, nint m, int threads)
        where T : unmanaged, INumber<T>
    {
        int nr = NR<T>();
        int mr = Wide<T>() ? 8 : 4;
        int kc = KC, mc = MC / mr * mr;

        // NC: the B panel spans about 3 MiB, so it stays in the shared L3 while A blocks stream.
        nint nc = Math.Max(nr, (3 << 20) / (kc * sizeof(T)) / nr * nr);
        nint ncEff = Math.Min(nc, (m + nr - 1) / nr * nr);
        nint band = (((n + threads - 1) / threads) + mr - 1) / mr * mr;
        int workers = (int)((n + band - 1) / band);
        nint mcEff = Math.Min(mc, band);
        T* bp = (T*)NativeMemory.AlignedAlloc((nuint)(kc * ncEff * sizeof(T)), 64);
        T* ap = (T*)NativeMemory.AlignedAlloc((nuint)(workers * kc * mcEff * sizeof(T)), 64);
        try
        {
            var job = new Job<T>
            {
                A = a, As0 = as0, As1 = as1, B = b, Bs0 = bs0, Bs1 = bs1, C = c, Cs0 = cs0, Cs1 = cs1,
                N = n, Band = band, Mr = mr, Nr = nr, Mc = mc, Ap = ap, ApStride = kc * mcEff, Bp = bp, Workers = workers,
            };
            for (nint j0 = 0; j0 < m; j0 += nc)
            {
                for (nint p0 = 0; p0 < k; p0 += kc)
                {
                    job.J0 = j0;
                    job.P0 = p0;
                    job.Ncur = Math.Min(nc, m - j0);
                    job.Kcur = Math.Min(kc, k - p0);
                    if (workers == 1)
                    {
                        job.PackPanel(0);
                        job.Compute(0);
                    }
                    else
                    {
                        Parallel.For(0, workers, job.PackPanel);
                        Parallel.For(0, workers, job.Compute);
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

    /// <summary>One product's operands, buffers and current panel, shared by the workers of <see cref="Blocked{T}"/>.</summary>
    private sealed class Job<T> where T : unmanaged, INumber<T>
    {
        public byte* A, B, C;
        public nint As0, As1, Bs0, Bs1, Cs0, Cs1, N, Band, ApStride, J0, P0, Ncur, Kcur;
        public int Mr, Nr, Mc, Workers;
        public T* Ap, Bp;

        /// <summary>Packs worker <paramref name="t"/>'s share of the NR-column slivers of the current B panel.</summary>
        public void PackPanel(int t)
        {
            nint slivers = (Ncur + Nr - 1) / Nr;
            nint per = (slivers + Workers - 1) / Workers;
            nint first = t * per, last = Math.Min(slivers, first + per);
            if (first >= last)
            {
                return;
            }

            nint col = first * Nr;
            PackB(B + P0 * Bs0 + (J0 + col) * Bs1, Bs0, Bs1, Kcur, Math.Min(Ncur, last * Nr) - col, Nr, Bp + col * Kcur);
        }

        /// <summary>Worker <paramref name="t"/>'s band of rows of C against the current B panel.</summary>
        public void Compute(int t)
        {
            nint start = t * Band, end = Math.Min(N, start + Band);
            T* ap = Ap + t * ApStride;
            T* tile = stackalloc T[Mr * Nr];
            bool accumulate = P0 > 0;
            for (nint i0 = start; i0 < end; i0 += Mc)
            {
                nint mcur = Math.Min(Mc, end - i0);
                PackA(A + i0 * As0 + P0 * As1, As0, As1, mcur, Kcur, Mr, ap);
                for (nint jr = 0; jr < Ncur; jr += Nr)
                {
                    int cols = (int)Math.Min(Nr, Ncur - jr);
                    T* bsl = Bp + jr * Kcur;
                    for (nint ir = 0; ir < mcur; ir += Mr)
                    {
                        int rows = (int)Math.Min(Mr, mcur - ir);
                        byte* ct = C + (i0 + ir) * Cs0 + (J0 + jr) * Cs1;
                        if (Mr == 8)
                        {
                            MicroKernel512(Kcur, ap + ir * Kcur, bsl, ct, Cs0, Cs1, rows, cols, accumulate, tile);
                        }
                        else
                        {
                            MicroKernel(Kcur, ap + ir * Kcur, bsl, ct, Cs0, Cs1, rows, cols, accumulate, tile);
                        }
                    }
                }
            }
        }
    }

    /// <summary>Copies rows×kc of A into mr-row slivers, each stored k-major (mr values per k), zero-padded.</summary>
    private static void PackA<T>(byte* a, nint as0, nint as1, nint rows, nint kc, int mr, T* dst) where T : unmanaged, INumber<T>
    {
        for (nint i = 0; i < rows; i += mr)
        {
            int live = (int)Math.Min(mr, rows - i);
            T* d = dst + i * kc;
            for (int r = 0; r < mr; r++)
            {
                if (r < live)
                {
                    byte* src = a + (i + r) * as0;
                    for (nint p = 0; p < kc; p++)
                    {
                        d[p * mr + r] = *(T*)(src + p * as1);
                    }
                }
                else
                {
                    for (nint p = 0; p < kc; p++)
                    {
                        d[p * mr + r] = T.Zero;
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<T> MulAdd<T>(Vector512<T> x, Vector512<T> y, Vector512<T> acc) where T : unmanaged
    {
        if (typeof(T) == typeof(double))
        {
            return Vector512.FusedMultiplyAdd(x.AsDouble(), y.AsDouble(), acc.AsDouble()).As<double, T>();
        }

        if (typeof(T) == typeof(float))
        {
            return Vector512.FusedMultiplyAdd(x.AsSingle(), y.AsSingle(), acc.AsSingle()).As<float, T>();
        }

        return (x * y) + acc;
    }

    /// <summary>
    /// One 8×NR tile of C on AVX-512: as <see cref="MicroKernel{T}"/> with twice the rows.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MicroKernel512<T>(nint kc, T* ap, T* bp, byte* c, nint cs0, nint cs1, int rows, int cols, bool accumulate, T* tile)
        where T : unmanaged, INumber<T>
    {
        int w = Vector512<T>.Count;
        Vector512<T> c00 = default, c01 = default, c02 = default, c10 = default, c11 = default, c12 = default;
        Vector512<T> c20 = default, c21 = default, c22 = default, c30 = default, c31 = default, c32 = default;
        Vector512<T> c40 = default, c41 = default, c42 = default, c50 = default, c51 = default, c52 = default;
        Vector512<T> c60 = default, c61 = default, c62 = default, c70 = default, c71 = default, c72 = default;
        // Two k steps per iteration halve the loop's bookkeeping next to the 24 multiply-adds.
        Vector512<T> b0, b1, b2, x;
        nint p = 0;
        for (; p + 1 < kc; p += 2)
        {
            b0 = Vector512.Load(bp);
            b1 = Vector512.Load(bp + w);
            b2 = Vector512.Load(bp + (2 * w));
            x = Vector512.Create(ap[0]);
            c00 = MulAdd(x, b0, c00);
            c01 = MulAdd(x, b1, c01);
            c02 = MulAdd(x, b2, c02);
            x = Vector512.Create(ap[1]);
            c10 = MulAdd(x, b0, c10);
            c11 = MulAdd(x, b1, c11);
            c12 = MulAdd(x, b2, c12);
            x = Vector512.Create(ap[2]);
            c20 = MulAdd(x, b0, c20);
            c21 = MulAdd(x, b1, c21);
            c22 = MulAdd(x, b2, c22);
            x = Vector512.Create(ap[3]);
            c30 = MulAdd(x, b0, c30);
            c31 = MulAdd(x, b1, c31);
            c32 = MulAdd(x, b2, c32);
            x = Vector512.Create(ap[4]);
            c40 = MulAdd(x, b0, c40);
            c41 = MulAdd(x, b1, c41);
            c42 = MulAdd(x, b2, c42);
            x = Vector512.Create(ap[5]);
            c50 = MulAdd(x, b0, c50);
            c51 = MulAdd(x, b1, c51);
            c52 = MulAdd(x, b2, c52);
            x = Vector512.Create(ap[6]);
            c60 = MulAdd(x, b0, c60);
            c61 = MulAdd(x, b1, c61);
            c62 = MulAdd(x, b2, c62);
            x = Vector512.Create(ap[7]);
            c70 = MulAdd(x, b0, c70);
            c71 = MulAdd(x, b1, c71);
            c72 = MulAdd(x, b2, c72);
            b0 = Vector512.Load(bp + (3 * w));
            b1 = Vector512.Load(bp + (3 * w) + w);
            b2 = Vector512.Load(bp + (3 * w) + (2 * w));
            x = Vector512.Create(ap[8]);
            c00 = MulAdd(x, b0, c00);
            c01 = MulAdd(x, b1, c01);
            c02 = MulAdd(x, b2, c02);
            x = Vector512.Create(ap[9]);
            c10 = MulAdd(x, b0, c10);
            c11 = MulAdd(x, b1, c11);
            c12 = MulAdd(x, b2, c12);
            x = Vector512.Create(ap[10]);
            c20 = MulAdd(x, b0, c20);
            c21 = MulAdd(x, b1, c21);
            c22 = MulAdd(x, b2, c22);
            x = Vector512.Create(ap[11]);
            c30 = MulAdd(x, b0, c30);
            c31 = MulAdd(x, b1, c31);
            c32 = MulAdd(x, b2, c32);
            x = Vector512.Create(ap[12]);
            c40 = MulAdd(x, b0, c40);
            c41 = MulAdd(x, b1, c41);
            c42 = MulAdd(x, b2, c42);
            x = Vector512.Create(ap[13]);
            c50 = MulAdd(x, b0, c50);
            c51 = MulAdd(x, b1, c51);
            c52 = MulAdd(x, b2, c52);
            x = Vector512.Create(ap[14]);
            c60 = MulAdd(x, b0, c60);
            c61 = MulAdd(x, b1, c61);
            c62 = MulAdd(x, b2, c62);
            x = Vector512.Create(ap[15]);
            c70 = MulAdd(x, b0, c70);
            c71 = MulAdd(x, b1, c71);
            c72 = MulAdd(x, b2, c72);
            ap += 16;
            bp += 6 * w;
        }

        if (p < kc)
        {
            b0 = Vector512.Load(bp);
            b1 = Vector512.Load(bp + w);
            b2 = Vector512.Load(bp + (2 * w));
            x = Vector512.Create(ap[0]);
            c00 = MulAdd(x, b0, c00);
            c01 = MulAdd(x, b1, c01);
            c02 = MulAdd(x, b2, c02);
            x = Vector512.Create(ap[1]);
            c10 = MulAdd(x, b0, c10);
            c11 = MulAdd(x, b1, c11);
            c12 = MulAdd(x, b2, c12);
            x = Vector512.Create(ap[2]);
            c20 = MulAdd(x, b0, c20);
            c21 = MulAdd(x, b1, c21);
            c22 = MulAdd(x, b2, c22);
            x = Vector512.Create(ap[3]);
            c30 = MulAdd(x, b0, c30);
            c31 = MulAdd(x, b1, c31);
            c32 = MulAdd(x, b2, c32);
            x = Vector512.Create(ap[4]);
            c40 = MulAdd(x, b0, c40);
            c41 = MulAdd(x, b1, c41);
            c42 = MulAdd(x, b2, c42);
            x = Vector512.Create(ap[5]);
            c50 = MulAdd(x, b0, c50);
            c51 = MulAdd(x, b1, c51);
            c52 = MulAdd(x, b2, c52);
            x = Vector512.Create(ap[6]);
            c60 = MulAdd(x, b0, c60);
            c61 = MulAdd(x, b1, c61);
            c62 = MulAdd(x, b2, c62);
            x = Vector512.Create(ap[7]);
            c70 = MulAdd(x, b0, c70);
            c71 = MulAdd(x, b1, c71);
            c72 = MulAdd(x, b2, c72);
        }

        int nr = 3 * w;
        if (rows == 8 && cols == nr && cs1 == sizeof(T))
        {
            Store512((T*)c, c00, c01, c02, w, accumulate);
            Store512((T*)(c + cs0), c10, c11, c12, w, accumulate);
            Store512((T*)(c + (2 * cs0)), c20, c21, c22, w, accumulate);
            Store512((T*)(c + (3 * cs0)), c30, c31, c32, w, accumulate);
            Store512((T*)(c + (4 * cs0)), c40, c41, c42, w, accumulate);
            Store512((T*)(c + (5 * cs0)), c50, c51, c52, w, accumulate);
            Store512((T*)(c + (6 * cs0)), c60, c61, c62, w, accumulate);
            Store512((T*)(c + (7 * cs0)), c70, c71, c72, w, accumulate);
            return;
        }

        Store512(tile, c00, c01, c02, w, false);
        Store512(tile + nr, c10, c11, c12, w, false);
        Store512(tile + (2 * nr), c20, c21, c22, w, false);
        Store512(tile + (3 * nr), c30, c31, c32, w, false);
        Store512(tile + (4 * nr), c40, c41, c42, w, false);
        Store512(tile + (5 * nr), c50, c51, c52, w, false);
        Store512(tile + (6 * nr), c60, c61, c62, w, false);
        Store512(tile + (7 * nr), c70, c71, c72, w, false);
        WriteTile(tile, nr, c, cs0, cs1, rows, cols, accumulate);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store512<T>(T* dst, Vector512<T> v0, Vector512<T> v1, Vector512<T> v2, int w, bool accumulate) where T : unmanaged
    {
        if (accumulate)
        {
            v0 += Vector512.Load(dst);
            v1 += Vector512.Load(dst + w);
            v2 += Vector512.Load(dst + (2 * w));
        }

        Vector512.Store(v0, dst);
        Vector512.Store(v1, dst + w);
        Vector512.Store(v2, dst + (2 * w));
    }

    /// <summary>Writes (or adds) the live rows×cols of a scratch tile into a strided C.</summary>
    private static void WriteTile<T>(T* tile, int nr, byte* c, nint cs0, nint cs1, int rows, int cols, bool accumulate) where T : unmanaged, INumber<T>
    {
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

    /// <summary>
    /// One 4×NR tile of C from a packed A sliver and a packed B sliver: written when
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
            ap += 4;
            bp += 3 * w;
        }

        if (rows == 4 && cols == 3 * w && cs1 == sizeof(T))
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
        WriteTile(tile, nr, c, cs0, cs1, rows, cols, accumulate);
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

    /// <summary>Each output a sum of products in order: the kernel for tiny products and for types without SIMD.</summary>
    internal static void Naive<T>(byte* a, nint as0, nint as1, byte* b, nint bs0, nint bs1, byte* c, nint cs0, nint cs1, nint n, nint k, nint m)
        where T : unmanaged, INumberBase<T>
    {
        for (nint i = 0; i < n; i++)
        {
            byte* aRow = a + i * as0;
            byte* cRow = c + i * cs0;
            for (nint j = 0; j < m; j++)
            {
                byte* pa = aRow;
                byte* pb = b + j * bs1;
                T sum = T.Zero;
                for (nint p = 0; p < k; p++)
                {
                    sum += *(T*)pa * *(T*)pb;
                    pa += as1;
                    pb += bs0;
                }

                *(T*)(cRow + j * cs1) = sum;
            }
        }
    }

    /// <summary>
    /// The direct-loop kernel for <paramref name="type"/>, chosen once for a whole batch of tiny
    /// products (it also writes zeros for k = 0).
    /// </summary>
    internal static delegate*<byte*, nint, nint, byte*, nint, nint, byte*, nint, nint, nint, nint, nint, void> SmallKernel(ScalarType type) => type switch
    {
        ScalarType.Bool => &MultiplyBool,
        ScalarType.Int8 => &Naive<sbyte>,
        ScalarType.UInt8 => &Naive<byte>,
        ScalarType.Int16 => &Naive<short>,
        ScalarType.UInt16 => &Naive<ushort>,
        ScalarType.Int32 => &Naive<int>,
        ScalarType.UInt32 => &Naive<uint>,
        ScalarType.Int64 => &Naive<long>,
        ScalarType.UInt64 => &Naive<ulong>,
        ScalarType.Float16 => &MultiplyHalf,
        ScalarType.Float32 => &Naive<float>,
        ScalarType.Float64 => &Naive<double>,
        ScalarType.Complex64 => &MultiplyComplex64,
        _ => &MultiplyComplex128,
    };

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
