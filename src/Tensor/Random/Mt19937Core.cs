namespace ArrayBridge;

/// <summary>
/// The Mersenne Twister of NumPy's legacy <c>RandomState</c> (<c>numpy/random/src/mt19937</c>):
/// 624 words, Knuth seeding for an integer seed and <c>init_by_array</c> for an array seed.
/// </summary>
internal sealed class Mt19937Core
{
    private const int N = 624;
    private const int M = 397;
    private const uint MatrixA = 0x9908b0df;
    private const uint UpperMask = 0x80000000;
    private const uint LowerMask = 0x7fffffff;

    private readonly uint[] _key = new uint[N];
    private int _pos;

    /// <summary><c>mt19937_seed</c>: Knuth's linear congruential fill from one 32-bit seed.</summary>
    internal void Seed(uint seed)
    {
        for (int pos = 0; pos < N; pos++)
        {
            _key[pos] = seed;
            seed = 1812433253u * (seed ^ (seed >> 30)) + (uint)pos + 1;
        }

        _pos = N;
    }

    /// <summary><c>mt19937_init_by_array</c>: the reference implementation's array seeding.</summary>
    internal void SeedByArray(ReadOnlySpan<uint> initKey)
    {
        uint[] mt = _key;
        mt[0] = 19650218u;
        for (int k0 = 1; k0 < N; k0++)
        {
            mt[k0] = 1812433253u * (mt[k0 - 1] ^ (mt[k0 - 1] >> 30)) + (uint)k0;
        }

        int i = 1, j = 0;
        for (int k = Math.Max(N, initKey.Length); k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + initKey[j] + (uint)j;
            i++;
            j++;
            if (i >= N)
            {
                mt[0] = mt[N - 1];
                i = 1;
            }

            if (j >= initKey.Length)
            {
                j = 0;
            }
        }

        for (int k = N - 1; k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint)i;
            i++;
            if (i >= N)
            {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }

        mt[0] = 0x80000000u; // MSB set: the state is never all zero
        _pos = N;
    }

    /// <summary>The next tempered 32-bit word (<c>mt19937_next32</c>).</summary>
    internal uint Next32()
    {
        if (_pos == N)
        {
            Generate();
        }

        uint y = _key[_pos++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        y ^= y >> 18;
        return y;
    }

    /// <summary>Two words, the first as the high half (<c>mt19937_next64</c>).</summary>
    internal ulong Next64()
    {
        ulong high = Next32();
        return (high << 32) | Next32();
    }

    /// <summary>27 + 26 bits of two words in [0, 1) (<c>mt19937_next_double</c>).</summary>
    internal double NextDouble()
    {
        int a = (int)(Next32() >> 5), b = (int)(Next32() >> 6);
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    private void Generate()
    {
        uint[] key = _key;
        uint y;
        int i;
        for (i = 0; i < N - M; i++)
        {
            y = (key[i] & UpperMask) | (key[i + 1] & LowerMask);
            key[i] = key[i + M] ^ (y >> 1) ^ ((0u - (y & 1)) & MatrixA);
        }

        for (; i < N - 1; i++)
        {
            y = (key[i] & UpperMask) | (key[i + 1] & LowerMask);
            key[i] = key[i + (M - N)] ^ (y >> 1) ^ ((0u - (y & 1)) & MatrixA);
        }

        y = (key[N - 1] & UpperMask) | (key[0] & LowerMask);
        key[N - 1] = key[M - 1] ^ (y >> 1) ^ ((0u - (y & 1)) & MatrixA);
        _pos = 0;
    }
}
