using System.Numerics;
using System.Security.Cryptography;

namespace ArrayBridge;

/// <summary>
/// NumPy's <c>numpy.random.SeedSequence</c>: mixes an integer seed (of any size), an optional spawn
/// key and nothing else into a pool of 32-bit words, from which <see cref="GenerateState(int)"/>
/// draws the initial state of a bit generator. The same entropy gives the same words as NumPy's,
/// so <c>new PCG64(new SeedSequence(seed))</c> starts where <c>np.random.PCG64(seed)</c> does.
/// </summary>
/// <remarks>
/// An integer is split into 32-bit words, lowest first (0 is one word); a sequence of integers is
/// the concatenation of each element's words, so an element below 2³² takes one word whatever its
/// type. With a spawn key, entropy shorter than the pool is padded with zero words first, as NumPy
/// does since 1.19.
/// </remarks>
public sealed class SeedSequence
{
    /// <summary>NumPy's <c>DEFAULT_POOL_SIZE</c>: four 32-bit words, 128 bits.</summary>
    public const int DefaultPoolSize = 4;

    // The hash constants of bit_generator.pyx (after Melissa O'Neill's seed_seq_fe).
    private const uint InitA = 0x43b0d7e5;
    private const uint MultA = 0x931e8875;
    private const uint InitB = 0x8b51f9dd;
    private const uint MultB = 0x58f38ded;
    private const uint MixMultL = 0xca01f9dd;
    private const uint MixMultR = 0x4973f715;
    private const int XShift = 16;

    private readonly BigInteger[] _entropy;
    private readonly BigInteger[] _spawnKey;
    private readonly uint[] _pool;

    /// <summary>
    /// <c>np.random.SeedSequence(entropy, spawn_key=spawnKey, pool_size=poolSize)</c> for one
    /// non-negative integer of any size.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The entropy or a spawn-key element is negative ("expected non-negative integer"), or the pool is smaller than 4.</exception>
    public SeedSequence(BigInteger entropy, ReadOnlySpan<BigInteger> spawnKey = default, int poolSize = DefaultPoolSize)
        : this([entropy], isSequence: false, spawnKey, poolSize)
    {
    }

    /// <summary>
    /// <c>np.random.SeedSequence([e0, e1, ...])</c>: a sequence of non-negative integers, each split
    /// into its own 32-bit words.
    /// </summary>
    /// <inheritdoc cref="SeedSequence(BigInteger, ReadOnlySpan{BigInteger}, int)"/>
    public SeedSequence(ReadOnlySpan<BigInteger> entropy, ReadOnlySpan<BigInteger> spawnKey = default, int poolSize = DefaultPoolSize)
        : this(entropy.ToArray(), isSequence: true, spawnKey, poolSize)
    {
    }

    /// <summary>
    /// <c>np.random.SeedSequence(np.array([...], dtype=np.uint64))</c>: a sequence of 64-bit words,
    /// each taking one 32-bit word when it is below 2³² and two otherwise.
    /// </summary>
    /// <inheritdoc cref="SeedSequence(BigInteger, ReadOnlySpan{BigInteger}, int)"/>
    public SeedSequence(ReadOnlySpan<ulong> entropy, ReadOnlySpan<BigInteger> spawnKey = default, int poolSize = DefaultPoolSize)
        : this(ToBig(entropy), isSequence: true, spawnKey, poolSize)
    {
    }

