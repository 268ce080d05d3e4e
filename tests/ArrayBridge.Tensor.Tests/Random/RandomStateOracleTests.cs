using System.Text.Json;

namespace ArrayBridge.Tests;

/// <summary>
/// The legacy <see cref="RandomState"/> against NumPy 1.24's recorded <c>np.random.RandomState</c>
/// streams: rand, randn (an odd count, so the cached second value carries into the next call),
/// randint over narrow, wide, int32 and full uint8 ranges, random_sample, and reseeding.
/// </summary>
public sealed class RandomStateOracleTests
{
    public static TheoryData<int> Cases()
    {
        var data = new TheoryData<int>();
        JsonElement[] cases = RandomOracle.Section("legacy");
        for (int i = 0; i < cases.Length; i++)
        {
            if (cases[i].TryGetProperty("seed", out _))
            {
                data.Add(i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Streams_match_numpy_bit_for_bit(int index)
    {
        JsonElement c = RandomOracle.Section("legacy")[index];
        long seed = c.GetProperty("seed").GetInt64();
        var rs = new RandomState(seed);
        var failures = new List<string>();
        void Check(string name, NDArray actual)
        {
            using (actual)
            {
                string? f = RandomOracle.Compare(c.GetProperty(name), actual);
                if (f is not null)
                {
                    failures.Add($"seed {seed} {name}: {f}");
                }
            }
        }

        Check("rand", rs.Rand(5));
        Check("randn", rs.RandN(7));
        NDArray<double> one = NDArray.Empty<double>([]);
        one[ReadOnlySpan<nint>.Empty] = rs.RandN();
        Check("randn_scalar", one);
        Check("randint", rs.RandInt(0, 10, [9]));
        Check("randint_wide", rs.RandInt(-(1L << 40), 1L << 40, [5]));
        Check("randint_int32", rs.RandInt<int>(-5, 70000, [6]));
        Check("randint_uint8", rs.RandInt<byte>(0, 256, [11]));
        Check("randint_bool", rs.RandInt<bool>(0, 2, [40]));
        Check("randint_int16", rs.RandInt<short>(-300, 300, [7]));
        Check("randint_uint16", rs.RandInt<ushort>(0, 65536, [5]));
        Check("randint_int8", rs.RandInt<sbyte>(-3, 4, [9]));
        Check("randint_uint64", rs.RandInt<ulong>(0, (Int128)ulong.MaxValue + 1, [4]));
        Check("randint_uint64_masked", rs.RandInt<ulong>(0, ((Int128)1 << 63) + 12345, [4]));
        Check("random_sample", rs.RandomSample(2, 3));
        Check("randn_long", rs.RandN(3001));
        rs.Seed((seed + 1) % (1L << 32));
        Check("reseeded_rand", rs.Rand(3));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Array_seeds_match_numpy()
    {
        var failures = new List<string>();
        foreach (JsonElement c in RandomOracle.Section("legacy").Where(c => c.TryGetProperty("array_seed", out _)))
        {
            long[] seed = c.GetProperty("array_seed").EnumerateArray().Select(x => x.GetInt64()).ToArray();
            var rs = new RandomState(seed);
            using NDArray rand = rs.Rand(5);
            using NDArray randn = rs.RandN(3);
            string? f = RandomOracle.Compare(c.GetProperty("rand"), rand) ?? RandomOracle.Compare(c.GetProperty("randn"), randn);
            if (f is not null)
            {
                failures.Add($"seed of {seed.Length} words: {f}");
            }
        }

        Assert.Equal(3, RandomOracle.Section("legacy").Count(c => c.TryGetProperty("array_seed", out _)));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Seeds_outside_32_bits_are_refused_with_numpys_message()
    {
        Assert.StartsWith("Seed must be between 0 and 2**32 - 1", Assert.Throws<ArgumentOutOfRangeException>(() => new RandomState(-1)).Message, StringComparison.Ordinal);
        Assert.StartsWith("Seed must be between 0 and 2**32 - 1", Assert.Throws<ArgumentOutOfRangeException>(() => new RandomState(1L << 32)).Message, StringComparison.Ordinal);
        Assert.StartsWith("Seed must be non-empty", Assert.Throws<ArgumentException>(() => new RandomState(ReadOnlySpan<long>.Empty)).Message, StringComparison.Ordinal);
        Assert.StartsWith("low >= high", Assert.Throws<ArgumentException>(() => new RandomState(0).RandInt(3, 3)).Message, StringComparison.Ordinal);
        Assert.StartsWith("Unsupported dtype dtype('float64') for randint", Assert.Throws<ArgumentException>(() => new RandomState(0).RandInt<double>(0, 3, [2])).Message, StringComparison.Ordinal);
    }
}
