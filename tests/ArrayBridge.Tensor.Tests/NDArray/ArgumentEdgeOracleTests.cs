using System.Globalization;
using System.Text.Json;

namespace ArrayBridge.Tests;

/// <summary>
/// Squeeze, Transpose and Arange at the edges of their arguments, against what NumPy 1.24 did
/// (tests/oracle/generate_argument_cases.py): the same result shape and strides, or the mapped
/// exception with NumPy's message. NumPy's errors map as ValueError and ZeroDivisionError to
/// <see cref="ArgumentException"/>, AxisError to <see cref="ArgumentOutOfRangeException"/>,
/// "array is too big" to <see cref="OverflowException"/> and MemoryError to <see cref="OutOfMemoryException"/>.
/// </summary>
public class ArgumentEdgeOracleTests
{
    private static readonly JsonElement[] Cases = NumPyOracle.Load("numpy_argument_edges.json");

    public static TheoryData<string> Ops => new("squeeze", "transpose", "arange");

    [Theory]
    [MemberData(nameof(Ops))]
    public void Edge_arguments_match_numpy(string op)
    {
        JsonElement[] cases = Cases.Where(c => c.GetProperty("op").GetString() == op).ToArray();
        Assert.True(cases.Length >= 200, $"only {cases.Length} {op} cases");
        var failures = new List<string>();
        foreach (JsonElement c in cases)
        {
            string? failure = op == "arange" ? CheckArange(c) : CheckView(c, op);
            if (failure is not null)
            {
                failures.Add(failure + "\n  case: " + c.GetRawText());
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Length} {op} cases differ from NumPy:\n" + string.Join("\n", failures.Take(10)));
    }

    [Fact]
    public void The_cases_cover_each_rank_and_each_kind_of_argument()
    {
        foreach (string op in new[] { "squeeze", "transpose" })
        {
            JsonElement[] cases = Cases.Where(c => c.GetProperty("op").GetString() == op).ToArray();
            for (int rank = 0; rank <= 4; rank++)
            {
                Assert.Contains(cases, c => c.GetProperty("shape").GetArrayLength() == rank && !c.TryGetProperty("error", out _));
                Assert.Contains(cases, c => c.GetProperty("shape").GetArrayLength() == rank && c.TryGetProperty("error", out _));
            }
        }

        Assert.Contains(Cases, c => c.GetProperty("op").GetString() == "squeeze" && c.GetProperty("shape").GetArrayLength() == 0
            && c.GetProperty("axis").ValueKind == JsonValueKind.Number && !c.TryGetProperty("error", out _));
        Assert.Contains(Cases, c => c.GetProperty("op").GetString() == "transpose" && c.GetProperty("shape").GetArrayLength() > 0
            && c.GetProperty("axes").ValueKind == JsonValueKind.Array && c.GetProperty("axes").GetArrayLength() == 0);
        foreach (string message in new[] { "arange: cannot compute length", "Maximum allowed size exceeded", "division by zero" })
        {
            Assert.Contains(Cases, c => c.TryGetProperty("message", out JsonElement m) && m.GetString()!.Contains(message, StringComparison.Ordinal));
        }
    }

    private static string? CheckView(JsonElement c, string op)
    {
        nint[] shape = NumPyOracle.Ints(c.GetProperty("shape"));
        using var a = NDArray.Zeros<double>(shape);
        JsonElement arg = c.GetProperty(op == "squeeze" ? "axis" : "axes");
        Func<NDArray> call = (op, arg.ValueKind) switch
        {
            ("squeeze", JsonValueKind.Null) => () => a.Squeeze(),
            ("squeeze", JsonValueKind.Number) => () => a.Squeeze(arg.GetInt32()),
            ("squeeze", _) => () => a.Squeeze(Axes(arg)),
            (_, JsonValueKind.Null) => () => a.Transpose(),
            _ => () => a.Transpose(Axes(arg)),
        };
        return Compare(c, call, r =>
        {
            JsonElement expected = c.GetProperty("result");
            nint[] expectedShape = NumPyOracle.Ints(expected.GetProperty("shape"));
            nint[] expectedStrides = NumPyOracle.Ints(expected.GetProperty("strides"));
            if (!r.Shape.SequenceEqual(expectedShape) || !r.Strides.SequenceEqual(expectedStrides))
            {
                return $"shape {Layout.Format(r.Shape)} strides {Layout.Format(r.Strides)} != NumPy {Layout.Format(expectedShape)} {Layout.Format(expectedStrides)}";
            }

            return r.DataPointer == a.DataPointer ? null : "not a view of the same data";
        });
    }

    private static int[] Axes(JsonElement e) => e.EnumerateArray().Select(x => x.GetInt32()).ToArray();

    private static string? CheckArange(JsonElement c)
    {
        string[] args = c.GetProperty("args").EnumerateArray().Select(x => x.GetString()!).ToArray();
        if (c.GetProperty("dtype").GetString() is "f8" or "f2")
        {
            double[] v = args.Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();
            return c.GetProperty("dtype").GetString() == "f8"
                ? Compare(c, () => NDArray.Arange(v[0], v[1], v[2]), r => CompareValues(c, r.ToArray<double>().Select(x => x.ToString("R", CultureInfo.InvariantCulture))))
                : Compare(c, () => NDArray.Arange((Half)v[0], (Half)v[1], (Half)v[2]), r => CompareValues(c, r.ToArray<Half>().Select(x => ((double)x).ToString("R", CultureInfo.InvariantCulture))));
        }

        long[] n = args.Select(x => long.Parse(x, CultureInfo.InvariantCulture)).ToArray();
        if (c.TryGetProperty("exact_length", out JsonElement exact) && !SameLength(c, exact))
        {
            // NumPy divides the range by the step in floating point; past 2**53 its length can
            // fall short of the exact ceil((stop - start) / step), which ArrayBridge computes.
            return CheckExactIntegerArange(n, (Int128)exact.GetDecimal());
        }

        return Compare(c, () => NDArray.Arange(n[0], n[1], n[2]), r => CompareValues(c, r.ToArray<long>().Select(x => x.ToString(CultureInfo.InvariantCulture))));
    }

    private static bool SameLength(JsonElement c, JsonElement exact) =>
        c.TryGetProperty("length", out JsonElement length) && length.GetDecimal() == exact.GetDecimal();

    private static string? CheckExactIntegerArange(long[] n, Int128 length)
    {
        try
        {
            using NDArray<long> r = NDArray.Arange(n[0], n[1], n[2]);
            if (r.Size != length)
            {
                return $"length {r.Size} != exact {length}";
            }

            for (int i = 0; i < r.Size; i++)
            {
                if (r.At(i) != (long)(n[0] + (Int128)i * n[2]))
                {
                    return $"element {i} is {r.At(i)}";
                }
            }

            return null;
        }
        catch (Exception e)
        {
            bool expected = length > nint.MaxValue ? e is ArgumentException && e.Message.Contains("Maximum allowed size exceeded", StringComparison.Ordinal)
                : length * 8 > nint.MaxValue ? e is OverflowException
                : e is OutOfMemoryException;
            return expected ? null : $"{e.GetType().Name}: {e.Message} for exact length {length}";
        }
    }

    private static string? CompareValues(JsonElement c, IEnumerable<string> values)
    {
        string[] actual = values.ToArray();
        long length = c.GetProperty("length").GetInt64();
        string[] expected = c.GetProperty("values").EnumerateArray().Select(x => x.GetString()!).ToArray();
        if (actual.Length != length)
        {
            return $"length {actual.Length} != NumPy {length}";
        }

        // NumPy's repr and .NET's "R" both give the shortest round-trip digits; compare as numbers.
        for (int i = 0; i < expected.Length; i++)
        {
            if (double.Parse(actual[i], CultureInfo.InvariantCulture) != double.Parse(expected[i], CultureInfo.InvariantCulture))
            {
                return $"element {i} is {actual[i]}, NumPy {expected[i]}";
            }
        }

        return null;
    }

    /// <summary>Runs the call; checks the result, or that the exception is the one NumPy's error maps to, with NumPy's message in it.</summary>
    private static string? Compare(JsonElement c, Func<NDArray> call, Func<NDArray, string?> check)
    {
        NDArray result;
        try
        {
            result = call();
        }
        catch (Exception e)
        {
            if (!c.TryGetProperty("error", out JsonElement error))
            {
                return $"threw {e.GetType().Name}: {e.Message}; NumPy succeeded";
            }

            string message = c.GetProperty("message").GetString()!;
            (Type type, string text) = error.GetString() switch
            {
                "AxisError" => (typeof(ArgumentOutOfRangeException), message),
                "ZeroDivisionError" => (typeof(ArgumentException), "division by zero"),
                "ValueError" when message.StartsWith("array is too big", StringComparison.Ordinal) => (typeof(OverflowException), "array is too big"),
                "ValueError" => (typeof(ArgumentException), message),
                "MemoryError" => (typeof(OutOfMemoryException), ""),
                var other => (typeof(void), other!),
            };
            if (e.GetType() != type)
            {
                return $"threw {e.GetType().Name} ({e.Message}); NumPy raised {error.GetString()}: {message}";
            }

            return e.Message.Contains(text, StringComparison.Ordinal) ? null : $"message '{e.Message}' lacks NumPy's '{text}'";
        }

        using (result)
        {
            return c.TryGetProperty("error", out JsonElement error) ? $"succeeded; NumPy raised {error.GetString()}: {c.GetProperty("message")}" : check(result);
        }
    }
}
