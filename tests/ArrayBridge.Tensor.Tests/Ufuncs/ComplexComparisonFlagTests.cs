using System.Numerics;

namespace ArrayBridge.Tests;

/// <summary>
/// The invalid flag of NumPy's complex comparisons: <c>less</c>, <c>less_equal</c>, <c>greater</c> and
/// <c>greater_equal</c> raise it exactly where NumPy's compiled C compares a NaN with an ordered
/// operator; <c>equal</c>, <c>not_equal</c> and the maximum-like ufuncs never raise, and no ordered
/// comparison of real floats reports the FPU's flag on NaN.
/// </summary>
public class ComplexComparisonFlagTests
{
    private static readonly double[] Parts = [1, 2, 0, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity];

    // The C expression of loops.c.src, (!isnan(xi) && !isnan(yi) && xr OP yr) || (xr == yr && xi OP= yi),
    // in the order NumPy's compiled loop evaluates it, with C's signalling ordered compares: any
    // compare with '<', '<=', '>' or '>=' that meets a NaN raises invalid, '==' never does.
    private static bool CExpression(string ufunc, double xr, double xi, double yr, double yi, out bool invalid)
    {
        bool raised = false;
        bool Ordered(double a, double b, Func<double, double, bool> op)
        {
            raised |= double.IsNaN(a) || double.IsNaN(b);
            return op(a, b);
        }

        Func<double, double, bool> strict = ufunc.StartsWith("less", StringComparison.Ordinal) ? (a, b) => a < b : (a, b) => a > b;
        Func<double, double, bool> tail = ufunc switch
        {
            "less" => (a, b) => a < b,
            "less_equal" => (a, b) => a <= b,
            "greater" => (a, b) => a > b,
            _ => (a, b) => a >= b,
        };
        bool result = (!double.IsNaN(xi) && !double.IsNaN(yi) && Ordered(xr, yr, strict)) || (xr == yr && Ordered(xi, yi, tail));
        invalid = raised;
        return result;
    }

    private static NDArray Call(string ufunc, NDArray x, NDArray y) => ufunc switch
    {
        "less" => NDArray.Less(x, y),
        "less_equal" => NDArray.LessEqual(x, y),
        "greater" => NDArray.Greater(x, y),
        "greater_equal" => NDArray.GreaterEqual(x, y),
        "equal" => NDArray.Equal(x, y),
        "not_equal" => NDArray.NotEqual(x, y),
        "maximum" => NDArray.Maximum(x, y),
        "minimum" => NDArray.Minimum(x, y),
        "fmax" => NDArray.Fmax(x, y),
        "fmin" => NDArray.Fmin(x, y),
        _ => NDArray.Clip(x, y, y),
    };

    private static NDArray Complex(bool single, params Complex[] values) =>
        single ? (NDArray)NDArray.FromArray(values.Select(v => new Complex64((float)v.Real, (float)v.Imaginary)).ToArray()) : NDArray.FromArray(values);

