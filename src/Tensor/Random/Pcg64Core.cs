using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace ArrayBridge;

/// <summary>
/// PCG64's state as NumPy's <c>pcg64_state</c> holds it: the 128-bit LCG state and increment, and
/// the upper half of the last 64-bit draw kept for the next 32-bit draw (<c>has_uint32</c>,
/// <c>uinteger</c>). A plain struct so that the fill loops copy it into locals the JIT keeps in
/// registers, and write it back once.
/// </summary>
internal struct Pcg64Core
{
    // The 128-bit multiplier of pcg64.h (PCG_DEFAULT_MULTIPLIER_128), split into halves.
    internal const ulong MultiplierHigh = 0x2360ed051fc65da4UL;
    internal const ulong MultiplierLow = 0x4385df649fccf645UL;

    /// <summary>The upper 64 bits of the LCG state.</summary>
    internal ulong StateHigh;

    /// <summary>The lower 64 bits of the LCG state.</summary>
    internal ulong StateLow;

    /// <summary>The upper 64 bits of the (odd) increment.</summary>
    internal ulong IncHigh;

    /// <summary>The lower 64 bits of the increment.</summary>
    internal ulong IncLow;

    /// <summary>Whether <see cref="UInteger"/> holds the unused upper half of the last 64-bit draw.</summary>
    internal bool HasUInt32;

    /// <summary>The upper half of the last 64-bit draw that <see cref="Next32"/> split.</summary>
    internal uint UInteger;

    /// <summary>One LCG step, then the XSL-RR output of the new state (<c>pcg64_next64</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ulong Next64()
    {
        // The high half alone from mulx and the low half from imul: BigMul's low-half output goes
        // through memory, which would put a store-to-load delay on the state's dependency chain.
        ulong low = StateLow * MultiplierLow;
        ulong high = (Bmi2.X64.IsSupported ? Bmi2.X64.MultiplyNoFlags(StateLow, MultiplierLow) : Math.BigMul(StateLow, MultiplierLow, out _))
            + StateLow * MultiplierHigh + StateHigh * MultiplierLow;
        ulong newLow = low + IncLow;
        high += IncHigh + (newLow < low ? 1UL : 0UL);
        StateLow = newLow;
        StateHigh = high;
        return BitOperations.RotateRight(high ^ newLow, (int)(high >> 58));
    }

    /// <summary>The low half of a 64-bit draw, keeping the high half for the next call (<c>pcg64_next32</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal uint Next32()
    {
        if (HasUInt32)
        {
            HasUInt32 = false;
            return UInteger;
        }

        ulong next = Next64();
        HasUInt32 = true;
        UInteger = (uint)(next >> 32);
        return (uint)next;
    }

    /// <summary>53 random bits in [0, 1) (<c>next_double</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double NextDouble() => (Next64() >> 11) * (1.0 / 9007199254740992.0);

    /// <summary>24 random bits in [0, 1) from a 32-bit draw (<c>next_float</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal float NextFloat() => (Next32() >> 8) * (1.0f / 16777216.0f);

    /// <summary>The 128-bit LCG state.</summary>
    internal UInt128 State
    {
        readonly get => new(StateHigh, StateLow);
        set
        {
            StateHigh = (ulong)(value >> 64);
            StateLow = (ulong)value;
        }
    }

    /// <summary>The 128-bit increment.</summary>
    internal UInt128 Increment
    {
        readonly get => new(IncHigh, IncLow);
        set
        {
            IncHigh = (ulong)(value >> 64);
            IncLow = (ulong)value;
        }
    }

    /// <summary>
    /// NumPy's <c>pcg64_set_seed</c>: state 0, increment <c>2·inc + 1</c>, one step, add the seed,
    /// one more step; the 32-bit buffer is emptied.
    /// </summary>
    internal void Seed(UInt128 seed, UInt128 inc)
    {
        State = 0;
        Increment = (inc << 1) | 1;
        Step();
        State += seed;
        Step();
        HasUInt32 = false;
        UInteger = 0;
    }

    private void Step() => State = State * new UInt128(MultiplierHigh, MultiplierLow) + Increment;

    /// <summary>
    /// Jumps the LCG ahead by <paramref name="delta"/> steps (mod 2¹²⁸) in O(log delta)
    /// (<c>pcg_advance_lcg_128</c>, Brown's "random number generation with arbitrary strides").
    /// </summary>
    internal void Advance(UInt128 delta)
    {
        UInt128 curMult = new(MultiplierHigh, MultiplierLow);
        UInt128 curPlus = Increment;
        UInt128 accMult = 1;
        UInt128 accPlus = 0;
        while (delta > 0)
        {
            if ((delta & 1) != 0)
            {
                accMult *= curMult;
                accPlus = accPlus * curMult + curPlus;
            }

            curPlus = (curMult + 1) * curPlus;
            curMult *= curMult;
            delta >>= 1;
        }

        State = accMult * State + accPlus;
    }
}
