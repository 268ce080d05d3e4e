using System.Text.Json;

namespace ArrayBridge.Tests;

/// <summary>
/// float16 sums and means bit for bit against NumPy 1.24 where accumulating in float32 and in
/// float16 part ways: NumPy's half add loop sums a run pairwise in float32 and rounds to float16
/// once per run (2048 + 19999 × 0.5 is 12048, not 2048), while a reduction along a
/// non-contiguous axis adds row by row, rounding each step (2048 + 0.5 stays 2048); the mean sums
/// in float32 and rounds the quotient.
/// </summary>
public sealed class Float16SumOracleTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (JsonElement c in Records)
        {
            data.Add(c.GetProperty("name").GetString()!, c.GetProperty("func").GetString()!);
        }

        return data;
    }

    private static IEnumerable<JsonElement> Records =>
        ReductionOracleData.Root.GetProperty("float16").EnumerateArray();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_numpy_bit_for_bit(string name, string func)
    {
        JsonElement c = Records.Single(r => r.GetProperty("name").GetString() == name && r.GetProperty("func").GetString() == func);
        using NDArray a = UfuncOracle.Array(c);
        JsonElement axis = c.GetProperty("axis");
        Axes ax = axis.ValueKind == JsonValueKind.Null ? Axes.All : axis.GetInt32();
        using NDArray r = func == "sum" ? NDArray.Sum(a, ax) : NDArray.Mean(a, ax);
        Assert.Null(ReductionOracle.Compare(r, c.GetProperty("result"), allowance: 0));
    }
}
