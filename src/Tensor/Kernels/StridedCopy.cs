using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// Element-for-element copies between any two layouts of the same shape and item size: memcpy
/// for runs contiguous on both sides, cache-blocked tiles when one side is contiguous along an
/// axis the other strides over (transposes), strided typed moves otherwise.
/// </summary>
internal static unsafe class StridedCopy
{
    /// <summary>The side of a square tile for blocked transposes, in elements.</summary>
    private const int Tile = 32;

    public static void Copy(byte* src, ReadOnlySpan<nint> srcStrides, byte* dst, ReadOnlySpan<nint> dstStrides, ReadOnlySpan<nint> shape, int itemSize)
    {
        var loop = new StridedLoop(shape, srcStrides, dstStrides);
        if (loop.IsEmpty)
        {
            return;
        }

        int nd = loop.NDim;
        if (nd >= 2 && IsTransposePair(loop, itemSize))
        {
            CopyBlocked(loop, src, dst, itemSize);
            return;
        }

        loop.Run(src, dst, KernelFor(itemSize), itemSize);
    }

    /// <summary>
    /// Whether the two innermost axes form a transpose: the inner axis is contiguous in the
    /// destination but strided in the source, and the next axis is contiguous in the source.
    /// </summary>
    private static bool IsTransposePair(StridedLoop loop, int itemSize)
    {
        int inner = loop.NDim - 1, outer = inner - 1;
        return loop.DstStrides[inner] == itemSize && loop.SrcStrides[inner] != itemSize
            && loop.SrcStrides[outer] == itemSize
            && loop.Shape[inner] >= Tile && loop.Shape[outer] >= Tile;
    }

    private static delegate*<byte*, nint, byte*, nint, nint, nint, void> KernelFor(int itemSize) => itemSize switch
    {
        1 => &Move<byte>,
        2 => &Move<ushort>,
        4 => &Move<uint>,
        8 => &Move<ulong>,
        16 => &Move<Int128>,
        _ => &MoveBytes,
    };

    /// <summary>Copies <paramref name="count"/> elements of <typeparamref name="T"/> between strided runs.</summary>
    private static void Move<T>(byte* src, nint srcStride, byte* dst, nint dstStride, nint count, nint itemSize) where T : unmanaged
    {
        if (srcStride == sizeof(T) && dstStride == sizeof(T))
        {
            Buffer.MemoryCopy(src, dst, count * sizeof(T), count * sizeof(T));
            return;
        }

        if (srcStride == 0)
        {
            T value = Unsafe.ReadUnaligned<T>(src);
            for (nint i = 0; i < count; i++)
            {
                Unsafe.WriteUnaligned(dst, value);
                dst += dstStride;
            }

            return;
        }

        for (nint i = 0; i < count; i++)
        {
            Unsafe.WriteUnaligned(dst, Unsafe.ReadUnaligned<T>(src));
            src += srcStride;
            dst += dstStride;
        }
    }

    private static void MoveBytes(byte* src, nint srcStride, byte* dst, nint dstStride, nint count, nint itemSize)
    {
        for (nint i = 0; i < count; i++)
        {
            Buffer.MemoryCopy(src, dst, itemSize, itemSize);
            src += srcStride;
            dst += dstStride;
        }
    }

    /// <summary>Copies one rows x cols block in square tiles, walking each tile along the source's contiguous axis.</summary>
    private static void CopyTiles(byte* src, nint sRow, nint sCol, byte* dst, nint dRow, nint dCol, nint rows, nint cols, int itemSize, delegate*<byte*, nint, byte*, nint, nint, nint, void> kernel)
    {
        for (nint c0 = 0; c0 < cols; c0 += Tile)
        {
            nint cn = Math.Min(Tile, cols - c0);
            for (nint r0 = 0; r0 < rows; r0 += Tile)
            {
                nint rn = Math.Min(Tile, rows - r0);
                byte* s = src + r0 * sRow + c0 * sCol;
                byte* d = dst + r0 * dRow + c0 * dCol;
                for (nint c = 0; c < cn; c++)
                {
                    kernel(s + c * sCol, sRow, d + c * dCol, dRow, rn, itemSize);
                }
            }
        }
    }

    /// <summary>
    /// Copies the two innermost axes in square tiles so that both the source's contiguous axis
    /// and the destination's stay in cache, for every index of the outer axes.
    /// </summary>
    private static void CopyBlocked(StridedLoop loop, byte* src, byte* dst, int itemSize)
    {
        int nd = loop.NDim;
        int inner = nd - 1, outer = nd - 2;
        nint rows = loop.Shape[outer], cols = loop.Shape[inner];
        nint sRow = loop.SrcStrides[outer], sCol = loop.SrcStrides[inner];
        nint dRow = loop.DstStrides[outer], dCol = loop.DstStrides[inner];
        var kernel = KernelFor(itemSize);

        Span<nint> index = (stackalloc nint[Layout.MaxDimensions])[..Math.Max(outer, 1)];
        index.Clear();
        bool vectorized = itemSize == 8 && TransposeKernels.IsSupported;
        while (true)
        {
            if (vectorized)
            {
                TransposeKernels.Transpose8(src, sCol, dst, dRow, rows, cols);
            }
            else
            {
                CopyTiles(src, sRow, sCol, dst, dRow, dCol, rows, cols, itemSize, kernel);
            }

            int axis = outer - 1;
            while (true)
            {
                if (axis < 0)
                {
                    return;
                }

                src += loop.SrcStrides[axis];
                dst += loop.DstStrides[axis];
                if (++index[axis] < loop.Shape[axis])
                {
                    break;
                }

                src -= loop.SrcStrides[axis] * loop.Shape[axis];
                dst -= loop.DstStrides[axis] * loop.Shape[axis];
                index[axis] = 0;
                axis--;
            }
        }
    }
}