    public static TheoryData<string, bool> OrderedComparisons()
    {
        var data = new TheoryData<string, bool>();
        foreach (string ufunc in new[] { "less", "less_equal", "greater", "greater_equal" })
        {
            data.Add(ufunc, true);
            data.Add(ufunc, false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OrderedComparisons))]
    public void Ordered_comparisons_raise_invalid_where_NumPys_C_compare_meets_a_NaN(string ufunc, bool single)
    {
        var failures = new List<string>();
        foreach (double xr in Parts)
        foreach (double xi in Parts)
        foreach (double yr in Parts)
        foreach (double yi in Parts)
        {
            bool expected = CExpression(ufunc, xr, xi, yr, yi, out bool invalid);
            FloatingPointFlags raised = FloatingPointFlags.None;
            using NDArray x = Complex(single, new Complex(xr, xi));
            using NDArray y = Complex(single, new Complex(yr, yi));
            bool actual;
            using (NDArray.ErrState(all: FloatingPointErrorMode.Call, call: (_, flags) => raised |= flags))
            using (NDArray r = Call(ufunc, x, y))
            {
                actual = r.ToArray<bool>()[0];
            }

            FloatingPointFlags want = invalid ? FloatingPointFlags.Invalid : FloatingPointFlags.None;
            if (actual != expected || raised != want)
            {
                failures.Add($"({xr}, {xi}) vs ({yr}, {yi}): {actual} raising {raised}, C gives {expected} raising {want}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} mismatches:\n" + string.Join("\n", failures.Take(15)));
    }

    /// <summary>Rows measured on NumPy 1.24 (complex128 and complex64 alike) under errstate raise.</summary>
    [Theory]
    [InlineData("less", 1, 1, double.NaN, 1, true)]
    [InlineData("less", 1, 1, double.NaN, double.NaN, false)]
    [InlineData("less", double.NaN, double.NaN, 1, 1, false)]
    [InlineData("less", 1, double.NaN, 1, 1, true)]
    [InlineData("less", 2, double.NaN, 1, 1, false)]
    [InlineData("greater", double.NaN, double.PositiveInfinity, double.PositiveInfinity, 0, true)]
    [InlineData("greater_equal", 1, 1, double.NaN, 1, true)]
    [InlineData("less_equal", double.PositiveInfinity, double.NaN, double.PositiveInfinity, double.NaN, true)]
    public void Measured_numpy_rows_raise_as_numpy_does(string ufunc, double xr, double xi, double yr, double yi, bool raises)
    {
        foreach (bool single in new[] { false, true })
        {
            using NDArray x = Complex(single, new Complex(xr, xi));
            using NDArray y = Complex(single, new Complex(yr, yi));
            using (NDArray.ErrState(all: FloatingPointErrorMode.Raise))
            {
                if (raises)
                {
                    var e = Assert.Throws<FloatingPointErrorException>(() => Call(ufunc, x, y).Dispose());
                    Assert.Equal($"invalid value encountered in {ufunc}", e.Message);
                }
                else
                {
                    Call(ufunc, x, y).Dispose();
                }
            }
        }
    }

    public static TheoryData<string> QuietUfuncs() => ["equal", "not_equal", "maximum", "minimum", "fmax", "fmin", "clip"];

    [Theory]
    [MemberData(nameof(QuietUfuncs))]
    public void Equality_and_maximum_like_ufuncs_never_raise_on_complex_NaN(string ufunc)
    {
        var values = new List<Complex>();
        foreach (double r in Parts)
        {
            foreach (double i in Parts)
            {
                values.Add(new Complex(r, i));
            }
        }

        Complex[] xs = [.. values.SelectMany(v => values.Select(_ => v))];
        Complex[] ys = [.. values.SelectMany(_ => values)];
        foreach (bool single in new[] { false, true })
        {
            using NDArray x = Complex(single, xs);
            using NDArray y = Complex(single, ys);
            using (NDArray.ErrState(all: FloatingPointErrorMode.Raise))
            {
                Call(ufunc, x, y).Dispose();
            }
        }
    }

    /// <summary>Large enough to split across cores: a worker's software flag reaches the caller.</summary>
    [Theory]
    [InlineData("less")]
    [InlineData("greater_equal")]
    public void A_NaN_in_a_parallel_share_raises_invalid(string ufunc)
    {
        const int n = (1 << 18) + 1001;
        var xs = new Complex[n];
        var ys = new Complex[n];
        for (int i = 0; i < n; i++)
        {
            xs[i] = new Complex(i, 1);
            ys[i] = new Complex(n - i, 1);
        }

        xs[n - 7] = new Complex(double.NaN, 1);
        using var x = NDArray.FromArray(xs);
        using var y = NDArray.FromArray(ys);
        using (NDArray.ErrState(all: FloatingPointErrorMode.Raise))
        {
            var e = Assert.Throws<FloatingPointErrorException>(() => Call(ufunc, x, y).Dispose());
            Assert.Equal($"invalid value encountered in {ufunc}", e.Message);
        }
    }

    /// <summary>Vector compares of real NaN set the FPU's invalid flag; NumPy never reports it for comparisons.</summary>
    [Theory]
    [InlineData("less")]
    [InlineData("less_equal")]
    [InlineData("greater")]
    [InlineData("greater_equal")]
    [InlineData("maximum")]
    [InlineData("fmin")]
    public void Real_NaN_comparisons_raise_nothing_even_split_across_cores(string ufunc)
    {
        foreach (int n in new[] { 37, (1 << 18) + 1001 })
        {
            double[] xs = [.. Enumerable.Range(0, n).Select(i => i % 3 == 0 ? double.NaN : i)];
            double[] ys = [.. Enumerable.Range(0, n).Select(i => i % 5 == 0 ? double.NaN : n - i)];
            using var x = NDArray.FromArray(xs);
            using var y = NDArray.FromArray(ys);
            using (NDArray.ErrState(all: FloatingPointErrorMode.Raise))
            {
                Call(ufunc, x, y).Dispose();
            }
        }
    }
}
