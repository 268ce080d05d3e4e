using System.Globalization;

namespace ArrayBridge.Tests;

/// <summary>
/// Linspace bit for bit against NumPy over many (start, stop, num, endpoint, dtype), Logspace and
/// GeomSpace within NumPy's AVX-512 power loop's distance from the C library's pow (their
/// exponents are Linspace's, bit for bit), and Eye, Identity, Diag, DiagFlat, Tri, Tril, Triu and Meshgrid over random
/// layouts and arguments, with NumPy's errors.
/// </summary>
[Collection(PythonCollection.Name)]
public sealed class BuildingOracleTests
{
    private static readonly string[] SpaceDTypes = ["<f8", "<f4", "<f2", "<i8", "<i4", "|u1", "<u8", "|i1", "|b1", "<c16", "<c8", ">f8"];

    private static readonly double[] Bounds =
        [0, 1, -1, 0.1, -0.3, 1e-300, 5e-324, -5e-324, 2.5, 10, -7.25, 1e10, 3.141592653589793, 1e308, -1e308, 123456.789, double.NaN, double.PositiveInfinity];

    private static string Py(double v) => $"float('{v.ToString("R", CultureInfo.InvariantCulture)}')".Replace("Infinity", "inf").Replace("NaN", "nan");

    /// <summary>
    /// GeomSpace goes through log10 and then pow, and NumPy's AVX-512 log10 differs from the C
    /// library's by an ULP of the exponent, which the power multiplies by up to |exponent| * ln 10:
    /// measured up to 17 ULP over these cases (exponents near 5).
    /// </summary>
    private const double GeomSpaceUlps = 32;

    public static TheoryData<int> Blocks => new() { 0, 1, 2 };

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Linspace_is_bit_identical_to_numpy_and_logspace_geomspace_within_ulps(int block)
    {
        var failures = new List<string>();
        int cases = 0;
        var rng = new Random(block);
        for (int i = 0; i < 150; i++)
        {
            double start = rng.Next(3) == 0 ? Bounds[rng.Next(Bounds.Length)] : Math.Round((rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(-5, 6)), rng.Next(0, 8));
            double stop = rng.Next(3) == 0 ? Bounds[rng.Next(Bounds.Length)] : Math.Round((rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(-5, 6)), rng.Next(0, 8));
            nint num = rng.Next(6) == 0 ? rng.Next(-1, 3) : rng.Next(2, 200);
            bool endpoint = rng.Next(3) != 0;
            string ep = endpoint ? "True" : "False";
            DType? dtype = rng.Next(3) == 0 ? null : DType.Parse(SpaceDTypes[rng.Next(SpaceDTypes.Length)]);
            string dt = dtype is null ? "None" : $"'{dtype.Value.TypeStr}'";
            if (dtype is { Kind: 'i' or 'u' } && (!double.IsFinite(start) || !double.IsFinite(stop) || Math.Abs(start) > 1e6 || Math.Abs(stop) > 1e6))
            {
                // Casting a non-finite or out-of-range float to an integer is undefined in C.
                dtype = DType.Float64;
                dt = "'<f8'";
            }

            cases += 3;
            string label = $"case {i}";
            JoiningOracle.Check(label, $"np.linspace({Py(start)}, {Py(stop)}, {num}, endpoint={ep}, dtype={dt})", [], () => NDArray.Linspace(start, stop, num, endpoint, dtype), failures);
            JoiningOracle.CheckMany(label, $"np.linspace({Py(start)}, {Py(stop)}, {num}, endpoint={ep}, retstep=True)", [], () =>
            {
                NDArray y = NDArray.Linspace(start, stop, out double step, num, endpoint);
                return [y, NDArray.Full([], step)];
            }, failures);
            double b = rng.Next(2) == 0 ? 10.0 : rng.Next(1, 5) / 2.0;
            double ls = Math.Round(start % 50, 3), le = Math.Round(stop % 50, 3);
            if (!double.IsFinite(ls) || !double.IsFinite(le) || dtype is { Kind: 'i' or 'u' })
            {
                (ls, le, dtype, dt) = (1, 3, null, "None");
            }

            JoiningOracle.Check(label, $"np.logspace({Py(ls)}, {Py(le)}, {num}, endpoint={ep}, base={Py(b)}, dtype={dt})", [], () => NDArray.Logspace(ls, le, num, endpoint, b, dtype), failures, maxUlps: UlpAllowances.Default);
            if (start != 0 && stop != 0 && double.IsFinite(start) && double.IsFinite(stop) && dtype is not { Kind: 'c' })
            {
                cases++;
                JoiningOracle.Check(label, $"np.geomspace({Py(start)}, {Py(stop)}, {num}, endpoint={ep}, dtype={dt})", [], () => NDArray.GeomSpace(start, stop, num, endpoint, dtype), failures, maxUlps: GeomSpaceUlps);
            }
        }

        JoiningOracle.AssertNone(failures, cases);
    }

