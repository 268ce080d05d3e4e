using System.Numerics;
using System.Text.Json;

namespace ArrayBridge.Tests;

/// <summary>
/// <see cref="SeedSequence"/> and <see cref="PCG64"/> against NumPy 1.24's recorded values: pools and
/// generate_state words (32- and 64-bit) for integer and sequence entropy of every size class, spawn
/// keys, pool sizes 4 and 8, spawned children and grandchildren; PCG64 seeding, raw words, the
/// 32-bit buffer, advance (positive, negative, beyond 2¹²⁸) and jumped.
/// </summary>
public sealed class SeedSequenceOracleTests
{
    [Fact]
    public void Pools_and_generated_words_match_numpy()
    {
        var failures = new List<string>();
        int count = 0;
        foreach (JsonElement c in RandomOracle.Section("seed_sequence").Where(c => c.TryGetProperty("pool", out _)))
        {
            count++;
            JsonElement entropy = c.GetProperty("entropy");
            BigInteger[] key = c.GetProperty("spawn_key").EnumerateArray().Select(RandomOracle.Big).ToArray();
            int poolSize = c.GetProperty("pool_size").GetInt32();
            SeedSequence ss = entropy.ValueKind == JsonValueKind.Array
                ? new SeedSequence(entropy.EnumerateArray().Select(RandomOracle.Big).ToArray().AsSpan(), key, poolSize)
                : new SeedSequence(RandomOracle.Big(entropy), key, poolSize);
            string label = $"entropy {entropy} key [{string.Join(", ", key)}] pool {poolSize}";
            uint[] pool = c.GetProperty("pool").EnumerateArray().Select(x => x.GetUInt32()).ToArray();
            uint[] words = c.GetProperty("state32").EnumerateArray().Select(x => x.GetUInt32()).ToArray();
            ulong[] words64 = c.GetProperty("state64").EnumerateArray().Select(x => ulong.Parse(x.GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            if (!ss.Pool.SequenceEqual(pool))
            {
                failures.Add($"{label}: pool [{string.Join(", ", ss.Pool)}], NumPy [{string.Join(", ", pool)}]");
            }

            if (!ss.GenerateState(words.Length).SequenceEqual(words))
            {
                failures.Add($"{label}: generate_state(uint32) differs");
            }

            if (!ss.GenerateState64(words64.Length).SequenceEqual(words64))
            {
                failures.Add($"{label}: generate_state(uint64) differs");
            }
        }

        Assert.True(count >= 20, $"only {count} cases");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Spawned_children_match_numpy()
    {
        JsonElement c = RandomOracle.Section("seed_sequence").Single(c => c.TryGetProperty("spawned_from", out _));
        SeedSequence root = new(RandomOracle.Big(c.GetProperty("spawned_from")));
        SeedSequence[] kids = root.Spawn(3);
        SeedSequence[] grand = kids[1].Spawn(2);
        uint[][] want = c.GetProperty("children_pools").EnumerateArray().Select(p => p.EnumerateArray().Select(x => x.GetUInt32()).ToArray()).ToArray();
        uint[][] wantGrand = c.GetProperty("grandchildren_of_1_pools").EnumerateArray().Select(p => p.EnumerateArray().Select(x => x.GetUInt32()).ToArray()).ToArray();
        Assert.Equal(want, kids.Select(k => k.Pool).ToArray());
        Assert.Equal(wantGrand, grand.Select(k => k.Pool).ToArray());
        Assert.Equal(3, root.ChildrenSpawned);
        Assert.Equal([(BigInteger)3], root.Spawn(1)[0].SpawnKey);
    }

    [Fact]
    public void Pcg64_seeding_raw_words_advance_and_jumps_match_numpy()
    {
        var failures = new List<string>();
        foreach (JsonElement c in RandomOracle.Section("pcg64"))
        {
            string seed = c.GetProperty("seed").GetString()!;
            PCG64 bg = new(RandomOracle.Big(c.GetProperty("seed")));
            void Check(string name, PCG64 g)
            {
                string? f = RandomOracle.CompareState(c.GetProperty(name), g.State);
                if (f is not null)
                {
                    failures.Add($"seed {seed} {name}: {f}");
                }
            }

            Check("initial", bg);
            ulong[] raw = c.GetProperty("raw").EnumerateArray().Select(x => (ulong)RandomOracle.Big(x)).ToArray();
            ulong[] got = [.. Enumerable.Range(0, raw.Length).Select(_ => bg.NextUInt64())];
            if (!got.SequenceEqual(raw))
            {
                failures.Add($"seed {seed}: raw words differ");
            }

            Generator g = new(bg);
            using (g.Random<float>(1))
            {
            }

            Check("after_float32", bg);
            bg.Advance(12345);
            Check("advanced_12345", bg);
            bg.Advance(-3);
            Check("advanced_minus_3", bg);
            bg.Advance(BigInteger.Pow(2, 130) + 7);
            Check("advanced_2_130_plus_7", bg);
            Check("jumped_1", bg.Jumped());
            PCG64 j3 = bg.Jumped(3);
            Check("jumped_3", j3);
            using NDArray r = new Generator(j3).Random(4);
            string? rf = RandomOracle.Compare(c.GetProperty("jumped_3_random"), r);
            if (rf is not null)
            {
                failures.Add($"seed {seed} jumped_3 random: {rf}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void State_round_trips_and_resumes_the_stream()
    {
        Generator a = Generator.DefaultRng(2024);
        using (a.Random<float>(3))
        {
        }

        PCG64State saved = a.BitGenerator.State;
        Assert.True(saved.HasUInt32);
        using NDArray first = a.Integers<int>(0, 1000, [9]);
        Generator b = new(new PCG64(saved));
        using NDArray second = b.Integers<int>(0, 1000, [9]);
        Assert.Equal(first.ToArray<int>(), second.ToArray<int>());
        Assert.Equal(a.BitGenerator.State, b.BitGenerator.State);
    }

    [Fact]
    public void Negative_entropy_is_refused_with_numpys_message()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new SeedSequence(-1));
        Assert.Contains("expected non-negative integer", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => Generator.DefaultRng([1, -2]));
        Assert.Contains("expected non-negative integer", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => new SeedSequence(1, poolSize: 3));
        Assert.Contains("The size of the entropy pool should be at least 4", e.Message, StringComparison.Ordinal);
    }
}