    private SeedSequence(BigInteger[] entropy, bool isSequence, ReadOnlySpan<BigInteger> spawnKey, int poolSize)
    {
        if (poolSize < DefaultPoolSize)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(poolSize), $"The size of the entropy pool should be at least {DefaultPoolSize}");
        }

        _entropy = entropy;
        IsSequence = isSequence;
        _spawnKey = spawnKey.ToArray();
        _pool = new uint[poolSize];
        List<uint> words = [];
        foreach (BigInteger e in _entropy)
        {
            AppendWords(words, e, nameof(entropy));
        }

        if (_spawnKey.Length > 0 && words.Count < poolSize)
        {
            // Spawned sequences pad short entropy to the pool size so that a spawn key never reads
            // as more entropy (NumPy gh-16539).
            words.AddRange(new uint[poolSize - words.Count]);
        }

        foreach (BigInteger k in _spawnKey)
        {
            AppendWords(words, k, nameof(spawnKey));
        }

        MixEntropy(_pool, words);
    }

    /// <summary>
    /// A sequence seeded from 128 bits of the operating system's entropy
    /// (<c>np.random.SeedSequence()</c>); <see cref="Entropy"/> holds them for reproducing the run.
    /// </summary>
    public static SeedSequence FromEntropy()
    {
        Span<byte> bytes = stackalloc byte[DefaultPoolSize * 4];
        RandomNumberGenerator.Fill(bytes);
        return new SeedSequence(new BigInteger(bytes, isUnsigned: true));
    }

    /// <summary>The entropy words as given (one for an integer seed; <see cref="IsSequence"/> tells which).</summary>
    public IReadOnlyList<BigInteger> Entropy => _entropy;

    /// <summary>True when the entropy was a sequence of integers rather than one integer.</summary>
    public bool IsSequence { get; }

    /// <summary>The spawn key (<c>SeedSequence.spawn_key</c>).</summary>
    public IReadOnlyList<BigInteger> SpawnKey => _spawnKey;

    /// <summary>The number of 32-bit words in the pool (<c>pool_size</c>).</summary>
    public int PoolSize => _pool.Length;

    /// <summary>How many children <see cref="Spawn"/> has made (<c>n_children_spawned</c>).</summary>
    public int ChildrenSpawned { get; private set; }

    /// <summary>A copy of the mixed pool (<c>SeedSequence.pool</c>).</summary>
    public uint[] Pool => (uint[])_pool.Clone();

    /// <summary><c>generate_state(nWords, np.uint32)</c>: <paramref name="nWords"/> 32-bit words drawn from the pool.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nWords"/> is negative.</exception>
    public uint[] GenerateState(int nWords)
    {
        if (nWords < 0)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(nWords), "negative dimensions are not allowed");
        }

        uint[] state = new uint[nWords];
        uint hashConst = InitB;
        for (int i = 0; i < nWords; i++)
        {
            uint value = _pool[i % _pool.Length];
            value ^= hashConst;
            hashConst *= MultB;
            value *= hashConst;
            value ^= value >> XShift;
            state[i] = value;
        }

        return state;
    }

    /// <summary>
    /// <c>generate_state(nWords, np.uint64)</c>: twice as many 32-bit words, paired little-endian
    /// (the first word is the low half).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nWords"/> is negative or too large.</exception>
    public ulong[] GenerateState64(int nWords)
    {
        if (nWords < 0 || nWords > int.MaxValue / 2)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(nWords), "negative dimensions are not allowed");
        }

        uint[] words = GenerateState(nWords * 2);
        ulong[] state = new ulong[nWords];
        for (int i = 0; i < nWords; i++)
        {
            state[i] = words[2 * i] | ((ulong)words[2 * i + 1] << 32);
        }

        return state;
    }

    /// <summary>
    /// <c>SeedSequence.spawn(n)</c>: <paramref name="count"/> children whose spawn keys extend this
    /// one's by the running child number, for independent streams.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public SeedSequence[] Spawn(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        SeedSequence[] children = new SeedSequence[count];
        BigInteger[] key = new BigInteger[_spawnKey.Length + 1];
        _spawnKey.CopyTo(key, 0);
        for (int i = 0; i < count; i++)
        {
            key[^1] = ChildrenSpawned + i;
            children[i] = new SeedSequence(_entropy, IsSequence, key, _pool.Length);
        }

        ChildrenSpawned += count;
        return children;
    }

    private static BigInteger[] ToBig(ReadOnlySpan<ulong> values)
    {
        BigInteger[] big = new BigInteger[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            big[i] = values[i];
        }

        return big;
    }

    private static void AppendWords(List<uint> words, BigInteger value, string paramName)
    {
        if (value.Sign < 0)
        {
            ThrowHelper.ThrowArgumentOutOfRange(paramName, "expected non-negative integer");
        }

        if (value.IsZero)
        {
            words.Add(0);
            return;
        }

        while (!value.IsZero)
        {
            words.Add((uint)(value & uint.MaxValue));
            value >>= 32;
        }
    }

    private static uint HashMix(uint value, ref uint hashConst)
    {
        value ^= hashConst;
        hashConst *= MultA;
        value *= hashConst;
        value ^= value >> XShift;
        return value;
    }

    private static uint Mix(uint x, uint y)
    {
        uint result = MixMultL * x - MixMultR * y;
        result ^= result >> XShift;
        return result;
    }

    private static void MixEntropy(uint[] mixer, List<uint> entropy)
    {
        uint hashConst = InitA;
        for (int i = 0; i < mixer.Length; i++)
        {
            mixer[i] = HashMix(i < entropy.Count ? entropy[i] : 0, ref hashConst);
        }

        // Every word mixes into every other, so late entropy bits reach the early words.
        for (int src = 0; src < mixer.Length; src++)
        {
            for (int dst = 0; dst < mixer.Length; dst++)
            {
                if (src != dst)
                {
                    mixer[dst] = Mix(mixer[dst], HashMix(mixer[src], ref hashConst));
                }
            }
        }

        for (int src = mixer.Length; src < entropy.Count; src++)
        {
            for (int dst = 0; dst < mixer.Length; dst++)
            {
                mixer[dst] = Mix(mixer[dst], HashMix(entropy[src], ref hashConst));
            }
        }
    }
}