    [Fact]
    public void Eye_identity_and_tri_match_numpy()
    {
        var failures = new List<string>();
        int cases = 0;
        var rng = new Random(11);
        for (int i = 0; i < 120; i++)
        {
            nint n = rng.Next(0, 7);
            nint? m = rng.Next(3) == 0 ? null : rng.Next(0, 7);
            nint k = rng.Next(-8, 9);
            DType dtype = DType.Parse(SpaceDTypes[rng.Next(SpaceDTypes.Length)]);
            ArrayOrder order = rng.Next(2) == 0 ? ArrayOrder.C : ArrayOrder.F;
            string pm = m is null ? "None" : m.Value.ToString(CultureInfo.InvariantCulture);
            cases += 3;
            JoiningOracle.Check($"eye {i}", $"np.eye({n}, {pm}, k={k}, dtype='{dtype.TypeStr}', order='{order}')", [], () => NDArray.Eye(n, m, k, dtype, order), failures, strides: true);
            JoiningOracle.Check($"identity {i}", $"np.identity({n}, dtype='{dtype.TypeStr}')", [], () => NDArray.Identity(n, dtype), failures, strides: true);
            JoiningOracle.Check($"tri {i}", $"np.tri({n}, {pm}, k={k}, dtype='{dtype.TypeStr}')", [], () => NDArray.Tri(n, m, k, dtype), failures, strides: true);
        }

        cases += 2;
        JoiningOracle.Check("eye default", "np.eye(3)", [], () => NDArray.Eye(3), failures);
        JoiningOracle.Check("eye negative", "np.eye(-1)", [], () => NDArray.Eye(-1), failures);
        JoiningOracle.AssertNone(failures, cases);
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Diag_tril_triu_and_meshgrid_match_numpy_over_random_layouts(int block)
    {
        var failures = new List<string>();
        int cases = 0;
        for (int seed = block * 60; seed < block * 60 + 60; seed++)
        {
            using var layouts = new BridgeLayouts(11000 + seed);
            NDArray a = layouts.Array;
            var rng = new Random(seed);
            string label = layouts.ToString();
            nint k = rng.Next(-5, 6);
            cases += 4;
            JoiningOracle.Check(label, $"np.diag(a0, {k})", [a], () => a.Diag(k), failures, strides: a.NDim == 2);
            JoiningOracle.Check(label, $"np.diagflat(a0, {k})", [a], () => a.DiagFlat(k), failures, strides: true);
            if (a.NDim > 0)
            {
                JoiningOracle.Check(label, $"np.tril(a0, {k})", [a], () => a.Tril(k), failures);
                JoiningOracle.Check(label, $"np.triu(a0, {k})", [a], () => a.Triu(k), failures);
            }

            if (a.NDim == 2)
            {
                using NDArray d = a.Diag(k);
                Assert.False(d.IsWriteable);
                Assert.True(d.Size == 0 || NDArray.MayOverlap(a, d), "diag of a 2-d array is not a view");
            }

            using var l2 = new BridgeLayouts(12000 + seed);
            NDArray b = l2.Array;
            if (a.Size * Math.Max(b.Size, 1) > 5000)
            {
                continue;
            }

            foreach ((MeshgridIndexing indexing, string name) in new[] { (MeshgridIndexing.Xy, "xy"), (MeshgridIndexing.Ij, "ij") })
            {
                bool sparse = rng.Next(2) == 0, copy = rng.Next(2) == 0;
                string flags = $"indexing='{name}', sparse={(sparse ? "True" : "False")}, copy={(copy ? "True" : "False")}";
                cases += 3;
                JoiningOracle.CheckMany(label, $"np.meshgrid(a0, a1, {flags})", [a, b], () => NDArray.Meshgrid([a, b], indexing, sparse, copy), failures);
                JoiningOracle.CheckMany(label, $"np.meshgrid(a0, {flags})", [a], () => NDArray.Meshgrid([a], indexing, sparse, copy), failures);
                JoiningOracle.CheckMany(label, $"np.meshgrid(a0, a1, a0, {flags})", [a, b], () => NDArray.Meshgrid([a, b, a], indexing, sparse, copy), failures);
            }
        }

        JoiningOracle.AssertNone(failures, cases);
    }

    [Fact]
    public void Building_errors_match_numpy_word_for_word()
    {
        using var cube = NDArray.Zeros(DType.Float64, [2, 2, 2]);
        using var scalar = NDArray.Zeros(DType.Float64, []);
        var failures = new List<string>();
        (string Expression, NDArray[] Inputs, Func<NDArray> Ours)[] cases =
        [
            ("np.linspace(0, 1, -1)", [], () => NDArray.Linspace(0, 1, -1)),
            ("np.logspace(0, 1, -3)", [], () => NDArray.Logspace(0, 1, -3)),
            ("np.geomspace(0, 1)", [], () => NDArray.GeomSpace(0, 1)),
            ("np.geomspace(1, 0)", [], () => NDArray.GeomSpace(1, 0)),
            ("np.diag(a0)", [cube], () => cube.Diag()),
            ("np.diag(a0)", [scalar], () => scalar.Diag()),
            ("np.eye(2, -3)", [], () => NDArray.Eye(2, -3)),
        ];
        foreach ((string expression, NDArray[] inputs, Func<NDArray> ours) in cases)
        {
            JoiningOracle.Check(expression, expression, inputs, ours, failures);
        }

        JoiningOracle.AssertNone(failures, cases.Length);
    }
}
