using System.Text.Json;
using Xunit.Abstractions;

namespace ArrayBridge.Tests;

/// <summary>
/// Replays what NumPy 1.24 returned for every math ufunc on every input dtype
/// (tests/oracle/generate_ufunc_math_cases.py): the loop NumPy's search picks (the result dtype,
/// or its error when none fits), NaN, ±inf and ±0 exactly, the exact functions bit for bit and the
/// transcendental ones within <see cref="UlpAllowances"/>, printing the largest distance seen.
/// </summary>
public sealed class MathUfuncOracleTests(ITestOutputHelper output)
{
    private static readonly Lazy<Dictionary<(string Func, string DType), JsonElement>> Data = new(() =>
        NumPyOracle.Load("numpy_ufunc_math.json").ToDictionary(
            c => (c.GetProperty("func").GetString()!, c.GetProperty("dtype").GetString()!)));

    /// <summary>Functions NumPy computes exactly (or as one correctly rounded operation): no ULP allowed.</summary>
    private static readonly HashSet<string> Exact =
    [
        "sqrt", "floor", "ceil", "trunc", "rint", "copysign", "deg2rad", "rad2deg",
        "isnan", "isinf", "isfinite", "signbit",
    ];

    private static Dictionary<string, Func<NDArray[], NDArray>> Functions => MathFunctions.All;

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach ((string func, string dtype) in Data.Value.Keys)
        {
            data.Add(func, dtype);
        }

