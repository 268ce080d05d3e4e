namespace ArrayBridge.Tests;

/// <summary>
/// <c>Median</c>, <c>Quantile</c> and <c>Percentile</c> against NumPy over random views of every real
/// dtype and byte order, every axis, None, axis tuples and keepdims, scalar and array q, every
/// method, with NaN planted in some lanes: dtype, shape and bits must match (the formulas are
/// NumPy's, evaluated in the same order).
/// </summary>
[Collection(PythonCollection.Name)]
public sealed class QuantileOracleTests
{
    private static readonly (QuantileMethod Method, string Name)[] Methods =
    [
        (QuantileMethod.Linear, "linear"), (QuantileMethod.Lower, "lower"), (QuantileMethod.Higher, "higher"),
        (QuantileMethod.Nearest, "nearest"), (QuantileMethod.Midpoint, "midpoint"),
        (QuantileMethod.InterpolatedInvertedCdf, "interpolated_inverted_cdf"), (QuantileMethod.Hazen, "hazen"),
        (QuantileMethod.Weibull, "weibull"), (QuantileMethod.MedianUnbiased, "median_unbiased"),
        (QuantileMethod.NormalUnbiased, "normal_unbiased"),
    ];

    public static TheoryData<int> Blocks => new() { 0, 1, 2, 3 };

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Random_views_every_axis_and_method_match_numpy(int block)
    {
        var failures = new List<string>();
        int cases = 0;
        for (int seed = block * 60; seed < block * 60 + 60; seed++)
        {
            using var layouts = new BridgeLayouts(1000 + seed);
            NDArray a = layouts.Array;
            var rng = new Random(seed);
            PlantNaN(a, rng);
            foreach ((Axes axis, string pyAxis) in AxisChoices(a.NDim, rng))
            {
                bool keepdims = rng.Next(3) == 0;
                string kd = keepdims ? "True" : "False";
                cases++;
                StatisticsOracle.Check(layouts.ToString(), a, $"np.median(a, axis={pyAxis}, keepdims={kd})",
                    () => NDArray.Median(a, axis, keepdims: keepdims), failures);

                // Complex medians are checked above; NumPy 2 refuses complex quantiles, as ArrayBridge does.
                if (a.DType.Kind == 'c')
                    continue;

                (QuantileMethod method, string name) = Methods[rng.Next(Methods.Length)];
                double q = rng.Next(5) switch { 0 => 0, 1 => 1, _ => Math.Round(rng.NextDouble(), 3) };
                cases++;
                StatisticsOracle.Check(layouts.ToString(), a, $"np.quantile(a, {R(q)}, axis={pyAxis}, keepdims={kd}, method='{name}')",
                    () => NDArray.Quantile(a, q, axis, keepdims: keepdims, method: method), failures);

                double[] qs = [0, Math.Round(rng.NextDouble(), 2), 0.5, 1, Math.Round(rng.NextDouble(), 4)];
                using NDArray qArray = NDArray.FromArray(qs);
                cases++;
                StatisticsOracle.Check(layouts.ToString(), a, $"np.quantile(a, np.array([{string.Join(", ", qs.Select(R))}]), axis={pyAxis}, keepdims={kd}, method='{name}')",
                    () => NDArray.Quantile(a, qArray, axis, keepdims: keepdims, method: method), failures);

                double p = Math.Round(rng.NextDouble() * 100, 1);
                cases++;
                StatisticsOracle.Check(layouts.ToString(), a, $"np.percentile(a, {R(p)}, axis={pyAxis}, keepdims={kd}, method='{name}')",
                    () => NDArray.Percentile(a, p, axis, keepdims: keepdims, method: method), failures);
            }
        }

        StatisticsOracle.AssertNone(failures, cases);
    }

