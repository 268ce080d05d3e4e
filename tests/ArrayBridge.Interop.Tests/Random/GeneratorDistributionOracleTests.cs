using System.Globalization;
using ArrayBridge.Interop;

namespace ArrayBridge.Tests;

/// <summary>
/// Generator's gamma family (standard_gamma, gamma, beta, chisquare, f, standard_t) and discrete
/// samplers (poisson, binomial) against the embedded NumPy, live: for several seeds, one program per
/// seed walks parameters that reach every branch of NumPy's algorithms (gamma's shape 0, below 1, 1
/// and Marsaglia–Tsang; beta's Johnk and gamma ratio; Poisson's multiplication and PTRS; binomial's
/// inversion and BTPE, each with p above 0.5 flipped), as scalars and as arrays of sizes from 0 to
/// past 1000, interleaved with float32 draws that leave half a 64-bit draw buffered. The two streams
/// stay in step through the whole program, so every value must be NumPy's bit for bit. Errors must
/// carry NumPy's text and leave the stream where NumPy leaves it.
/// </summary>
[Collection(PythonCollection.Name)]
public sealed class GeneratorDistributionOracleTests
{
    private const string Runner = """
        import numpy as np
        def _ab_try(f):
            try:
                return ('ok', np.array(f(), order='C'))
            except Exception as e:
                return (type(e).__name__, str(e))
        """;

