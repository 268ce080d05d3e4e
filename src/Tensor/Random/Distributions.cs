using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ArrayBridge;

/// <summary>
/// NumPy's samplers of <c>numpy/random/src/distributions/distributions.c</c>, on a
/// <see cref="Pcg64Core"/> passed by reference so that the fill loops keep the state in registers.
/// Each consumes exactly the draws NumPy's does, in the same order, and computes in the same
/// precision, so the streams stay NumPy's bit for bit.
/// </summary>
internal static partial class Distributions
{
    /// <summary><c>random_standard_normal</c>: the 256-layer ziggurat on one 64-bit draw.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double StandardNormal(ref Pcg64Core core)
    {
        if (TryStandardNormalFast(ref core, out double x, out int idx, out ulong rabs))
        {
            return x;
        }

        return StandardNormalSlow(ref core, idx, rabs, x);
    }

    /// <summary>
    /// <see cref="StandardNormal(ref Pcg64Core)"/> for fill loops: <paramref name="core"/> is the loop's register
    /// copy of the state and <paramref name="home"/> the generator's field, which the rare slow path
    /// runs on, so that the copy is never address-taken.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double StandardNormal(ref Pcg64Core core, ref Pcg64Core home)
    {
        if (!TryStandardNormalFast(ref core, out double x, out int idx, out ulong rabs))
        {
            home = core;
            x = StandardNormalSlow(ref home, idx, rabs, x);
            core = home;
        }

        return x;
    }

    /// <summary>
    /// The first try of <see cref="StandardNormal(ref Pcg64Core)"/>: one draw, accepted 99.3% of the time. A fill
    /// loop calls this on its register copy of the state and hands the rare rejection to
    /// <see cref="StandardNormalSlow"/> through the generator's own field, so that the copy is
    /// never address-taken and stays in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryStandardNormalFast(ref Pcg64Core core, out double x, out int idx, out ulong rabs)
    {
        ulong r = core.Next64();
        idx = (int)(r & 0xff);
        r >>= 8;
        rabs = (r >> 1) & 0x000fffffffffffffUL;

        // idx < 256 by the mask, the tables' length: no bounds check needed.
        x = rabs * Unsafe.Add(ref MemoryMarshal.GetReference(ZigguratTables.WiDouble), idx);

        // -x as a sign-bit flip (the same bits as C's negation): the sign is a fair coin, which a
        // branch would mispredict half the time.
        x = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(x) ^ (long)(r << 63));