        return data;
    }

    [Fact]
    public void Every_math_ufunc_has_recorded_cases_for_every_dtype()
    {
        Assert.Equal(Functions.Keys.Order(), Data.Value.Keys.Select(k => k.Func).Distinct().Order());
        Assert.All(Data.Value.Keys.GroupBy(k => k.Func), g => Assert.Equal(14, g.Count()));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_numpy(string func, string dtype)
    {
        JsonElement c = Data.Value[(func, dtype)];
        DType inType = DType.Parse(dtype);
        NDArray[] inputs = c.GetProperty("inputs").EnumerateArray().Select(e => FromBytes(inType, Convert.FromBase64String(e.GetString()!))).ToArray();
        try
        {
            if (c.TryGetProperty("error", out JsonElement error))
            {
                var e = Assert.Throws<ArgumentException>(() => Functions[func](inputs));
                Assert.Equal(error.GetString(), e.Message);
                return;
            }

            using NDArray result = Functions[func](inputs);
            DType expectedType = DType.Parse(c.GetProperty("result_dtype").GetString()!);
            Assert.Equal(expectedType.Name, result.DType.Name);
            byte[] expected = Convert.FromBase64String(c.GetProperty("expected").GetString()!);
            byte[] actual = ToBytes(result);
            Assert.Equal(expected.Length, actual.Length);

            int bound = Exact.Contains(func) && expectedType.Kind != 'c' ? 0 : UlpAllowances.Default;
            long worst = expectedType.Kind switch
            {
                'b' => CompareBools(expected, actual, inputs),
                'f' => CompareFloats(expected, actual, expectedType.ItemSize, 1, func, bound, inputs),
                'c' => CompareFloats(expected, actual, expectedType.ItemSize / 2, 2, func, bound, inputs),
                _ => throw new InvalidOperationException($"unexpected result kind {expectedType.Kind}"),
            };
            output.WriteLine($"{func}({dtype}) -> {expectedType.Name}: {expected.Length / expectedType.ItemSize} values, max ULP vs NumPy {worst}");
            CompareFlags(func, inType, c);
        }
        finally
        {
            foreach (NDArray a in inputs)
            {
                a.Dispose();
            }
        }
    }

    /// <summary>
    /// The floating-point flags NumPy raised per element (divide, overflow, invalid) against this
    /// library's: the elements are grouped by NumPy's flags and each group runs as one contiguous
    /// array (so vector paths run too), whose flags must be exactly the group's.
    /// </summary>
    private void CompareFlags(string func, DType inType, JsonElement c)
    {
        const FloatingPointFlags Compared = FloatingPointFlags.DivideByZero | FloatingPointFlags.Overflow | FloatingPointFlags.Invalid;
        string flags = c.GetProperty("flags").GetString()!;
        byte[][] inputs = c.GetProperty("inputs").EnumerateArray().Select(e => Convert.FromBase64String(e.GetString()!)).ToArray();
        int size = inType.ItemSize;
        var failures = new List<string>();
        foreach (IGrouping<char, int> group in Enumerable.Range(0, flags.Length).GroupBy(i => flags[i]))
        {
            var expected = (FloatingPointFlags)Convert.ToInt32(group.Key.ToString(), 16);
            int[] indices = group.ToArray();
            NDArray[] subset = inputs.Select(bytes =>
            {
                var picked = new byte[indices.Length * size];
                for (int k = 0; k < indices.Length; k++)
                {
                    Buffer.BlockCopy(bytes, indices[k] * size, picked, k * size, size);
                }

                return FromBytes(inType, picked);
            }).ToArray();
            var raised = FloatingPointFlags.None;
            try
            {
                using (NDArray.ErrState(all: FloatingPointErrorMode.Call, call: (_, f) => raised |= f))
                {
                    Functions[func](subset).Dispose();
                }
            }
            finally
            {
                foreach (NDArray a in subset)
                {
                    a.Dispose();
                }
            }

            if ((raised & Compared) != expected)
            {
                failures.Add($"{indices.Length} elements NumPy flags {expected} (first at index {indices[0]}), ArrayBridge {raised & Compared}");
            }
        }

        output.WriteLine(failures.Count == 0 ? $"{func}({inType.Name}): flags as NumPy's" : string.Join("\n", failures));
        Assert.True(failures.Count == 0, $"flags differ: {failures.FirstOrDefault()}");
    }

    private static long CompareBools(byte[] expected, byte[] actual, NDArray[] inputs)
    {
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(expected[i] == actual[i], $"element {i} (input {Describe(inputs, i)}): NumPy {expected[i] != 0}, ArrayBridge {actual[i] != 0}");
        }

        return 0;
    }

    private long CompareFloats(byte[] expected, byte[] actual, int width, int parts, string func, int bound, NDArray[] inputs)
    {
        int bits = width * 8;
        int allowed = bound == 0 ? 0 : UlpAllowances.For(func, parts == 1 ? 'f' : 'c', bits);
        long worst = 0;
        var failures = new List<string>();
        for (int i = 0; i < expected.Length / width; i++)
        {
            double e = Read(expected, i, width, out long eb), a = Read(actual, i, width, out long ab);
            string? problem = null;
            if (double.IsNaN(e) || double.IsNaN(a))
            {
                problem = double.IsNaN(e) == double.IsNaN(a) ? null : "NaN mismatch";
            }
            else if (double.IsInfinity(e) || double.IsInfinity(a) || e == 0 || a == 0)
            {
                problem = eb == ab ? null : "inf/zero class mismatch";
            }
            else
            {
                long d = Math.Abs(Ordered(eb, bits) - Ordered(ab, bits));
                worst = Math.Max(worst, d);
                problem = d <= allowed ? null : $"{d} ULP";
            }

            if (problem is not null)
            {
                string part = parts == 1 ? "" : i % 2 == 0 ? " real" : " imag";
                failures.Add($"element {i / parts}{part} (input {Describe(inputs, i / parts)}): NumPy {e:R}, ArrayBridge {a:R}: {problem}");
            }
        }

        if (failures.Count > 0)
        {
            output.WriteLine(string.Join("\n", failures.Take(20)));
        }

        Assert.True(failures.Count == 0, $"{failures.Count} mismatches (bound {allowed} ULP), first: {failures.FirstOrDefault()}");
        return worst;
    }

    /// <summary>Maps an IEEE bit pattern to a signed integer ordered like the values it encodes (±0 both 0).</summary>
    private static long Ordered(long bits, int width)
    {
        long sign = 1L << (width - 1);
        return (bits & sign) != 0 ? -(bits & (sign - 1)) : bits;
    }

    private static double Read(byte[] bytes, int i, int width, out long bits)
    {
        switch (width)
        {
            case 2:
                ushort h = BitConverter.ToUInt16(bytes, i * 2);
                bits = h;
                return (double)BitConverter.UInt16BitsToHalf(h);
            case 4:
                uint f = BitConverter.ToUInt32(bytes, i * 4);
                bits = f;
                return BitConverter.UInt32BitsToSingle(f);
            default:
                bits = BitConverter.ToInt64(bytes, i * 8);
                return BitConverter.Int64BitsToDouble(bits);
        }
    }

    private static string Describe(NDArray[] inputs, int element) =>
        string.Join(", ", inputs.Select(a => a.DType.Kind == 'c'
            ? a.AsType(DType.Parse("complex128")).ToArray<System.Numerics.Complex>()[element].ToString()
            : a.AsType(DType.Parse("float64")).ToArray<double>()[element].ToString("R")));

    private static unsafe NDArray FromBytes(DType dtype, byte[] bytes)
    {
        fixed (byte* p = bytes)
        {
            using NDArray view = NDArray.FromPointer(p, dtype, [bytes.Length / dtype.ItemSize]);
            return view.Copy();
        }
    }

    private static unsafe byte[] ToBytes(NDArray a)
    {
        var bytes = new byte[a.Size * a.DType.ItemSize];
        fixed (byte* p = bytes)
        {
            using NDArray view = NDArray.FromPointer(p, a.DType, a.Shape);
            a.CopyTo(view);
        }

        return bytes;
    }
}