    [Theory]
    [InlineData("<f8")]
    [InlineData("<f4")]
    [InlineData(">f2")]
    [InlineData("<i8")]
    [InlineData("|i1")]
    [InlineData(">u8")]
    [InlineData("<c16")]
    [InlineData(">c8")]
    public void Long_lanes_with_duplicates_match_numpy(string dtype)
    {
        // Long lanes exercise the selection's partitioning (many duplicates, presorted, reversed runs).
        var failures = new List<string>();
        int cases = 0;
        var rng = new Random(FixedSeed.Of(dtype));
        using NDArray<double> values = NDArray.Empty<double>(4 * 1001);
        Span<double> s = values.AsSpan<double>();
        for (int i = 0; i < s.Length; i++)
        {
            s[i] = (i / 1001) switch
            {
                0 => Math.Round(rng.NextDouble() * 100, 1),
                1 => rng.Next(4),
                2 => i,
                _ => -i,
            };
        }

        using NDArray shaped = values.Reshape(4, 1001);
        using NDArray a = shaped.AsType(DType.Parse(dtype));
        using NDArray t = a.Transpose();
        using NDArray qArray = NDArray.FromArray(new[] { 0.0, 0.001, 0.25, 0.3333, 0.5, 0.75, 0.999, 1.0 });
        foreach (NDArray x in new[] { a, t })
        {
            foreach ((Axes axis, string pyAxis) in new (Axes, string)[] { (Axes.All, "None"), (0, "0"), (1, "1"), (-1, "-1") })
            {
                cases++;
                StatisticsOracle.Check(dtype, x, $"np.median(a, axis={pyAxis})", () => NDArray.Median(x, axis), failures);
                if (x.DType.Kind == 'c')
                    continue;
                foreach ((QuantileMethod method, string name) in Methods)
                {
                    cases++;
                    StatisticsOracle.Check(dtype, x, $"np.quantile(a, [0.0, 0.001, 0.25, 0.3333, 0.5, 0.75, 0.999, 1.0], axis={pyAxis}, method='{name}')",
                        () => NDArray.Quantile(x, qArray, axis, method: method), failures);
                }
            }
        }

        StatisticsOracle.AssertNone(failures, cases);
    }

    [Fact]
    public void Errors_empty_and_special_values_match_numpy()
    {
        var failures = new List<string>();
        int cases = 0;
        using NDArray r = NDArray.Arange<double>(6).Reshape(2, 3);
        using NDArray empty = NDArray.Zeros<double>(0, 3);
        using NDArray emptyInt = NDArray.Zeros<sbyte>(0, 3);
        using NDArray emptyRows = NDArray.Zeros<float>(3, 0);
        using NDArray bools = NDArray.FromArray(new[] { true, false, true });
        using NDArray wrap = NDArray.FromArray(new sbyte[] { -100, 100 });
        using NDArray specials = NDArray.FromArray(new[] { double.NegativeInfinity, -0.0, 0.0, double.PositiveInfinity, 1e308, -1e308 });
        using NDArray zeros = NDArray.FromArray(new[] { -0.0, -0.0, -0.0 });
        using NDArray q3 = NDArray.Zeros<double>(1, 1, 1);
        using NDArray q2 = NDArray.Full<double>([2, 2], 0.25);
        (string Py, Func<NDArray> Ours, NDArray Input)[] all =
        [
            ("np.quantile(a, 1.5)", () => NDArray.Quantile(r, 1.5), r),
            ("np.quantile(a, -0.1)", () => NDArray.Quantile(r, -0.1), r),
            ("np.quantile(a, float('nan'))", () => NDArray.Quantile(r, double.NaN), r),
            ("np.percentile(a, 100.5)", () => NDArray.Percentile(r, 100.5), r),
            ("np.quantile(a, np.zeros((1, 1, 1)))", () => NDArray.Quantile(r, q3), r),
            ("np.quantile(a, np.full((2, 2), 0.25), axis=1)", () => NDArray.Quantile(r, q2, 1), r),
            ("np.quantile(a, 0.5, axis=2)", () => NDArray.Quantile(r, 0.5, 2), r),
            ("np.median(a, axis=(0, 0))", () => NDArray.Median(r, (0, 0)), r),
            ("np.median(a, axis=-3)", () => NDArray.Median(r, -3), r),
            ("np.quantile(a, 0.5, axis=0)", () => NDArray.Quantile(empty, 0.5, 0), empty),
            ("np.quantile(a, 0.5, axis=0, method='lower')", () => NDArray.Quantile(empty, 0.5, 0, method: QuantileMethod.Lower), empty),
            ("np.quantile(a, 0.5, axis=0, method='lower')", () => NDArray.Quantile(emptyInt, 0.5, 0, method: QuantileMethod.Lower), emptyInt),
            ("np.quantile(a, 0.5, axis=0)", () => NDArray.Quantile(emptyRows, 0.5, 0), emptyRows),
            ("np.median(a, axis=0)", () => NDArray.Median(empty, 0), empty),
            ("np.median(a)", () => NDArray.Median(empty), empty),
            ("np.median(a, axis=0)", () => NDArray.Median(emptyInt, 0), emptyInt),
            ("np.median(a, axis=0)", () => NDArray.Median(emptyRows, 0), emptyRows),
            ("np.median(a, axis=1)", () => NDArray.Median(emptyRows, 1), emptyRows),
            ("np.quantile(a, 0.5)", () => NDArray.Quantile(bools, 0.5), bools),
            ("np.quantile(a, 0.5, method='higher')", () => NDArray.Quantile(bools, 0.5, method: QuantileMethod.Higher), bools),
            ("np.median(a)", () => NDArray.Median(bools), bools),
            ("np.quantile(a, 0.5)", () => NDArray.Quantile(wrap, 0.5), wrap),
            ("np.quantile(a, 0.25)", () => NDArray.Quantile(wrap, 0.25), wrap),
            ("np.median(a)", () => NDArray.Median(wrap), wrap),
            ("np.median(a)", () => NDArray.Median(zeros), zeros),
            ("np.quantile(a, 0.5)", () => NDArray.Quantile(zeros, 0.5), zeros),
            ("np.quantile(a, 1.0)", () => NDArray.Quantile(zeros, 1.0), zeros),
            ("np.quantile(a, 1.0)", () => NDArray.Quantile(specials, 1.0), specials),
            ("np.quantile(a, 0.0)", () => NDArray.Quantile(specials, 0.0), specials),
            ("np.quantile(a, 0.5)", () => NDArray.Quantile(specials, 0.5), specials),
            ("np.quantile(a, 0.9)", () => NDArray.Quantile(specials, 0.9), specials),
            ("np.median(a)", () => NDArray.Median(specials), specials),
        ];
        foreach ((string py, Func<NDArray> ours, NDArray input) in all)
        {
            cases++;
            StatisticsOracle.Check("edge", input, py, ours, failures);
        }

        StatisticsOracle.AssertNone(failures, cases);
    }

