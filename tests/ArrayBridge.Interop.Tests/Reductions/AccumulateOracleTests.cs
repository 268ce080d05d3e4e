namespace ArrayBridge.Tests;

/// <summary>
/// <c>CumSum</c>/<c>CumProd</c> against <c>np.cumsum</c>/<c>np.cumprod</c> over random views of
/// every dtype and byte order (C, F, stepped, reversed, transposed, broadcast, 0-d, empty), every
/// axis and None, with dtype= and out=: dtype, shape and bits must match (NumPy accumulates in
/// order, so float sums are reproduced exactly).
/// </summary>
[Collection(PythonCollection.Name)]
public sealed class AccumulateOracleTests
{
    private static readonly string[] Accumulators = ["<i8", "<u8", "|i1", "<f4", "<f8", "<f2", "<c8", "|b1"];

    [Theory]
    [InlineData("cumsum")]
    [InlineData("cumprod")]
    public void Random_views_every_axis_match_numpy(string name)
    {
        var failures = new List<string>();
        int cases = 0;
        for (int seed = 0; seed < 200; seed++)
        {
            using var layouts = new BridgeLayouts(seed);
            NDArray a = layouts.Array;
            for (int axis = -1; axis <= a.NDim; axis++)
            {
                // -1 stands for None here; axis == ndim checks the out-of-bounds message.
                int? ax = axis < 0 ? null : axis;
                string pyAxis = ax is null ? "None" : ax.Value.ToString();
                cases++;
                StatisticsOracle.Check(layouts.ToString(), a, $"np.{name}(a, axis={pyAxis})", () => Call(name, a, ax, null, null), failures);
            }

            // dtype= picks the accumulator (cast unsafely); out= of another dtype and byte order receives it.
            string dt = Accumulators[seed % Accumulators.Length];
            int? axisChoice = a.NDim == 0 ? null : seed % (a.NDim + 1) == a.NDim ? null : seed % (a.NDim + 1);
            string pyChoice = axisChoice is null ? "None" : axisChoice.Value.ToString();
            cases++;
            StatisticsOracle.Check(layouts.ToString(), a, $"np.{name}(a, axis={pyChoice}, dtype=np.dtype('{dt}'))",
                () => Call(name, a, axisChoice, DType.Parse(dt), null), failures);

            nint[] shape = axisChoice is null ? [a.Size] : a.Shape.ToArray();
            using NDArray o = NDArray.Zeros(DType.Parse(seed % 2 == 0 ? ">f8" : "<i4"), shape);
            cases++;
            StatisticsOracle.Check(layouts.ToString(), a, $"np.{name}(a, axis={pyChoice}, out=np.zeros({Tuple(shape)}, dtype=np.dtype('{o.DType.TypeStr}')))",
                () => Call(name, a, axisChoice, null, o), failures);
        }

        StatisticsOracle.AssertNone(failures, cases);
    }

    [Theory]
    [InlineData("cumsum")]
    [InlineData("cumprod")]
    public void Long_float_lanes_are_bit_exact_along_every_axis(string name)
    {
        // Long lanes make any reassociation (pairwise or vectorized sums) visible in the last bits.
        var rng = new Random(name.Length);
        var failures = new List<string>();
        int cases = 0;
        foreach (string dt in new[] { "<f8", ">f4", "<f2", "<c16", "<c8" })
        {
            using NDArray<double> values = NDArray.Empty<double>(3 * 700);
            Span<double> s = values.AsSpan<double>();
            for (int i = 0; i < s.Length; i++)
                s[i] = name == "cumprod" ? 1 + (rng.NextDouble() - 0.5) * 0.01 : rng.NextDouble() * 2 - 1;
            using NDArray shaped = values.Reshape(3, 700);
            using NDArray a = shaped.AsType(DType.Parse(dt));
            using NDArray t = a.Transpose();
            using NDArray rev = t["::-1"];
            foreach (NDArray x in new[] { a, t, rev })
            {
                foreach (int? axis in new int?[] { null, 0, 1 })
                {
                    cases++;
                    StatisticsOracle.Check($"{dt} {Layout.Format(x.Shape)}", x, $"np.{name}(a, axis={(axis is null ? "None" : axis.ToString())})", () => Call(name, x, axis, null, null), failures);
                }
            }
        }

        StatisticsOracle.AssertNone(failures, cases);
    }

    [Fact]
    public void Integer_wraparound_and_out_shape_errors_match_numpy()
    {
        var failures = new List<string>();
        int cases = 0;
        using NDArray big = NDArray.Full<long>([4], long.MaxValue / 2);
        using NDArray small = NDArray.Full<sbyte>([5], 100);
        using NDArray u = NDArray.Full<byte>([5], 200);
        foreach (NDArray a in new[] { big, small, u })
        {
            foreach (string dt in new[] { "|i1", "|u1", "<i2", "<u4", "<i8" })
            {
                cases += 2;
                StatisticsOracle.Check("wrap", a, $"np.cumsum(a, dtype=np.dtype('{dt}'))", () => NDArray.CumSum(a, dtype: DType.Parse(dt)), failures);
                StatisticsOracle.Check("wrap", a, $"np.cumprod(a, dtype=np.dtype('{dt}'))", () => NDArray.CumProd(a, dtype: DType.Parse(dt)), failures);
            }
        }

        using NDArray m = NDArray.Zeros<double>(2, 3);
        using NDArray wrongRows = NDArray.Zeros<double>(3, 3);
        using NDArray flat = NDArray.Zeros<double>(5);
        using NDArray flatInt = NDArray.Zeros<sbyte>(5);
        using NDArray column = NDArray.Zeros<double>(6, 1);
        using NDArray six = NDArray.Zeros<double>(6);
        cases += 7;
        StatisticsOracle.Check("out", m, "np.cumsum(a, axis=0, out=np.zeros((3, 3)))", () => NDArray.CumSum(m, 0, @out: wrongRows), failures);
        StatisticsOracle.Check("out", m, "np.cumsum(a, out=np.zeros(5))", () => NDArray.CumSum(m, @out: flat), failures);
        StatisticsOracle.Check("out", six, "np.cumsum(a, out=np.zeros(5))", () => NDArray.CumSum(six, @out: flat), failures);
        StatisticsOracle.Check("out", six, "np.cumsum(a, out=np.zeros(5, np.int8))", () => NDArray.CumSum(six, @out: flatInt), failures);
        StatisticsOracle.Check("out", six, "np.cumprod(a, axis=0, out=np.zeros((6, 1)))", () => NDArray.CumProd(six, 0, @out: column), failures);
        StatisticsOracle.Check("out", m, "np.cumsum(a, out=np.zeros((6, 1)))", () => NDArray.CumSum(m, @out: column), failures);
        StatisticsOracle.Check("axis", m, "np.cumsum(a, axis=-3)", () => NDArray.CumSum(m, -3), failures);
        StatisticsOracle.AssertNone(failures, cases);
    }

    private static NDArray Call(string name, NDArray a, int? axis, DType? dtype, NDArray? @out) =>
        name == "cumsum" ? NDArray.CumSum(a, axis, dtype, @out) : NDArray.CumProd(a, axis, dtype, @out);

    private static string Tuple(nint[] shape) => shape.Length == 1 ? $"({shape[0]},)" : $"({string.Join(", ", shape)})";
}
