using System.Globalization;
using System.Numerics;
using ArrayBridge.Interop;

namespace ArrayBridge.Tests;

/// <summary>
/// <see cref="Generator"/> and <see cref="RandomState"/> against the embedded NumPy, live, for
/// breadth: many seeds (small, 64-bit, beyond 2¹²⁸, sequences), programs of mixed calls whose sizes
/// cross the 32-bit buffer at odd and even counts, every integer dtype over ranges drawn from a
/// fixed list of edges and pseudo-random spans, choice in every mode, and shuffles of 2-d arrays and
/// strided views. Every result must equal NumPy's bit for bit. The cases come from fixed seeds, so
/// the tests are the same on every run.
/// </summary>
[Collection(PythonCollection.Name)]
public sealed class GeneratorLiveOracleTests
{
    private static readonly string[] IntDTypes = ["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "bool"];

    private static BigInteger SeedFor(int i) => (i % 4) switch
    {
        0 => i,
        1 => (BigInteger.One << 63) + i,
        2 => BigInteger.Pow(3, 90 + i),
        _ => (BigInteger.One << 200) - i,
    };

    /// <summary>NumPy's value of <paramref name="expression"/> as an array, compared with ours.</summary>
    private static string? Compare(string expression, NDArray ours)
    {
        using PyObject theirs = Python.Eval($"__import__('numpy').ascontiguousarray({expression})");
        using NDArray expected = NumPy.FromNumPy(theirs);
        if (expected.DType.Name != ours.DType.Name || !expected.Shape.SequenceEqual(ours.Shape))
        {
            return $"{expression}: NumPy {expected.DType.Name} ({string.Join(",", expected.Shape.ToArray())}), ours {ours.DType.Name} ({string.Join(",", ours.Shape.ToArray())})";
        }

        using NDArray a = expected.Copy(), b = ours.Copy();
        unsafe
        {
            var x = new ReadOnlySpan<byte>((void*)a.DataPointer, (int)a.NBytes);
            var y = new ReadOnlySpan<byte>((void*)b.DataPointer, (int)b.NBytes);
            return x.SequenceEqual(y) ? null : $"{expression}: values differ";
        }
    }

    [Fact]
    public void Mixed_programs_over_many_seeds_match_numpy()
    {
        var failures = new List<string>();
        int steps = 0;
        for (int s = 0; s < 24; s++)
        {
            BigInteger seed = SeedFor(s);
            Python.Exec($"import numpy as np\n_rng = np.random.default_rng({seed.ToString(CultureInfo.InvariantCulture)})");
            Generator rng = Generator.DefaultRng(seed);
            var plan = new Random(s);
            for (int k = 0; k < 30 && failures.Count == 0; k++)
            {
                int n = plan.Next(0, 40);
                (string py, Func<NDArray> cs) = plan.Next(9) switch
                {
                    0 => ($"_rng.random({n}, dtype=np.float32)", () => rng.Random<float>(n)),
                    1 => ($"_rng.random({n})", () => rng.Random<double>(n)),
                    2 => ($"_rng.standard_normal({n}, dtype=np.float32)", () => rng.StandardNormal<float>(n)),
                    3 => ($"_rng.standard_normal({n})", () => rng.StandardNormal<double>(n)),
                    4 => ($"_rng.standard_exponential({n}, dtype=np.float32)", () => rng.StandardExponential<float>(n)),
                    5 => IntegersStep(rng, plan, n),
                    6 => ($"_rng.permutation({n})", () => rng.Permutation(n)),
                    7 => ChoiceStep(rng, plan, n),
                    _ => ($"_rng.uniform(-2.5, 7.0, {n})", () => rng.Uniform(-2.5, 7.0, n)),
                };
                steps++;
                using NDArray ours = cs();
                string? f = Compare(py, ours);
                if (f is not null)
                {
                    failures.Add($"seed {seed} step {k}: {f}");
                }
            }
        }

        Assert.True(steps > 600, $"only {steps} steps");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static (string, Func<NDArray>) IntegersStep(Generator rng, Random plan, int n)
    {
        string dt = IntDTypes[plan.Next(IntDTypes.Length)];
        (Int128 lb, Int128 ub) = dt switch
        {
            "bool" => ((Int128)0, (Int128)1),
            "int8" => (sbyte.MinValue, sbyte.MaxValue),
            "uint8" => (0, byte.MaxValue),
            "int16" => (short.MinValue, short.MaxValue),
            "uint16" => (0, ushort.MaxValue),
            "int32" => (int.MinValue, int.MaxValue),
            "uint32" => (0, uint.MaxValue),
            "int64" => (long.MinValue, long.MaxValue),
            _ => (0, ulong.MaxValue),
        };
        bool endpoint = plan.Next(2) == 0;
        Int128 span = ub - lb;
        Int128 low = lb + (Int128)(plan.NextDouble() * (double)span) / 2;
        Int128 high = plan.Next(4) switch
        {
            0 => ub,
            1 => low + 1,
            2 => low + plan.Next(1, 300),
            _ => low + (Int128)(plan.NextDouble() * (double)(ub - low)),
        };
        if (high > ub)
        {
            high = ub;
        }

        if (!endpoint)
        {
            high += 1;
        }

        if (high <= low && !endpoint)
        {
            high = low + 1;
        }

        DType dtype = DType.Parse(dt == "bool" ? "?" : dt);
        return ($"_rng.integers({low}, {high}, {n}, dtype=np.{(dt == "bool" ? "bool_" : dt)}, endpoint={(endpoint ? "True" : "False")})",
            () => rng.Integers(low, high, [n], dtype, endpoint));
    }

    private static (string, Func<NDArray>) ChoiceStep(Generator rng, Random plan, int n)
    {
        int pop = plan.Next(3) switch
        {
            0 => n + plan.Next(0, 5),
            1 => 12000 + plan.Next(0, 100),
            _ => 60 + plan.Next(0, 10000),
        };
        bool replace = plan.Next(2) == 0;
        bool shuffle = plan.Next(3) != 0;
        if (pop == 0)
        {
            pop = 1;
            n = Math.Min(n, 1);
        }

        if (plan.Next(4) == 0 && pop < 100)
        {
            double[] p = Enumerable.Range(0, pop).Select(i => (double)((i * 7 + 3) % 5)).ToArray();
            double total = p.Sum();
            for (int i = 0; i < p.Length; i++)
            {
                p[i] /= total;
            }

            int positive = p.Count(v => v > 0);
            int size = replace ? n : Math.Min(n, positive);
            string list = string.Join(", ", p.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
            return ($"_rng.choice({pop}, {size}, replace={replace}, p=[{list}], shuffle={shuffle})",
                () => rng.Choice(pop, [size], replace, p, shuffle));
        }

        int m = replace ? n : Math.Min(n, pop);
        return ($"_rng.choice({pop}, {m}, replace={replace}, shuffle={shuffle})", () => rng.Choice(pop, [m], replace, null, shuffle));
    }

    [Fact]
    public void Shuffles_of_2d_arrays_and_strided_views_match_numpy()
    {
        var failures = new List<string>();
        for (int s = 0; s < 12; s++)
        {
            BigInteger seed = SeedFor(s);
            Python.Exec($"import numpy as np\n_rng = np.random.default_rng({seed})\n_m = np.arange(60, dtype=np.int16).reshape(12, 5)\n_rng.shuffle(_m)\n_b = np.arange(90, dtype=np.float64).reshape(30, 3)\n_rng.shuffle(_b[1::-3][::-1].T.T)\n_rng.shuffle(_b[::-2, 1])\n_t = np.arange(24, dtype=np.uint8).reshape(4, 6).T.copy()\n_rng.shuffle(_t)");
            Generator rng = Generator.DefaultRng(seed);
            using NDArray<short> m0 = NDArray.Arange<short>(60);
            using NDArray m = m0.Reshape(12, 5).Copy();
            rng.Shuffle(m);
            using NDArray<double> b0 = NDArray.Arange(0.0, 90.0, 1.0);
            using NDArray b = b0.Reshape(30, 3).Copy();
            using (NDArray v1 = b["1::-3"])
            using (NDArray v2 = v1["::-1"])
            {
                rng.Shuffle(v2);
            }

            using (NDArray v3 = b["::-2, 1"])
            {
                rng.Shuffle(v3);
            }

            using NDArray<byte> t0 = NDArray.Arange<byte>(24);
            using NDArray t1 = t0.Reshape(4, 6);
            using NDArray t2 = t1.Transpose();
            using NDArray t = t2.Copy();
            rng.Shuffle(t);
            foreach ((string py, NDArray ours) in new[] { ("_m", m), ("_b", b), ("_t", t) })
            {
                string? f = Compare(py, ours);
                if (f is not null)
                {
                    failures.Add($"seed {seed}: {f}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Legacy_random_state_matches_numpy_over_many_seeds()
    {
        var failures = new List<string>();
        for (int s = 0; s < 40; s++)
        {
            long seed = (long)((ulong)s * 2654435761UL % (1UL << 32));
            Python.Exec($"import numpy as np\n_rs = np.random.RandomState({seed})");
            var rs = new RandomState(seed);
            var plan = new Random(s);
            for (int k = 0; k < 12; k++)
            {
                int n = plan.Next(0, 30);
                (string py, Func<NDArray> cs) = plan.Next(4) switch
                {
                    0 => ($"_rs.rand({n})", (Func<NDArray>)(() => rs.Rand(n))),
                    1 => ($"_rs.randn({n})", () => rs.RandN(n)),
                    2 => ($"_rs.randint(-7, {1 + n * n * n}, size={n})", () => rs.RandInt(-7, 1 + (long)n * n * n, [n])),
                    _ => ($"_rs.randint(0, {n + 1}, size={n}, dtype=np.uint16)", () => rs.RandInt<ushort>(0, n + 1, [n])),
                };
                using NDArray ours = cs();
                string? f = Compare(py, ours);
                if (f is not null)
                {
                    failures.Add($"seed {seed} step {k}: {f}");
                    break;
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
