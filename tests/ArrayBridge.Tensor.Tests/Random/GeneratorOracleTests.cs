using System.Text.Json;

namespace ArrayBridge.Tests;

/// <summary>
/// <see cref="Generator"/> against NumPy 1.24's recorded streams: one program of calls (every
/// method, every integer dtype and range class, float32 draws interleaved with 64-bit ones so the
/// 32-bit buffer is half full at boundaries) per seed, compared bit for bit, then the final PCG64
/// state; and a million normals and exponentials per dtype for the rare ziggurat paths.
/// </summary>
public sealed class GeneratorOracleTests
{
    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < RandomOracle.Section("generator").Length; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Program_matches_numpy_bit_for_bit(int seedIndex)
    {
        JsonElement c = RandomOracle.Section("generator")[seedIndex];
        Generator rng = RandomOracle.Rng(c.GetProperty("seed"));
        var failures = new List<string>();
        int count = 0;
        foreach (JsonElement s in c.GetProperty("steps").EnumerateArray())
        {
            count++;
            JsonElement step = s.GetProperty("step");
            using NDArray result = RandomOracle.Run(rng, step);
            string? failure = RandomOracle.Compare(s.GetProperty("result"), result);
            if (failure is not null)
            {
                failures.Add($"step {count} {step}: {failure}");
                break; // every later step reads a stream that has diverged
            }
        }

        string? state = RandomOracle.CompareState(c.GetProperty("final_state"), rng.BitGenerator.State);
        if (failures.Count == 0 && state is not null)
        {
            failures.Add(state);
        }

        Assert.True(count > 400, $"only {count} steps recorded");
        Assert.True(failures.Count == 0, $"seed {c.GetProperty("seed")}: {string.Join("\n", failures)}");
    }

    [Fact]
    public void Million_sample_streams_match_numpy()
    {
        var failures = new List<string>();
        Generator? rng = null;
        string? seed = null;
        foreach (JsonElement c in RandomOracle.Section("long"))
        {
            if (c.GetProperty("seed").GetString() != seed)
            {
                seed = c.GetProperty("seed").GetString();
                rng = Generator.DefaultRng(RandomOracle.Big(c.GetProperty("seed")));
            }

            string what = c.GetProperty("what").GetString()!;
            if (what == "final_state")
            {
                string? state = RandomOracle.CompareState(c.GetProperty("state"), rng!.BitGenerator.State);
                if (state is not null)
                {
                    failures.Add($"seed {seed}: {state}");
                }

                continue;
            }

            nint n = (nint)c.GetProperty("n").GetInt64();
            bool f32 = c.GetProperty("dtype").GetString() == "float32";
            using NDArray result = (what, f32) switch
            {
                ("standard_normal", false) => rng!.StandardNormal<double>(n),
                ("standard_normal", true) => rng!.StandardNormal<float>(n),
                ("standard_exponential", false) => rng!.StandardExponential<double>(n),
                _ => rng!.StandardExponential<float>(n),
            };
            string? failure = RandomOracle.Compare(c.GetProperty("result"), result);
            if (failure is not null)
            {
                failures.Add($"seed {seed} {what} {c.GetProperty("dtype")}: {failure}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Default_rng_42_gives_numpys_documented_values()
    {
        Generator rng = Generator.DefaultRng(42);
        Assert.Equal([0.7739560485559633, 0.4388784397520523, 0.8585979199113825], rng.Random(3).ToArray<double>());
        Assert.Equal([0L, 6, 2, 0, 5], rng.Integers(0, 10, [5]).ToArray<long>());

        rng = Generator.DefaultRng(42);
        Assert.Equal([0L, 7, 6, 4, 4], rng.Integers(0, 10, [5]).ToArray<long>());
        Assert.Equal(0.6973680290593639, rng.Random());

        rng = Generator.DefaultRng(42);
        Assert.Equal([0.30471707975443135, -1.0399841062404955, 0.7504511958064572], rng.StandardNormal(3).ToArray<double>());
        Assert.Equal([11.881129432782428, 6.0979296226923267], rng.Normal(10, 2, 2).ToArray<double>());
        Assert.Equal([10.609434159508863, 7.920031787519009], Generator.DefaultRng(42).Normal(10, 2, 2).ToArray<double>());
        Assert.Equal([0.5479120971119267, -0.12224312049589536], Generator.DefaultRng(42).Uniform(-1, 1, 2).ToArray<double>());

        Assert.Equal([5L, 6, 0, 7, 3, 2, 4, 9, 1, 8], Generator.DefaultRng(42).Permutation(10).ToArray<long>());
        Assert.Equal([9L, 0, 6], Generator.DefaultRng(42).Choice(10, [3], replace: false).ToArray<long>());
        Assert.Equal([(byte)5, 1, 8, 0, 9], Generator.DefaultRng(42).Integers<byte>(0, 10, [5]).ToArray<byte>());
    }

    [Theory]
    [InlineData("random")]
    [InlineData("standard_normal")]
    [InlineData("standard_exponential")]
    public void Out_arrays_get_the_allocating_stream_in_memory_order(string method)
    {
        foreach (bool single in new[] { false, true })
        {
            Generator a = Generator.DefaultRng(77), b = Generator.DefaultRng(77);
            DType dtype = single ? DType.Float32 : DType.Float64;

            // An F-ordered out= is filled in memory order, as NumPy fills any contiguous out.
            using NDArray target = NDArray.Empty(dtype, [7, 5], ArrayOrder.F);
            NDArray expected;
            switch (method)
            {
                case "random":
                    a.Random(target);
                    expected = single ? b.Random<float>(35) : b.Random<double>(35);
                    break;
                case "standard_normal":
                    a.StandardNormal(target);
                    expected = single ? b.StandardNormal<float>(35) : b.StandardNormal<double>(35);
                    break;
                default:
                    a.StandardExponential(target);
                    expected = single ? b.StandardExponential<float>(35) : b.StandardExponential<double>(35);
                    break;
            }

            using (expected)
            using (NDArray memoryOrder = target.Transpose().Reshape(35))
            {
                Assert.Equal(RandomOracle.Bytes(expected), RandomOracle.Bytes(memoryOrder));
            }

            Assert.Equal(b.BitGenerator.State, a.BitGenerator.State);
        }
    }
}
