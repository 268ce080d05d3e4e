using System.Globalization;
using System.Text.Json;

namespace ArrayBridge.Tests;

/// <summary>
/// Every argument error NumPy 1.24 raises for the Generator methods here (recorded with its
/// message) is an ArgumentException with the same message, and leaves the stream untouched.
/// </summary>
public sealed class RandomErrorTests
{
    public static TheoryData<int> Cases()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < RandomOracle.Section("errors").Length; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Numpy_errors_have_numpys_message(int index)
    {
        JsonElement c = RandomOracle.Section("errors")[index];
        JsonElement args = c.GetProperty("args");
        Generator rng = Generator.DefaultRng(3);
        PCG64State before = rng.BitGenerator.State;
        Action call = c.GetProperty("op").GetString()! switch
        {
            "integers" => () => rng.Integers(
                (Int128)RandomOracle.Big(args.GetProperty("low")),
                (Int128)RandomOracle.Big(args.GetProperty("high")),
                [3],
                RandomOracle.DTypeOf(args.GetProperty("dtype").GetString()!),
                args.GetProperty("endpoint").GetBoolean()),
            "normal" => () => rng.Normal(args.GetProperty("loc").GetDouble(), args.GetProperty("scale").GetDouble()),
            "exponential" => () => rng.Exponential(args.GetProperty("scale").GetDouble()),
            "uniform" => () => rng.Uniform(args.GetProperty("low").GetDouble(), args.GetProperty("high").GetDouble()),
            "choice" => () => rng.Choice(
                long.Parse(args.GetProperty("a").GetString()!, CultureInfo.InvariantCulture),
                [(nint)long.Parse(args.GetProperty("size").GetString()!, CultureInfo.InvariantCulture)],
                !args.TryGetProperty("replace", out JsonElement r) || r.GetBoolean(),
                args.TryGetProperty("p", out JsonElement p)
                    ? p.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? double.NaN : x.GetDouble()).ToArray()
                    : null),
            "random" => () => rng.Random((nint)long.Parse(args.GetProperty("size").GetString()!, CultureInfo.InvariantCulture)),
            var op => throw new InvalidOperationException(op),
        };

        ArgumentException e = Assert.ThrowsAny<ArgumentException>(call);
        string message = c.GetProperty("message").GetString()!;
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
        Assert.Equal(before, rng.BitGenerator.State);
    }

    [Fact]
    public void Unsupported_dtypes_are_refused_with_numpys_message()
    {
        Generator rng = Generator.DefaultRng(0);
        Assert.Equal("Unsupported dtype dtype('int32') for random (Parameter 'dtype')", Assert.Throws<ArgumentException>(() => rng.Random<int>(3)).Message);
        Assert.StartsWith("Unsupported dtype dtype('int32') for standard_normal", Assert.Throws<ArgumentException>(() => rng.StandardNormal<int>(3)).Message, StringComparison.Ordinal);
        Assert.StartsWith("Unsupported dtype dtype('float64') for integers", Assert.Throws<ArgumentException>(() => rng.Integers<double>(0, 3, [2])).Message, StringComparison.Ordinal);
        Assert.StartsWith("Unsupported dtype dtype('float64') for integers", Assert.Throws<ArgumentException>(() => rng.Integers<double>(0, 3, [0])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_arrays_must_be_contiguous_writeable_floats()
    {
        Generator rng = Generator.DefaultRng(0);
        using NDArray<int> ints = NDArray.Empty<int>(3);
        Assert.StartsWith("Supplied output array has the wrong type. Expected float64, got int32", Assert.Throws<ArgumentException>(() => rng.Random(ints)).Message, StringComparison.Ordinal);
        using NDArray<double> wide = NDArray.Empty<double>(6);
        using NDArray strided = wide["::2"];
        Assert.StartsWith("Supplied output array must be contiguous", Assert.Throws<ArgumentException>(() => rng.StandardNormal(strided)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_integer_requests_skip_the_bound_checks_as_numpy_does()
    {
        Generator rng = Generator.DefaultRng(0);
        using NDArray<long> empty = rng.Integers(5, 5, [0]);
        Assert.Equal(0, empty.Size);
        Assert.Throws<ArgumentException>(() => rng.Integers(5, 5, [1]));
    }
}
