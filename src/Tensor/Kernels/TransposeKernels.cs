using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ArrayBridge;

/// <summary>
/// Transposing copies of 8-byte elements (float64, int64, complex64): the source is contiguous
/// along rows and the destination along columns. The copy goes in 8x8 tiles, so every cache line
/// is read or written completely inside one tile and set-associativity conflicts of power-of-two
/// strides cannot evict lines before they are used. Each tile is four AVX 4x4 register
/// transposes; large destinations take non-temporal stores, which skip the read-for-ownership of
/// lines that are about to be overwritten whole.
/// </summary>
internal static unsafe class TransposeKernels
{
    /// <summary>Destinations from this size up are written with non-temporal stores.</summary>
    private const nint NonTemporalThreshold = 8 << 20;

    /// <summary>Whether <see cref="Transpose8"/> runs vectorized on this machine.</summary>
    public static bool IsSupported => Avx.IsSupported;

    /// <summary>
    /// Copies a <paramref name="rows"/> x <paramref name="cols"/> block where element (r, c) is at
    /// <c>src + r*8 + c*srcColStride</c> and goes to <c>dst + r*dstRowStride + c*8</c>.
    /// </summary>
    public static void Transpose8(byte* src, nint srcColStride, byte* dst, nint dstRowStride, nint rows, nint cols)
    {
        nint rows8 = rows & ~(nint)7, cols8 = cols & ~(nint)7;
        bool nonTemporal = rows * cols * 8 >= NonTemporalThreshold
            && ((nuint)dst & 31) == 0 && (dstRowStride & 31) == 0;
        for (nint c0 = 0; c0 < cols8; c0 += 8)
        {
            byte* s = src + c0 * srcColStride;
            byte* d = dst + c0 * 8;
            for (nint r0 = 0; r0 < rows8; r0 += 8)
            {
                if (nonTemporal)
                {
                    Block8x8<NonTemporal>(s + r0 * 8, srcColStride, d + r0 * dstRowStride, dstRowStride);
                }
                else
                {
                    Block8x8<Temporal>(s + r0 * 8, srcColStride, d + r0 * dstRowStride, dstRowStride);
                }
            }
        }

        if (nonTemporal)
        {
            Sse.StoreFence();
        }

        // The ragged edges: rows past the last full tile, and columns past it.
        for (nint r = rows8; r < rows; r++)
        {
            for (nint c = 0; c < cols; c++)
            {
                *(ulong*)(dst + r * dstRowStride + c * 8) = *(ulong*)(src + r * 8 + c * srcColStride);
            }
        }

        for (nint c = cols8; c < cols; c++)
        {
            for (nint r = 0; r < rows8; r++)
            {
                *(ulong*)(dst + r * dstRowStride + c * 8) = *(ulong*)(src + r * 8 + c * srcColStride);
            }
        }
    }

    private interface IStore
    {
        static abstract void Store(double* address, Vector256<double> value);
    }

    private readonly struct Temporal : IStore
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Store(double* address, Vector256<double> value) => Avx.Store(address, value);
    }

    private readonly struct NonTemporal : IStore
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Store(double* address, Vector256<double> value) => Avx.StoreAlignedNonTemporal(address, value);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Block8x8<TStore>(byte* s, nint sCol, byte* d, nint dRow)
        where TStore : struct, IStore
    {
        Block4x4<TStore>(s, sCol, d, dRow);
        Block4x4<TStore>(s + 32, sCol, d + 4 * dRow, dRow);
        Block4x4<TStore>(s + 4 * sCol, sCol, d + 32, dRow);
        Block4x4<TStore>(s + 4 * sCol + 32, sCol, d + 4 * dRow + 32, dRow);
    }

    /// <summary>Four source columns of four rows in, four destination rows of four columns out.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Block4x4<TStore>(byte* s, nint sCol, byte* d, nint dRow)
        where TStore : struct, IStore
    {
        Vector256<double> v0 = Avx.LoadVector256((double*)s);
        Vector256<double> v1 = Avx.LoadVector256((double*)(s + sCol));
        Vector256<double> v2 = Avx.LoadVector256((double*)(s + 2 * sCol));
        Vector256<double> v3 = Avx.LoadVector256((double*)(s + 3 * sCol));
        Vector256<double> t0 = Avx.UnpackLow(v0, v1);
        Vector256<double> t1 = Avx.UnpackHigh(v0, v1);
        Vector256<double> t2 = Avx.UnpackLow(v2, v3);
        Vector256<double> t3 = Avx.UnpackHigh(v2, v3);
        TStore.Store((double*)d, Avx.Permute2x128(t0, t2, 0x20));
        TStore.Store((double*)(d + dRow), Avx.Permute2x128(t1, t3, 0x20));
        TStore.Store((double*)(d + 2 * dRow), Avx.Permute2x128(t0, t2, 0x31));
        TStore.Store((double*)(d + 3 * dRow), Avx.Permute2x128(t1, t3, 0x31));
    }
}