    // Python's float('nan') has the sign bit clear; .NET's double.NaN has it set.
    private static readonly double PositiveNaN = BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_0000);

    private static readonly int[] Sizes = [0, 1, 3, 17, 256, 1001];

    public static TheoryData<long> Seeds => new() { 0, 1, 42, 12345, 987654321987, long.MaxValue };

    private static string Py(double v) => double.IsNaN(v) ? "float('nan')" : v.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Every sampler with parameters covering each branch: (NumPy call without size, ours scalar, ours with size).</summary>
    private static (string Py, Func<Generator, NDArray> Scalar, Func<Generator, nint, NDArray> Sized)[] Cases()
    {
        var cases = new List<(string, Func<Generator, NDArray>, Func<Generator, nint, NDArray>)>();
        static NDArray D(double v) => NDArray.Full<double>([], v);
        static NDArray L(long v) => NDArray.Full<long>([], v);
        foreach (double shape in new[] { 0.0, 1e-3, 0.3, 0.999, 1.0, 1.5, 2.5, 1e3, 1e9, PositiveNaN })
        {
            cases.Add(($"standard_gamma({Py(shape)}", g => D(g.StandardGamma(shape)), (g, n) => g.StandardGamma(shape, n)));
        }

        foreach ((double shape, double scale) in new[] { (2.5, 3.0), (0.3, 0.5), (1.0, 2.0), (0.0, 4.0), (7.0, 0.0) })
        {
            cases.Add(($"gamma({Py(shape)}, {Py(scale)}", g => D(g.Gamma(shape, scale)), (g, n) => g.Gamma(shape, scale, n)));
        }

        foreach ((double a, double b) in new[] { (0.5, 0.7), (1.0, 1.0), (0.1, 0.2), (2.0, 3.0), (0.5, 5.0), (1e-3, 1e-3), (40.0, 0.9), (PositiveNaN, 1.0) })
        {
            cases.Add(($"beta({Py(a)}, {Py(b)}", g => D(g.Beta(a, b)), (g, n) => g.Beta(a, b, n)));
        }

        foreach (double df in new[] { 0.5, 2.0, 3.0, 11.0, 1e5 })
        {
            cases.Add(($"chisquare({Py(df)}", g => D(g.ChiSquare(df)), (g, n) => g.ChiSquare(df, n)));
            cases.Add(($"standard_t({Py(df)}", g => D(g.StandardT(df)), (g, n) => g.StandardT(df, n)));
        }

        foreach ((double num, double den) in new[] { (3.0, 7.0), (0.5, 0.7), (2.0, 1e4) })
        {
            cases.Add(($"f({Py(num)}, {Py(den)}", g => D(g.F(num, den)), (g, n) => g.F(num, den, n)));
        }

        foreach (double lam in new[] { 0.0, -0.0, 1e-9, 3.0, 9.99, 10.0, 10.5, 137.25, 1e4, 1e12, 9.2e18 })
        {
            cases.Add(($"poisson({Py(lam)}", g => L(g.Poisson(lam)), (g, n) => g.Poisson(lam, n)));
        }

        foreach ((long n, double p) in new (long, double)[]
        {
            (0, 0.5), (10, 0.0), (10, 1.0), (10, 0.3), (100, 0.1), (100, 0.9), (60, 0.5), (61, 0.5), (1000, 0.03), (1000, 0.97),
            (1000, 0.5), (1000, 0.96), (45, 0.7), (100000, 0.2), (1L << 40, 0.3), (1L << 40, 0.9999), (long.MaxValue / 4, 1e-12),
        })
        {
            cases.Add(($"binomial({n}, {Py(p)}", g => L(g.Binomial(n, p)), (g, size) => g.Binomial(n, p, size)));
        }

        return cases.ToArray();
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Streams_match_numpy_bit_for_bit(long seed)
    {
        using var scope = new PyScope();
        scope.Exec(Runner);
        scope.Exec($"rng = np.random.default_rng({seed})");
        Generator rng = Generator.DefaultRng(seed);
        var plan = new Random((int)(seed % 1000));
        var failures = new List<string>();
        int compared = 0;
        foreach ((string py, Func<Generator, NDArray> scalar, Func<Generator, nint, NDArray> sized) in Cases())
        {
            // Scalar first, then a size, then a float32 draw that buffers half of a 64-bit output, so
            // the next 64-bit draws must skip the buffer as NumPy's do.
            int n = Sizes[plan.Next(Sizes.Length)];
            (string, Func<NDArray>)[] steps =
            [
                ($"rng.{py})", () => scalar(rng)),
                ($"rng.{py}, size={n})", () => sized(rng, n)),
                ($"rng.{py}, size=(2, 3))", () => sized(rng, 6).Reshape(2, 3)),
                ("rng.random(1, dtype=np.float32)", () => rng.Random<float>(1)),
            ];
            foreach ((string call, Func<NDArray> ours) in steps)
            {
                compared++;
                if (Compare(scope, call, ours) is { } f)
                {
                    failures.Add($"seed {seed}: {f}");
                }
            }
        }

        Assert.True(compared > 250, $"only {compared} calls compared");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
        Assert.Equal(scope.Eval<string>("str(rng.bit_generator.state['state']['state'])"), rng.BitGenerator.State.State.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Pseudo_random_parameters_over_many_seeds_match_numpy()
    {
        // Parameters from a fixed plan spread over decades, so the branch thresholds (shape 1,
        // lam 10, n·min(p, 1-p) 30) are approached from both sides at many scales.
        var plan = new Random(20261127);
        var failures = new List<string>();
        int compared = 0;
        for (int s = 0; s < 12; s++)
        {
            using var scope = new PyScope();
            scope.Exec(Runner);
            scope.Exec($"rng = np.random.default_rng({s * 7919})");
            Generator rng = Generator.DefaultRng(s * 7919);
            for (int k = 0; k < 40; k++)
            {
                double x = Math.Pow(10, plan.NextDouble() * 8 - 3);
                double y = Math.Pow(10, plan.NextDouble() * 6 - 3);
                double p = plan.Next(5) == 0 ? 1 - plan.NextDouble() * 1e-3 : plan.NextDouble();
                long n = (long)Math.Pow(10, plan.NextDouble() * 9);
                int size = plan.Next(0, 50);
                (string, Func<NDArray>) step = plan.Next(8) switch
                {
                    0 => ($"rng.standard_gamma({Py(x)}, size={size})", () => rng.StandardGamma(x, size)),
                    1 => ($"rng.gamma({Py(x)}, {Py(y)}, size={size})", () => rng.Gamma(x, y, size)),
                    2 => ($"rng.beta({Py(x / 1000)}, {Py(y)}, size={size})", () => rng.Beta(x / 1000, y, size)),
                    3 => ($"rng.chisquare({Py(x)}, size={size})", () => rng.ChiSquare(x, size)),
                    4 => ($"rng.f({Py(x)}, {Py(y)}, size={size})", () => rng.F(x, y, size)),
                    5 => ($"rng.standard_t({Py(y)}, size={size})", () => rng.StandardT(y, size)),
                    6 => ($"rng.poisson({Py(x)}, size={size})", () => rng.Poisson(x, size)),
                    _ => ($"rng.binomial({n}, {Py(p)}, size={size})", () => rng.Binomial(n, p, size)),
                };
                compared++;
                if (Compare(scope, step.Item1, step.Item2) is { } f)
                {
                    failures.Add($"seed {s * 7919}: {f}");
                }
            }
        }

        Assert.Equal(480, compared);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    [Fact]
    public void Many_draws_through_every_branch_match_numpy()
    {
        // Long runs make the rare paths (ziggurat tails inside gamma, BTPE's squeeze and its
        // Stirling test, PTRS's log test, inversion restarts) certain to be taken.
        using var scope = new PyScope();
        scope.Exec(Runner);
        scope.Exec("rng = np.random.default_rng(2024)");
        Generator rng = Generator.DefaultRng(2024);
        (string, Func<NDArray>)[] steps =
        [
            ("rng.standard_gamma(0.3, size=200000)", () => rng.StandardGamma(0.3, 200000)),
            ("rng.standard_gamma(2.5, size=200000)", () => rng.StandardGamma(2.5, 200000)),
            ("rng.beta(0.4, 0.6, size=100000)", () => rng.Beta(0.4, 0.6, 100000)),
            ("rng.poisson(25.5, size=200000)", () => rng.Poisson(25.5, 200000)),
            ("rng.poisson(6.5, size=100000)", () => rng.Poisson(6.5, 100000)),
            ("rng.binomial(300, 0.4, size=200000)", () => rng.Binomial(300, 0.4, 200000)),
            ("rng.binomial(5000, 0.62, size=100000)", () => rng.Binomial(5000, 0.62, 100000)),
            ("rng.binomial(40, 0.7, size=100000)", () => rng.Binomial(40, 0.7, 100000)),
        ];
        var failures = new List<string>();
        foreach ((string call, Func<NDArray> ours) in steps)
        {
            if (Compare(scope, call, ours) is { } f)
            {
                failures.Add(f);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Parameter_errors_match_numpy_and_keep_the_stream()
    {
        using var scope = new PyScope();
        scope.Exec(Runner);
        scope.Exec("rng = np.random.default_rng(7)");
        Generator rng = Generator.DefaultRng(7);
        double nan = PositiveNaN;
        (string, Func<NDArray>)[] calls =
        [
            ("rng.standard_gamma(-1.0)", () => NDArray.Full<double>([], rng.StandardGamma(-1.0))),
            ("rng.standard_gamma(-0.0, size=3)", () => rng.StandardGamma(-0.0, 3)),
            ("rng.gamma(-1.0, 1.0)", () => NDArray.Full<double>([], rng.Gamma(-1.0, 1.0))),
            ("rng.gamma(1.0, -1.0, size=2)", () => rng.Gamma(1.0, -1.0, 2)),
            ("rng.gamma(-1.0, -1.0)", () => NDArray.Full<double>([], rng.Gamma(-1.0, -1.0))),
            ("rng.gamma(float('nan'), -1.0)", () => NDArray.Full<double>([], rng.Gamma(nan, -1.0))),
            ("rng.beta(0.0, 1.0)", () => NDArray.Full<double>([], rng.Beta(0.0, 1.0))),
            ("rng.beta(1.0, -2.0, size=2)", () => rng.Beta(1.0, -2.0, 2)),
            ("rng.beta(-1.0, -2.0)", () => NDArray.Full<double>([], rng.Beta(-1.0, -2.0))),
            ("rng.chisquare(0.0)", () => NDArray.Full<double>([], rng.ChiSquare(0.0))),
            ("rng.chisquare(-3.0, size=2)", () => rng.ChiSquare(-3.0, 2)),
            ("rng.f(0.0, 1.0)", () => NDArray.Full<double>([], rng.F(0.0, 1.0))),
            ("rng.f(1.0, -1.0, size=2)", () => rng.F(1.0, -1.0, 2)),
            ("rng.standard_t(0.0)", () => NDArray.Full<double>([], rng.StandardT(0.0))),
            ("rng.standard_t(-1.0, size=2)", () => rng.StandardT(-1.0, 2)),
            ("rng.poisson(-1.0)", () => NDArray.Full<long>([], rng.Poisson(-1.0))),
            ("rng.poisson(float('nan'), size=2)", () => rng.Poisson(nan, 2)),
            ("rng.poisson(1e19)", () => NDArray.Full<long>([], rng.Poisson(1e19))),
            ("rng.poisson(float('inf'), size=2)", () => rng.Poisson(double.PositiveInfinity, 2)),
            ("rng.binomial(-1, 0.5)", () => NDArray.Full<long>([], rng.Binomial(-1, 0.5))),
            ("rng.binomial(5, -0.1, size=2)", () => rng.Binomial(5, -0.1, 2)),
            ("rng.binomial(5, 1.1)", () => NDArray.Full<long>([], rng.Binomial(5, 1.1))),
            ("rng.binomial(5, float('nan'))", () => NDArray.Full<long>([], rng.Binomial(5, nan))),
            ("rng.binomial(-1, 2.0)", () => NDArray.Full<long>([], rng.Binomial(-1, 2.0))),
            ("rng.gamma(2.0, 1.0, size=4)", () => rng.Gamma(2.0, 1.0, 4)),
        ];
        var failures = new List<string>();
        int errors = 0;
        foreach ((string call, Func<NDArray> ours) in calls)
        {
            if (Compare(scope, call, ours, onError: () => errors++) is { } f)
            {
                failures.Add(f);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(calls.Length - 1, errors);

        // A negative dimension is refused before any draw.
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.Binomial(5, 0.5, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.Poisson(5, 2, -1));
    }

    [Fact]
    public void Array_parameters_broadcast_and_draw_in_c_order_as_numpy()
    {
        using var scope = new PyScope();
        scope.Exec(Runner);
        scope.Exec("rng = np.random.default_rng(11)");
        Generator rng = Generator.DefaultRng(11);
        using NDArray shapes = NDArray.FromArray(new[] { 0.0, 0.3, 1.0, 2.5, 1e3 });
        using NDArray column = NDArray.FromArray(new[] { 0.5, 2.0, 7.0 }).Reshape(3, 1);
        using NDArray ints = NDArray.FromArray(new[] { 1, 2, 3, 4, 5 });
        using NDArray small = NDArray.FromArray(new[] { 0.2, 0.9, 1.0, 4.0, 30.0 });
        using NDArray negative = NDArray.FromArray(new[] { 1.0, -0.0 });
        using NDArray zero = NDArray.FromArray(new[] { 1.0, 0.0 });
        using NDArray nanArray = NDArray.FromArray(new[] { PositiveNaN, 2.0 });
        using NDArray zeroD = NDArray.Full<double>([], 2.5);
        scope["shapes"] = NumPy.ToNumPy(shapes);
        scope["col"] = NumPy.ToNumPy(column);
        scope["ints"] = NumPy.ToNumPy(ints);
        scope["small"] = NumPy.ToNumPy(small);
        scope["neg"] = NumPy.ToNumPy(negative);
        scope["zero"] = NumPy.ToNumPy(zero);
        scope["nan2"] = NumPy.ToNumPy(nanArray);
        scope["zd"] = NumPy.ToNumPy(zeroD);
        (string, Func<NDArray>)[] calls =
        [
            ("rng.standard_gamma(shapes)", () => rng.StandardGamma(shapes)),
            ("rng.standard_gamma(shapes, size=(4, 5))", () => rng.StandardGamma(shapes, 4, 5)),
            ("rng.standard_gamma(ints)", () => rng.StandardGamma(ints)),
            ("rng.standard_gamma(zd)", () => rng.StandardGamma(zeroD)),
            ("rng.standard_gamma(zd, size=3)", () => rng.StandardGamma(zeroD, 3)),
            ("rng.standard_gamma(neg)", () => rng.StandardGamma(negative)),
            ("rng.standard_gamma(nan2)", () => rng.StandardGamma(nanArray)),
            ("rng.gamma(shapes, col)", () => rng.Gamma(shapes, column)),
            ("rng.gamma(shapes, col, size=(2, 3, 5))", () => rng.Gamma(shapes, column, 2, 3, 5)),
            ("rng.gamma(shapes, col, size=5)", () => rng.Gamma(shapes, column, 5)),
            ("rng.gamma(col, neg)", () => rng.Gamma(column, negative)),
            ("rng.gamma(2.0, 3.0, size=4)", () => rng.Gamma(2.0, 3.0, 4)),
            ("rng.beta(small, col)", () => rng.Beta(small, column)),
            ("rng.beta(small, 0.5)", () => rng.Beta(small, 0.5)),
            ("rng.beta(zero, 1.0)", () => rng.Beta(zero, 1.0)),
            ("rng.beta(small, zero)", () => rng.Beta(small, zero)),
            ("rng.chisquare(small)", () => rng.ChiSquare(small)),
            ("rng.chisquare(col, size=(2, 3, 4))", () => rng.ChiSquare(column, 2, 3, 4)),
            ("rng.chisquare(zero)", () => rng.ChiSquare(zero)),
            ("rng.f(small, col)", () => rng.F(small, column)),
            ("rng.f(col, zero)", () => rng.F(column, zero)),
            ("rng.standard_t(small)", () => rng.StandardT(small)),
            ("rng.standard_t(ints, size=(3, 5))", () => rng.StandardT(ints, 3, 5)),
            ("rng.standard_t(nan2)", () => rng.StandardT(nanArray)),
            ("rng.standard_t(zero)", () => rng.StandardT(zero)),
            ("rng.standard_gamma(shapes, size=(3, 2))", () => rng.StandardGamma(shapes, 3, 2)),
            ("rng.standard_gamma(1.5)", () => rng.StandardGamma((Operand)1.5)),
        ];
        var failures = new List<string>();
        int errors = 0;
        foreach ((string call, Func<NDArray> ours) in calls)
        {
            if (Compare(scope, call, ours, onError: () => errors++) is { } f)
            {
                failures.Add(f);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));

        // Both sides refused the same nine calls: -0 shape and scale, two sizes the parameters do
        // not broadcast to, and a zero a, b, df, dfden and df.
        Assert.Equal(9, errors);
        Assert.Equal(scope.Eval<string>("str(rng.bit_generator.state['state']['state'])"), rng.BitGenerator.State.State.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Runs both sides; null when they agree (same dtype, shape and bits, or same error kind and text).</summary>
    private static string? Compare(PyScope scope, string call, Func<NDArray> cs, Action? onError = null)
    {
        using PyObject outcome = scope.Eval($"_ab_try(lambda: {call})");
        using PyObject kindObject = outcome.GetItem(0);
        using PyObject value = outcome.GetItem(1);
        string kind = kindObject.As<string>();
        NDArray result;
        try
        {
            result = cs();
        }
        catch (ArgumentException e)
        {
            string message = e is { ParamName: { } p } && e.Message.EndsWith($" (Parameter '{p}')", StringComparison.Ordinal)
                ? e.Message[..^$" (Parameter '{p}')".Length]
                : e.Message;
            if (kind != "ValueError" || message != value.As<string>())
            {
                return $"{call}: NumPy {kind} \"{(kind == "ok" ? "values" : value.As<string>())}\", ours {e.GetType().Name} \"{message}\"";
            }

            onError?.Invoke();
            return null;
        }

        using (result)
        {
            if (kind != "ok")
            {
                return $"{call}: NumPy raised {kind} \"{value.As<string>()}\", ours returned values";
            }

            using NDArray expected = NumPy.FromNumPy(value);
            if (expected.DType.Name != result.DType.Name || !expected.Shape.SequenceEqual(result.Shape))
            {
                return $"{call}: NumPy {expected.DType.Name} ({string.Join(",", expected.Shape.ToArray())}), ours {result.DType.Name} ({string.Join(",", result.Shape.ToArray())})";
            }

            using NDArray a = expected.Copy(), b = result.Copy();
            unsafe
            {
                var x = new ReadOnlySpan<byte>((void*)a.DataPointer, (int)a.NBytes);
                var y = new ReadOnlySpan<byte>((void*)b.DataPointer, (int)b.NBytes);
                if (x.SequenceEqual(y))
                {
                    return null;
                }

                for (int i = 0; i < x.Length; i += 8)
                {
                    if (!x.Slice(i, 8).SequenceEqual(y.Slice(i, 8)))
                    {
                        return $"{call}: values differ first at element {i / 8}";
                    }
                }

                return $"{call}: values differ";
            }
        }
    }
}
