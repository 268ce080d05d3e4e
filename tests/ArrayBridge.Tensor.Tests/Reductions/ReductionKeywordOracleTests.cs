using System.Text.Json;
using Xunit.Abstractions;

namespace ArrayBridge.Tests;

/// <summary>
/// NumPy's keywords on every dtype against NumPy 1.24's recorded results: <c>dtype=</c> (every
/// accumulator type, including narrowing ones that wrap), <c>initial=</c>, <c>where=</c> (with and
/// without initial, on reductions with and without an identity), empty reductions with and without
/// initial, <c>ddof=</c> up to and past the element count, and mean/var/std of empty slices.
/// </summary>
public sealed class ReductionKeywordOracleTests(ITestOutputHelper output)
{
    private static readonly bool[,] Mask =
    {
        { true, false, true, true },
        { false, false, false, false },
        { true, true, false, true },
    };

    private static readonly bool[] Row = [true, false, true, false];

    public static TheoryData<string> DTypes()
    {
        var data = new TheoryData<string>();
        foreach (string dtype in ReductionOracle.Keywords.Select(k => k.GetProperty("input").GetString()!.Split('/')[0]).Distinct())
        {
            data.Add(dtype);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DTypes))]
    public void Matches_numpy(string dtype)
    {
        var failures = new List<string>();
        int count = 0;
        foreach (JsonElement c in ReductionOracle.Keywords.Where(k => k.GetProperty("input").GetString()!.StartsWith(dtype + "/", StringComparison.Ordinal)))
        {
            count++;
            using NDArray input = UfuncOracle.Array(ReductionOracle.Inputs[c.GetProperty("input").GetString()!]);
            string? failure = Check(c, input);
            if (failure is not null)
            {
                failures.Add($"{c.GetProperty("expr").GetString()} on {dtype}: {failure}");
            }
        }

        output.WriteLine($"{count} cases, {failures.Count} failures");
        Assert.True(count > 20);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    private static string? Check(JsonElement c, NDArray input)
    {
        string name = c.GetProperty("reduction").GetString()!;
        Axes axis = c.TryGetProperty("axis", out JsonElement ax) ? ax.GetInt32() : Axes.All;
        bool keepdims = c.TryGetProperty("keepdims", out JsonElement kd) && kd.GetBoolean();
        DType? dtype = c.TryGetProperty("dtype", out JsonElement dt) ? DType.Parse(dt.GetString()!.TrimEnd('_')) : null;
        Operand? initial = c.TryGetProperty("initial", out JsonElement init) ? (Operand?)init.GetInt64() : null;
        double ddof = c.TryGetProperty("ddof", out JsonElement dd) ? dd.GetDouble() : 0;
        using NDArray? where = c.TryGetProperty("where", out JsonElement w)
            ? (w.GetString() == "mask" ? (NDArray)NDArray.FromArray<bool>(Mask) : (NDArray)NDArray.FromArray(Row))
            : null;
        using NDArray a = c.TryGetProperty("slice", out _) ? input[":, :0"] : input.ShareView();
        NDArray result;
        try
        {
            using (NDArray.ErrState(all: FloatingPointErrorMode.Ignore))
            {
                result = name switch
                {
                    "sum" => NDArray.Sum(a, axis, dtype, keepdims: keepdims, initial: initial, where: where),
                    "prod" => NDArray.Prod(a, axis, dtype, keepdims: keepdims, initial: initial, where: where),
                    "max" => NDArray.Max(a, axis, keepdims: keepdims, initial: initial, where: where),
                    "min" => NDArray.Min(a, axis, keepdims: keepdims, initial: initial, where: where),
                    "mean" => NDArray.Mean(a, axis, dtype, keepdims: keepdims, where: where),
                    "var" => NDArray.Var(a, axis, dtype, ddof: ddof, keepdims: keepdims, where: where),
                    "std" => NDArray.Std(a, axis, dtype, ddof: ddof, keepdims: keepdims, where: where),
                    "any" => NDArray.Any(a, axis, keepdims: keepdims, where: where),
                    "all" => NDArray.All(a, axis, keepdims: keepdims, where: where),
                    _ => throw new InvalidDataException(name),
                };
            }
        }
        catch (Exception e) when (e is ArgumentException or InvalidCastException or OverflowException)
        {
            if (!c.TryGetProperty("error", out JsonElement error))
            {
                return $"threw {e.GetType().Name}: {e.Message}";
            }

            string type = error.GetProperty("type").GetString()!, message = error.GetProperty("message").GetString()!;
            return ReductionOracle.SameKind(e, type) && ReductionOracle.Message(e) == message
                ? null
                : $"threw {e.GetType().Name}: {ReductionOracle.Message(e)}; NumPy {type}: {message}";
        }

        using (result)
        {
            if (c.TryGetProperty("error", out JsonElement error))
            {
                return $"returned {result}; NumPy raised {error.GetProperty("type").GetString()}: {error.GetProperty("message").GetString()}";
            }

            return ReductionOracle.Compare(result, c.GetProperty("result"), ReductionOracle.UlpAllowance(name, a.Size));
        }
    }
}
