using System.Text.Json;
using Xunit.Abstractions;

namespace ArrayBridge.Tests;

/// <summary>
/// Every reduction × dtype × axis argument (None, each axis, negative, tuples, the empty tuple,
/// out-of-bounds and duplicate axes) × keepdims, on a 3-d array, one with size-1 axes, an empty
/// one, one with NaN and ±inf, and a 0-d one, each rebuilt in five layouts (C, F, strided, negative
/// strides, byte-swapped), against NumPy 1.24's recorded results: the result dtype and shape exactly,
/// integers and bools exactly, floats within <see cref="ReductionOracle.UlpAllowance"/>; errors by
/// .NET counterpart type and NumPy's message.
/// </summary>
public sealed class ReductionOracleTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> DTypesAndLayouts()
    {
        var data = new TheoryData<string, string>();
        foreach (string dtype in ReductionOracle.Inputs.Keys.Select(k => k.Split('/')[0]).Distinct())
        {
            foreach (string layout in ReductionOracle.Layouts)
            {
                data.Add(dtype, layout);
            }
        }

        return data;
    }

    [Fact]
    public void Recorded_data_cover_every_dtype_and_reduction()
    {
        Assert.Equal(14, ReductionOracle.Inputs.Keys.Select(k => k.Split('/')[0]).Distinct().Count());
        Assert.Equal(13, ReductionOracle.Cases.Select(c => c.GetProperty("reduction").GetString()).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(DTypesAndLayouts))]
    public void Matches_numpy(string dtype, string layout)
    {
        var failures = new List<string>();
        int count = 0;
        foreach (JsonElement c in ReductionOracle.Cases)
        {
            string key = c.GetProperty("input").GetString()!;
            if (!key.StartsWith(dtype + "/", StringComparison.Ordinal))
            {
                continue;
            }

            count++;
            JsonElement input = ReductionOracle.Inputs[key];
            using NDArray a = ReductionOracle.Build(input, layout);
            string name = c.GetProperty("reduction").GetString()!;
            bool keepdims = c.GetProperty("keepdims").GetBoolean();
            string what = $"{name}({key}, axis={c.GetProperty("axis").GetRawText()}, keepdims={keepdims})";
            string? failure = Check(c, a, name, keepdims);
            if (failure is not null)
            {
                failures.Add($"{what}: {failure}");
            }
        }

        output.WriteLine($"{count} cases, {failures.Count} failures");
        Assert.True(count > 100);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    private static string? Check(JsonElement c, NDArray a, string name, bool keepdims)
    {
        NDArray result;
        try
        {
            using (NDArray.ErrState(all: FloatingPointErrorMode.Ignore))
            {
                result = ReductionOracle.Call(name, a, c.GetProperty("axis"), keepdims);
            }
        }
        catch (Exception e) when (e is ArgumentException or InvalidCastException or InvalidOperationException)
        {
            if (!c.TryGetProperty("error", out JsonElement error))
            {
                return $"threw {e.GetType().Name}: {e.Message}";
            }

            string type = error.GetProperty("type").GetString()!, message = error.GetProperty("message").GetString()!;
            if (!ReductionOracle.SameKind(e, type) || ReductionOracle.Message(e) != message)
            {
                return $"threw {e.GetType().Name}: {ReductionOracle.Message(e)}; NumPy {type}: {message}";
            }

            return null;
        }

        using (result)
        {
            if (c.TryGetProperty("error", out JsonElement error))
            {
                return $"returned {result}; NumPy raised {error.GetProperty("type").GetString()}: {error.GetProperty("message").GetString()}";
            }

            long reduced = a.Size / Math.Max(1, result.Size);
            return ReductionOracle.Compare(result, c.GetProperty("result"), ReductionOracle.UlpAllowance(name, reduced));
        }
    }
}