        return rabs < Unsafe.Add(ref MemoryMarshal.GetReference(ZigguratTables.KiDouble), idx);
    }

    /// <summary>The 0.7% of draws outside the rectangles: the tail (layer 0) or the wedge test, then retry.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static double StandardNormalSlow(ref Pcg64Core core, int idx, ulong rabs, double x)
    {
        while (true)
        {
            if (idx == 0)
            {
                while (true)
                {
                    // 1 - U keeps log away from 0 (NumPy gh-13361).
                    double xx = -ZigguratTables.NormalInvR * Libm.Log1p(-core.NextDouble());
                    double yy = -Libm.Log1p(-core.NextDouble());
                    if (yy + yy > xx * xx)
                    {
                        return ((rabs >> 8) & 1) != 0 ? -(ZigguratTables.NormalR + xx) : ZigguratTables.NormalR + xx;
                    }
                }
            }

            if ((ZigguratTables.FiDouble[idx - 1] - ZigguratTables.FiDouble[idx]) * core.NextDouble() + ZigguratTables.FiDouble[idx] < Math.Exp(-0.5 * x * x))
            {
                return x;
            }

            ulong r = core.Next64();
            idx = (int)(r & 0xff);
            r >>= 8;
            rabs = (r >> 1) & 0x000fffffffffffffUL;
            x = rabs * ZigguratTables.WiDouble[idx];
            if ((r & 1) != 0)
            {
                x = -x;
            }

            if (rabs < ZigguratTables.KiDouble[idx])
            {
                return x;
            }
        }
    }

    /// <summary><c>random_standard_normal_f</c>: the single-precision ziggurat on one 32-bit draw.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static float StandardNormalF(ref Pcg64Core core)
    {
        while (true)
        {
            uint r = core.Next32();
            int idx = (int)(r & 0xff);
            uint rabs = (r >> 9) & 0x0007fffff;
            float x = rabs * Unsafe.Add(ref MemoryMarshal.GetReference(ZigguratTables.WiFloat), idx);
            x = BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(x) ^ (int)((r >> 8) << 31));

            if (rabs < Unsafe.Add(ref MemoryMarshal.GetReference(ZigguratTables.KiFloat), idx))
            {
                return x;
            }

            if (idx == 0)
            {
                while (true)
                {
                    float xx = -ZigguratTables.NormalInvRFloat * Libm.Log1pF(-core.NextFloat());
                    float yy = -Libm.Log1pF(-core.NextFloat());
                    if (yy + yy > xx * xx)
                    {
                        return ((rabs >> 8) & 1) != 0 ? -(ZigguratTables.NormalRFloat + xx) : ZigguratTables.NormalRFloat + xx;
                    }
                }
            }

            // C evaluates the wedge test in double: -0.5 is a double literal and exp is the double exp.
            if ((ZigguratTables.FiFloat[idx - 1] - ZigguratTables.FiFloat[idx]) * core.NextFloat() + ZigguratTables.FiFloat[idx] < Math.Exp(-0.5 * x * x))
            {
                return x;
            }
        }
    }

    /// <summary><c>random_standard_exponential_zig</c>: the exponential ziggurat on one 64-bit draw.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double StandardExponential(ref Pcg64Core core)
    {
        ulong ri = core.Next64() >> 3;
        int idx = (int)(ri & 0xff);
        ri >>= 8;
        double x = ri * ZigguratTables.WeDouble[idx];
        if (ri < ZigguratTables.KeDouble[idx])
        {
            return x;
        }

        return StandardExponentialSlow(ref core, idx, x);
    }

    /// <summary>
    /// <see cref="StandardExponential(ref Pcg64Core)"/> for fill loops: the rare slow path runs on
    /// <paramref name="home"/> (the generator's field) so the register copy is never address-taken.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double StandardExponential(ref Pcg64Core core, ref Pcg64Core home)
    {
        ulong ri = core.Next64() >> 3;
        int idx = (int)(ri & 0xff);
        ri >>= 8;
        double x = ri * Unsafe.Add(ref MemoryMarshal.GetReference(ZigguratTables.WeDouble), idx);
        if (ri < Unsafe.Add(ref MemoryMarshal.GetReference(ZigguratTables.KeDouble), idx))
        {
            return x;
        }

        home = core;
        x = StandardExponentialSlow(ref home, idx, x);
        core = home;
        return x;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double StandardExponentialSlow(ref Pcg64Core core, int idx, double x)
    {
        if (idx == 0)
        {
            return ZigguratTables.ExponentialR - Libm.Log1p(-core.NextDouble());
        }

        if ((ZigguratTables.FeDouble[idx - 1] - ZigguratTables.FeDouble[idx]) * core.NextDouble() + ZigguratTables.FeDouble[idx] < Math.Exp(-x))
        {
            return x;
        }

        return StandardExponential(ref core);
    }

    /// <summary><c>random_standard_exponential_zig_f</c>.</summary>
    internal static float StandardExponentialF(ref Pcg64Core core)
    {
        while (true)
        {
            uint ri = core.Next32() >> 1;
            int idx = (int)(ri & 0xff);
            ri >>= 8;
            float x = ri * ZigguratTables.WeFloat[idx];
            if (ri < ZigguratTables.KeFloat[idx])
            {
                return x;
            }

            if (idx == 0)
            {
                return ZigguratTables.ExponentialRFloat - Libm.Log1pF(-core.NextFloat());
            }

            if ((ZigguratTables.FeFloat[idx - 1] - ZigguratTables.FeFloat[idx]) * core.NextFloat() + ZigguratTables.FeFloat[idx] < MathF.Exp(-x))
            {
                return x;
            }
        }
    }

    /// <summary>
    /// <c>random_interval(max)</c>: a value in [0, max] by masked rejection, on 32-bit draws while
    /// max fits in 32 bits (the draw shuffles use).
    /// </summary>
    internal static ulong Interval(ref Pcg64Core core, ulong max)
    {
        if (max == 0)
        {
            return 0;
        }

        ulong mask = BoundedIntegers.Mask(max);
        ulong value;
        if (max <= uint.MaxValue)
        {
            while ((value = core.Next32() & mask) > max)
            {
            }
        }
        else
        {
            while ((value = core.Next64() & mask) > max)
            {
            }
        }

        return value;
    }
}
