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

    /// <summary><c>random_bounded_uint16_fill</c> (Lemire on the halves of 32-bit draws).</summary>
    internal static void Fill16(ref Pcg64Core state, ushort off, ushort rng, ushort* output, nint count)
    {
        Pcg64Core core = state;
        uint buf = 0;
        int bcnt = 0;
        if (rng == 0)
        {
            for (nint i = 0; i < count; i++)
            {
                output[i] = off;
            }
        }
        else if (rng == ushort.MaxValue)
        {
            for (nint i = 0; i < count; i++)
            {
                output[i] = (ushort)(off + Buffered16(ref core, ref bcnt, ref buf));
            }
        }
        else
        {
            uint rngExcl = (uint)rng + 1;
            ushort threshold = (ushort)((ushort.MaxValue - rng) % rngExcl);
            for (nint i = 0; i < count; i++)
            {
                uint m = Buffered16(ref core, ref bcnt, ref buf) * rngExcl;
                ushort leftover = (ushort)m;
                if (leftover < rngExcl)
                {
                    while (leftover < threshold)
                    {
                        m = Buffered16(ref core, ref bcnt, ref buf) * rngExcl;
                        leftover = (ushort)m;
                    }
                }

                output[i] = (ushort)(off + (m >> 16));
            }
        }

        state = core;
    }

    /// <summary><c>random_bounded_uint8_fill</c> (Lemire on the bytes of 32-bit draws).</summary>
    internal static void Fill8(ref Pcg64Core state, byte off, byte rng, byte* output, nint count)
    {
        Pcg64Core core = state;
        uint buf = 0;
        int bcnt = 0;
        if (rng == 0)
        {
            for (nint i = 0; i < count; i++)
            {
                output[i] = off;
            }
        }
        else if (rng == byte.MaxValue)
        {
            for (nint i = 0; i < count; i++)
            {
                output[i] = (byte)(off + Buffered8(ref core, ref bcnt, ref buf));
            }
        }
        else
        {
            uint rngExcl = (uint)rng + 1;
            byte threshold = (byte)((byte.MaxValue - rng) % rngExcl);
            for (nint i = 0; i < count; i++)
            {
                uint m = Buffered8(ref core, ref bcnt, ref buf) * rngExcl;
                byte leftover = (byte)m;
                if (leftover < rngExcl)
                {
                    while (leftover < threshold)
                    {
                        m = Buffered8(ref core, ref bcnt, ref buf) * rngExcl;
                        leftover = (byte)m;
                    }
                }

                output[i] = (byte)(off + (m >> 8));
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Buffered16(ref Pcg64Core core, ref int bcnt, ref uint buf)
    {
        if (bcnt == 0)
        {
            buf = core.Next32();
            bcnt = 1;
        }
        else
        {
            buf >>= 16;
            bcnt--;
        }

        return (ushort)buf;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Buffered8(ref Pcg64Core core, ref int bcnt, ref uint buf)
    {
        if (bcnt == 0)
        {
            buf = core.Next32();
            bcnt = 3;
        }
        else
        {
            buf >>= 8;
            bcnt--;
        }

        return (byte)buf;
    }
}
