using System.Numerics;
using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// NumPy's bounded integer fills (<c>random_bounded_uint{64,32,16,8}_fill</c>,
/// <c>random_bounded_bool_fill</c>): values in the closed range [off, off + rng] by Lemire's
/// multiply-and-reject (Generator) or masked rejection (RandomState). 8- and 16-bit values come
/// from the bytes and halves of one 32-bit draw, lowest first; booleans from its bits.
/// </summary>
internal static unsafe class BoundedIntegers
{
    /// <summary>The smallest all-ones mask that covers <paramref name="max"/> (<c>gen_mask</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Mask(ulong max)
    {
        max |= max >> 1;
        max |= max >> 2;
        max |= max >> 4;
        max |= max >> 8;
        max |= max >> 16;
        max |= max >> 32;
        return max;
    }

    /// <summary><c>random_bounded_uint64</c> for one value (Lemire): what choice and its shuffles draw.</summary>
    internal static ulong Bounded64(ref Pcg64Core core, ulong rng)
    {
        if (rng == 0)
        {
            return 0;
        }

        if (rng <= uint.MaxValue)
        {
            return rng == uint.MaxValue ? core.Next32() : Lemire32(ref core, (uint)rng);
        }

        return rng == ulong.MaxValue ? core.Next64() : Lemire64(ref core, rng);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Lemire64(ref Pcg64Core core, ulong rng)
    {
        ulong rngExcl = rng + 1;
        ulong high = Math.BigMul(core.Next64(), rngExcl, out ulong leftover);
        if (leftover < rngExcl)
        {
            ulong threshold = (ulong.MaxValue - rng) % rngExcl;
            while (leftover < threshold)
            {
                high = Math.BigMul(core.Next64(), rngExcl, out leftover);
            }
        }

        return high;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Lemire32(ref Pcg64Core core, uint rng)
    {
        uint rngExcl = rng + 1;
        ulong m = (ulong)core.Next32() * rngExcl;
        uint leftover = (uint)m;
        if (leftover < rngExcl)
        {
            uint threshold = (uint.MaxValue - rng) % rngExcl;
            while (leftover < threshold)
            {
                m = (ulong)core.Next32() * rngExcl;
                leftover = (uint)m;
            }
        }

        return (uint)(m >> 32);
    }

    /// <summary><c>random_bounded_uint64_fill</c> (Lemire).</summary>
    internal static void Fill64(ref Pcg64Core state, ulong off, ulong rng, ulong* output, nint count)
    {
        Pcg64Core core = state;
        if (rng == 0)
        {
            for (nint i = 0; i < count; i++)
            {
                output[i] = off;
            }
        }
        else if (rng < uint.MaxValue)
        {
            for (nint i = 0; i < count; i++)
            {
                output[i] = off + Lemire32(ref core, (uint)rng);
            }
        }
        else if (rng == uint.MaxValue)
        {
            for (nint i = 0; i < count; i++)
            {
                output[i] = off + core.Next32();
            }
        }
        else if (rng == ulong.MaxValue)
        {
            for (nint i = 0; i < count; i++)
            {
                output[i] = off + core.Next64();
            }
        }
        else
        {
            for (nint i = 0; i < count; i++)
            {
                output[i] = off + Lemire64(ref core, rng);
            }
        }

        state = core;
    }

    /// <summary><c>random_bounded_uint32_fill</c> (Lemire).</summary>
    internal static void Fill32(ref Pcg64Core state, uint off, uint rng, uint* output, nint count)
    {
        Pcg64Core core = state;
        if (rng == 0)
        {
            for (nint i = 0; i < count; i++)
            {
                output[i] = off;
            }
        }
        else if (rng == uint.MaxValue)
        {
            for (nint i = 0; i < count; i++)
            {
                output[i] = off + core.Next32();
            }
        }
        else
        {
            for (nint i = 0; i < count; i++)
            {
                output[i] = off + Lemire32(ref core, rng);
            }
        }

        state = core;
    }

    /// <summary>
    /// <c>random_bounded_uint16_fill</c> and <c>random_bounded_uint8_fill</c>: Lemire on the halves or
    /// bytes of 32-bit draws, lowest first. One body for both widths; the JIT folds
    /// <c>sizeof(T)</c> in each instantiation.
    /// </summary>
    internal static void FillNarrow<T>(ref Pcg64Core state, T off, T rng, T* output, nint count)
        where T : unmanaged, IBinaryInteger<T>, IUnsignedNumber<T>
    {
        int bits = sizeof(T) * 8;
        uint max = (1u << bits) - 1;
        uint o = uint.CreateTruncating(off);
        uint r = uint.CreateTruncating(rng);
        Pcg64Core core = state;
        uint buf = 0;
        int bcnt = 0;
        if (r == 0)
        {
            for (nint i = 0; i < count; i++)
            {
                output[i] = off;
            }
        }
        else if (r == max)
        {
            for (nint i = 0; i < count; i++)
            {
                output[i] = T.CreateTruncating(o + BufferedNarrow(ref core, ref bcnt, ref buf, bits));
            }
        }
        else
        {
            uint rngExcl = r + 1;
            uint threshold = (max - r) % rngExcl;
            for (nint i = 0; i < count; i++)
            {
                uint m = BufferedNarrow(ref core, ref bcnt, ref buf, bits) * rngExcl;
                uint leftover = m & max;
                if (leftover < rngExcl)
                {
                    while (leftover < threshold)
                    {
                        m = BufferedNarrow(ref core, ref bcnt, ref buf, bits) * rngExcl;
                        leftover = m & max;
                    }
                }

                output[i] = T.CreateTruncating(o + (m >> bits));
            }
        }

        state = core;
    }

    /// <summary><c>random_bounded_bool_fill</c>: one bit of a 32-bit draw per value, lowest first.</summary>
    internal static void FillBool(ref Pcg64Core state, bool off, bool rng, bool* output, nint count)
    {
        Pcg64Core core = state;
        uint buf = 0;
        int bcnt = 0;
        for (nint i = 0; i < count; i++)
        {
            if (!rng)
            {
                output[i] = off;
                continue;
            }

            if (bcnt == 0)
            {
                buf = core.Next32();
                bcnt = 31;
            }
            else
            {
                buf >>= 1;
                bcnt--;
            }

            output[i] = (buf & 1) != 0;
        }

        state = core;
    }

    /// <summary>The next <paramref name="bits"/> (8 or 16) bits of a buffered 32-bit draw, lowest first (<c>buffered_uint16/uint8</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint BufferedNarrow(ref Pcg64Core core, ref int bcnt, ref uint buf, int bits)
    {
        if (bcnt == 0)
        {
            buf = core.Next32();
            bcnt = 32 / bits - 1;
        }
        else
        {
            buf >>= bits;
            bcnt--;
        }

        return buf & ((1u << bits) - 1);
    }
}