    [Fact]
    public void Complex_quantiles_are_refused_with_numpy_2s_message()
    {
        using NDArray c = NDArray.FromArray(new[] { new System.Numerics.Complex(1, 2), new System.Numerics.Complex(3, -1) });
        var e = Assert.Throws<ArgumentException>(() => NDArray.Quantile(c, 0.5));
        Assert.StartsWith("a must be an array of real numbers", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => NDArray.NanPercentile(c, 50));
        Assert.Throws<NotSupportedException>(() => NDArray.NanMedian(c));
    }

    [Fact]
    public void Out_receives_the_result_as_numpy_writes_it()
    {
        var failures = new List<string>();
        using NDArray r = NDArray.Arange<double>(12).Reshape(3, 4);
        using NDArray o = NDArray.Zeros(DType.Parse(">f4"), [4]);
        using NDArray o2 = NDArray.Zeros(DType.Parse("<f8"), [2, 3]);
        using NDArray qs = NDArray.FromArray(new[] { 0.1, 0.9 });
        StatisticsOracle.Check("out", r, "np.median(a, axis=0, out=np.zeros(4, '>f4'))", () => NDArray.Median(r, 0, o), failures);
        StatisticsOracle.Check("out", r, "np.quantile(a, np.array([0.1, 0.9]), axis=1, out=np.zeros((2, 3)))", () => NDArray.Quantile(r, qs, 1, o2), failures);
        StatisticsOracle.AssertNone(failures, 2);
    }

    // Always a Python float: np.quantile(a, 0) with an int q takes NumPy's integer-index path.
    private static string R(double v)
    {
        string text = v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    private static IEnumerable<(Axes, string)> AxisChoices(int ndim, Random rng)
    {
        yield return (Axes.All, "None");
        for (int i = 0; i < ndim; i++)
        {
            yield return rng.Next(2) == 0 ? (i, i.ToString()) : (i - ndim, (i - ndim).ToString());
        }

        if (ndim >= 2)
        {
            int x = rng.Next(ndim), y = (x + 1 + rng.Next(ndim - 1)) % ndim;
            yield return ((x, y), $"({x}, {y})");
        }

        yield return (Axes.Of(), "()");
    }

    private static unsafe void PlantNaN(NDArray a, Random rng)
    {
        if (a.DType.Kind is not ('f' or 'c') || a.Size == 0 || rng.Next(3) != 0 || !a.IsWriteable)
            return;

        // A NaN at one random position of the view, through a 0-d view of that element.
        var index = new NDIndex[a.NDim];
        for (int i = 0; i < a.NDim; i++)
            index[i] = (nint)rng.Next((int)a.Shape[i]);
        using NDArray element = a.Index(index);
        using NDArray one = NDArray.FromArray(new[] { double.NaN });
        using NDArray nan = one.Reshape();
        nan.CopyTo(element, Casting.Unsafe);
    }
}
