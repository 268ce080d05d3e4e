using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary>The inner loops of advanced indexing: index checks, mask counts, compress and gather.</summary>
internal static unsafe class IndexKernels
{
    /// <summary>Whether every one of <paramref name="count"/> positions is in [0, <paramref name="length"/>).</summary>
    public static bool AllInRange(long* p, nint count, nint length)
    {
        // One unsigned compare per element covers both ends, and the OR keeps the loop branch-free.
        ulong n = (ulong)length;
        nint i = 0;
        if (Vector256.IsHardwareAccelerated && count >= Vector256<ulong>.Count)
        {
            var limit = Vector256.Create(n);
            Vector256<ulong> bad = Vector256<ulong>.Zero;
            for (; i <= count - Vector256<ulong>.Count; i += Vector256<ulong>.Count)
            {
                bad |= Vector256.GreaterThanOrEqual(Vector256.Load((ulong*)p + i), limit);
            }

            if (bad != Vector256<ulong>.Zero)
            {
                return false;
            }
        }

        for (; i < count; i++)
        {
            if ((ulong)p[i] >= n)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Adds <paramref name="length"/> to negative positions in place; on the first position outside
    /// [-length, length) sets <paramref name="ok"/> false and returns it as it was given.
    /// </summary>
    public static long WrapNegatives(long* p, nint count, nint length, out bool ok)
    {
        for (nint i = 0; i < count; i++)
        {
            long v = p[i];
            if (v < 0)
            {
                v += length;
            }

            if ((ulong)v >= (ulong)length)
            {
                ok = false;
                return p[i];
            }

            p[i] = v;
        }

        ok = true;
        return 0;
    }

    /// <summary>Applies <c>mode='wrap'</c> or <c>'clip'</c> in place.</summary>
    public static void ApplyMode(long* p, nint count, nint length, IndexMode mode)
    {
        if (mode == IndexMode.Wrap)
        {
            for (nint i = 0; i < count; i++)
            {
                long v = p[i] % length;
                p[i] = v < 0 ? v + length : v;
            }
        }
        else
        {
            for (nint i = 0; i < count; i++)
            {
                long v = p[i];
                p[i] = v < 0 ? 0 : v >= length ? length - 1 : v;
            }
        }
    }

    /// <summary>How many of <paramref name="count"/> bool bytes are nonzero (any nonzero byte is true).</summary>
    public static nint CountTrue(byte* p, nint count)
    {
        nint total = 0, i = 0;
        if (Vector256.IsHardwareAccelerated && count >= Vector256<byte>.Count)
        {
            // Each lane counts the zero bytes it sees (an all-ones compare result is -1, so
            // subtracting it adds 1); per block of at most 255 vectors a byte lane cannot overflow,
            // and the block's true count is its length less its zeros.
            while (i <= count - Vector256<byte>.Count)
            {
                nint blockStart = i;
                nint blockEnd = Math.Min(count - Vector256<byte>.Count, i + 254 * (nint)Vector256<byte>.Count);
                Vector256<byte> zeros = Vector256<byte>.Zero;
                for (; i <= blockEnd; i += Vector256<byte>.Count)
                {
                    zeros -= Vector256.Equals(Vector256.Load(p + i), Vector256<byte>.Zero);
                }

                total += i - blockStart - SumBytes(zeros);
            }
        }

        for (; i < count; i++)
        {
            total += p[i] != 0 ? 1 : 0;
        }

        return total;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static nint SumBytes(Vector256<byte> v)
    {
        (Vector256<ushort> lo, Vector256<ushort> hi) = Vector256.Widen(v);
        return Vector256.Sum(lo + hi);
    }

    /// <summary>
    /// Copies the elements of a contiguous source whose mask byte is nonzero to a contiguous
    /// destination, in order (the boolean-mask gather of a contiguous array).
    /// </summary>
    public static void Compress(byte* src, byte* mask, byte* dst, nint count, int itemSize)
    {
        switch (itemSize)
        {
            case 1: Compress<byte>(src, mask, dst, count); break;
            case 2: Compress<short>(src, mask, dst, count); break;
            case 4: Compress<int>(src, mask, dst, count); break;
            case 8: Compress<long>(src, mask, dst, count); break;
            case 16: Compress<Int128>(src, mask, dst, count); break;
            default:
                for (nint i = 0; i < count; i++)
                {
                    if (mask[i] != 0)
                    {
                        Buffer.MemoryCopy(src + i * itemSize, dst, itemSize, itemSize);
                        dst += itemSize;
                    }
                }

                break;
        }
    }

    private static void Compress<T>(byte* srcBytes, byte* mask, byte* dstBytes, nint count) where T : unmanaged
    {
        T* src = (T*)srcBytes, dst = (T*)dstBytes;
        nint i = 0;

        // Eight mask bytes at a time: all-false and all-true words skip the per-element work, the
        // rest store unconditionally and advance by the mask bit, so a random mask costs no
        // mispredicted branches. The destination holds exactly the true count, so an unconditional
        // store may only go where a later true element will land or one past the last write; the
        // store at dst[k] is safe because k <= (trues so far) < total whenever an element remains
        // true after it, and the last word is finished element by element.
        nint safeEnd = count - 8;
        for (; i <= safeEnd; i += 8)
        {
            ulong word = Unsafe.ReadUnaligned<ulong>(mask + i);
            if (word == 0)
            {
                continue;
            }

            if (word == 0x0101010101010101UL)
            {
                Buffer.MemoryCopy(src + i, dst, 8 * sizeof(T), 8 * sizeof(T));
                dst += 8;
                continue;
            }

            if ((word & ~0x0101010101010101UL) != 0)
            {
                // Bytes other than 0 and 1 (true values from raw memory): take the careful path.
                for (nint j = 0; j < 8; j++)
                {
                    if (mask[i + j] != 0)
                    {
                        *dst++ = src[i + j];
                    }
                }

                continue;
            }

            // The last true element of this word is written last, so no store lands past it.
            int lastTrue = 7 - (BitOperations.LeadingZeroCount(word) >> 3);
            nint k = 0;
            for (int j = 0; j < lastTrue; j++)
            {
                dst[k] = src[i + j];
                k += (nint)((word >> (8 * j)) & 1);
            }

            dst[k] = src[i + lastTrue];
            dst += k + 1;
        }

        for (; i < count; i++)
        {
            if (mask[i] != 0)
            {
                *dst++ = src[i];
            }
        }
    }

    /// <summary>The flat positions of the nonzero mask bytes, ascending (<c>flatnonzero</c> of a contiguous bool array).</summary>
    public static void TruePositions(byte* mask, nint count, long* dst)
    {
        nint i = 0;
        nint safeEnd = count - 8;
        for (; i <= safeEnd; i += 8)
        {
            ulong word = Unsafe.ReadUnaligned<ulong>(mask + i);
            if (word == 0)
            {
                continue;
            }

            for (int j = 0; j < 8; j++)
            {
                if (mask[i + j] != 0)
                {
                    *dst++ = i + j;
                }
            }
        }

        for (; i < count; i++)
        {
            if (mask[i] != 0)
            {
                *dst++ = i;
            }
        }
    }

    /// <summary>
    /// The gather of one advanced axis with single-element subspace: <c>dst[o] = src[pos[o] * stride]</c>.
    /// </summary>
    public static void Gather(byte* src, nint stride, long* pos, byte* dst, nint count, int itemSize)
    {
        switch (itemSize)
        {
            case 1: Gather<byte>(src, stride, pos, dst, count); break;
            case 2: Gather<short>(src, stride, pos, dst, count); break;
            case 4: Gather<int>(src, stride, pos, dst, count); break;
            case 8: Gather<long>(src, stride, pos, dst, count); break;
            case 16: Gather<Int128>(src, stride, pos, dst, count); break;
            default:
                for (nint o = 0; o < count; o++)
                {
                    Buffer.MemoryCopy(src + (nint)pos[o] * stride, dst + o * itemSize, itemSize, itemSize);
                }

                break;
        }
    }

    private static void Gather<T>(byte* src, nint stride, long* pos, byte* dstBytes, nint count) where T : unmanaged
    {
        T* dst = (T*)dstBytes;
        for (nint o = 0; o < count; o++)
        {
            dst[o] = Unsafe.ReadUnaligned<T>(src + (nint)pos[o] * stride);
        }
    }

    /// <summary>
    /// The scatter of one advanced axis with single-element subspace, in order so that the last
    /// value for a repeated position lands: <c>dst[pos[o] * stride] = src[o * srcStride]</c>.
    /// </summary>
    public static void Scatter(byte* src, nint srcStride, long* pos, byte* dst, nint stride, nint count, int itemSize)
    {
        switch (itemSize)
        {
            case 1: Scatter<byte>(src, srcStride, pos, dst, stride, count); break;
            case 2: Scatter<short>(src, srcStride, pos, dst, stride, count); break;
            case 4: Scatter<int>(src, srcStride, pos, dst, stride, count); break;
            case 8: Scatter<long>(src, srcStride, pos, dst, stride, count); break;
            case 16: Scatter<Int128>(src, srcStride, pos, dst, stride, count); break;
            default:
                for (nint o = 0; o < count; o++)
                {
                    Buffer.MemoryCopy(src + o * srcStride, dst + (nint)pos[o] * stride, itemSize, itemSize);
                }

                break;
        }
    }

    private static void Scatter<T>(byte* src, nint srcStride, long* pos, byte* dst, nint stride, nint count) where T : unmanaged
    {
        for (nint o = 0; o < count; o++)
        {
            Unsafe.WriteUnaligned(dst + (nint)pos[o] * stride, Unsafe.ReadUnaligned<T>(src + o * srcStride));
        }
    }
}
