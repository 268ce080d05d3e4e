using System.Text.Json;
using Xunit.Abstractions;

namespace ArrayBridge.Tests;

/// <summary>
/// The float sum's accuracy on adversarial data, against the exactly rounded sum (Python's
/// <c>math.fsum</c>, recorded by tests/oracle/generate_reduction_cases.py) and against NumPy's own
/// error on the same values: 10^7 signed values spread over 60 binary orders of magnitude, 10^7
/// copies of 0.1, and 10^5 mixed values. The values come from SplitMix64 through exact operations,
/// so C# and Python build the same doubles. ArrayBridge sums a contiguous run pairwise over its
/// whole length (NumPy restarts the pairwise tree every 8192 elements of its buffer), so its error
/// must not exceed NumPy's; it must also stay within the pairwise bound ε·(log2(n) + 1)·Σ|x|.
/// </summary>
public sealed class PairwiseAccuracyTests(ITestOutputHelper output)
{
    public static TheoryData<string> Sets()
    {
        var data = new TheoryData<string>();
        foreach (JsonElement e in ReductionOracle.Accuracy)
        {
            data.Add(e.GetProperty("name").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Sum_is_no_less_accurate_than_numpy(string name)
    {
        JsonElement record = ReductionOracle.Accuracy.Single(e => e.GetProperty("name").GetString() == name);
        int n = record.GetProperty("n").GetInt32();
        double[] values = name switch
        {
            "mixed" => Mixed(n, 7),
            "mixed_small" => Mixed(n, 11),
            _ => Enumerable.Repeat(0.1, n).ToArray(),
        };
        Assert.Equal(Bits(record, "first"), BitConverter.DoubleToInt64Bits(values[0]));
        Assert.Equal(Bits(record, "last"), BitConverter.DoubleToInt64Bits(values[^1]));
        double exact = Value(record, "exact"), numpy = Value(record, "numpy"), absSum = Value(record, "abs_sum");

        using NDArray<double> a = NDArray.FromArray(values);
        double ours = a.Sum();
        double ourError = Math.Abs(ours - exact), numpyError = Math.Abs(numpy - exact);
        double bound = double.Epsilon + Math.ScaleB(1.0, -53) * (Math.Log2(n) + 1) * absSum;
        output.WriteLine($"{name}: n={n} exact={exact:R} ours={ours:R} (error {ourError:G3}) numpy={numpy:R} (error {numpyError:G3}) bound {bound:G3}");
        Assert.True(ourError <= numpyError, $"error {ourError} exceeds NumPy's {numpyError}");
        Assert.True(ourError <= bound, $"error {ourError} exceeds the pairwise bound {bound}");

        // A strided view walks the same values with another stride: the same tree, the same bits.
        using NDArray<double> twice = NDArray.Zeros<double>(2 * n);
        using NDArray every = twice["::2"];
        a.CopyTo(every);
        Assert.Equal(BitConverter.DoubleToInt64Bits(ours), BitConverter.DoubleToInt64Bits(((NDArray<double>)every).Sum()));
    }

    [Fact]
    public void Sums_up_to_one_numpy_buffer_have_numpys_bits()
    {
        // Within 8192 elements NumPy's pairwise tree and this one coincide bit for bit.
        double[] values = Mixed(8192, 7);
        using NDArray<double> a = NDArray.FromArray(values);
        double sum = a.Sum();
        double reference = Reference(values, 0, values.Length);
        Assert.Equal(BitConverter.DoubleToInt64Bits(reference), BitConverter.DoubleToInt64Bits(sum));
    }

    /// <summary>NumPy's <c>pairwise_sum</c> written out plainly, the reference for the vector paths.</summary>
    private static double Reference(double[] a, int start, int n)
    {
        if (n < 8)
        {
            double res = 0.0;
            for (int i = 0; i < n; i++)
            {
                res += a[start + i];
            }

            return res;
        }

        if (n <= 128)
        {
            var r = new double[8];
            for (int j = 0; j < 8; j++)
            {
                r[j] = a[start + j];
            }

            int i;
            for (i = 8; i < n - n % 8; i += 8)
            {
                for (int j = 0; j < 8; j++)
                {
                    r[j] += a[start + i + j];
                }
            }

            double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++)
            {
                res += a[start + i];
            }

            return res;
        }

        int n2 = n / 2;
        n2 -= n2 % 8;
        return Reference(a, start, n2) + Reference(a, start + n2, n - n2);
    }

    /// <summary>SplitMix64 outputs 1..n mapped exactly to signed values over 2^-21 .. 2^42 (the generator's <c>mixed</c>).</summary>
    internal static double[] Mixed(int n, ulong seed)
    {
        var values = new double[n];
        for (int i = 0; i < n; i++)
        {
            ulong z = unchecked(seed + (ulong)(i + 1) * 0x9E3779B97F4A7C15UL);
            z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
            z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
            z ^= z >> 31;
            double mant = (z >> 11) * Math.ScaleB(1.0, -53) - 0.5;
            values[i] = Math.ScaleB(mant, (int)(z & 63) - 20);
        }

        return values;
    }

    private static long Bits(JsonElement e, string key) => e.GetProperty(key).GetInt64();

    private static double Value(JsonElement e, string key) => BitConverter.Int64BitsToDouble(Bits(e, key));
}
