using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// NumPy's <c>numpy.random.PCG64</c> bit generator: a 128-bit LCG with the XSL-RR output function,
/// seeded through a <see cref="SeedSequence"/> exactly as NumPy seeds it, so the same seed gives the
/// same 64-bit words, bit for bit. A <see cref="Generator"/> turns the words into distributions.
/// </summary>
/// <remarks>Not thread-safe: one thread at a time draws from one instance (NumPy serializes with a lock).</remarks>
public sealed class PCG64
{
    // (φ - 1)·2¹²⁸, the jump of PCG64.jumped.
    private static readonly UInt128 JumpStep = new(0x9e3779b97f4a7c15UL, 0xf39cc0605cedc835UL);

    internal Pcg64Core Core;

    /// <summary><c>np.random.PCG64(seed)</c>: seeded from <c>SeedSequence(seed)</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="seed"/> is negative.</exception>
    public PCG64(BigInteger seed)
        : this(new SeedSequence(seed))
    {
    }

    /// <summary><c>np.random.PCG64(seedSequence)</c>: the state from <c>generate_state(4, np.uint64)</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="seedSequence"/> is null.</exception>
    public PCG64(SeedSequence seedSequence)
    {
        ArgumentNullException.ThrowIfNull(seedSequence);
        SeedSequence = seedSequence;
        ulong[] words = seedSequence.GenerateState64(4);
        Core.Seed(new UInt128(words[0], words[1]), new UInt128(words[2], words[3]));
    }

    /// <summary>A generator at a given state (<c>PCG64(); bg.state = state</c>).</summary>
    public PCG64(PCG64State state)
    {
        State = state;
    }

    /// <summary>The seed sequence this generator was seeded from (<c>PCG64.seed_seq</c>), if any.</summary>
    public SeedSequence? SeedSequence { get; }

    /// <summary>The state, as NumPy's <c>PCG64.state</c>; setting it resumes NumPy's stream at that point.</summary>
    public PCG64State State
    {
        get => new(Core.State, Core.Increment, Core.HasUInt32, Core.UInteger);
        set
        {
            Core.State = value.State;
            Core.Increment = value.Increment;
            Core.HasUInt32 = value.HasUInt32;
            Core.UInteger = value.UInteger;
        }
    }

    /// <summary>The next 64 random bits (<c>next_uint64</c>, what <c>random_raw()</c> returns).</summary>
    public ulong NextUInt64() => Core.Next64();

    /// <summary>The next 32 random bits (<c>next_uint32</c>): alternately the low and the high half of a 64-bit draw.</summary>
    public uint NextUInt32() => Core.Next32();

    /// <summary>A double in [0, 1) from the top 53 bits of a 64-bit draw (<c>next_double</c>).</summary>
    public double NextDouble() => Core.NextDouble();

    /// <summary>
    /// <c>PCG64.advance(delta)</c>: moves the stream ahead by <paramref name="delta"/> 64-bit draws
    /// (mod 2¹²⁸; negative values go back) and empties the 32-bit buffer.
    /// </summary>
    public PCG64 Advance(BigInteger delta)
    {
        BigInteger wrapped = delta & ((BigInteger.One << 128) - 1);
        Core.Advance((UInt128)wrapped);
        Core.HasUInt32 = false;
        Core.UInteger = 0;
        return this;
    }

    /// <summary>
    /// <c>PCG64.jumped(jumps)</c>: a new generator as if <c>jumps · 0x9e3779b97f4a7c15f39cc0605cedc835</c>
    /// draws had been made; this one is unchanged.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="jumps"/> is negative.</exception>
    public PCG64 Jumped(int jumps = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(jumps);
        PCG64 jumped = new(State);
        jumped.Advance((BigInteger)JumpStep * jumps);
        return jumped;
    }
}
