namespace ArrayBridge.Tests;

/// <summary>
/// Flip, FlipUD, FlipLR, Roll, Tile, Repeat and Pad against NumPy over random layouts (every dtype
/// and byte order, C and F, stepped, negative strides, 0-d, empty) with random arguments: dtype,
/// shape, bits, strides where NumPy's result is a view or its layout rule decides, and errors.
/// </summary>
[Collection(PythonCollection.Name)]
public sealed class RearrangingOracleTests
{
    public static TheoryData<int> Blocks => new() { 0, 1, 2, 3 };

    private static string Tuple(IEnumerable<int> values) => "(" + string.Join(", ", values) + (values.Count() == 1 ? ",)" : ")");

    private static string Tuple(IEnumerable<nint> values) => Tuple(values.Select(v => (int)v));

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Flips_are_views_with_numpys_strides_and_values(int block)
    {
        var failures = new List<string>();
        int cases = 0;
        for (int seed = block * 50; seed < block * 50 + 50; seed++)
        {
            using var layouts = new BridgeLayouts(7000 + seed);
            NDArray a = layouts.Array;
            var rng = new Random(seed);
            string label = layouts.ToString();
            int axis = rng.Next(-a.NDim - 1, a.NDim + 1);
            int[] axes = Enumerable.Range(0, rng.Next(0, 3)).Select(_ => rng.Next(-a.NDim, a.NDim + 1)).ToArray();
            cases += 5;
            JoiningOracle.Check(label, "np.flip(a0)", [a], () => Viewing(a, a.Flip()), failures, strides: true);
            JoiningOracle.Check(label, $"np.flip(a0, axis={axis})", [a], () => Viewing(a, a.Flip(axis)), failures, strides: true);
            JoiningOracle.Check(label, $"np.flip(a0, axis={Tuple(axes)})", [a], () => Viewing(a, a.Flip(axes)), failures, strides: true);
            JoiningOracle.Check(label, "np.flipud(a0)", [a], () => Viewing(a, a.FlipUD()), failures, strides: true);
            JoiningOracle.Check(label, "np.fliplr(a0)", [a], () => Viewing(a, a.FlipLR()), failures, strides: true);
        }

        JoiningOracle.AssertNone(failures, cases);
    }

    private static NDArray Viewing(NDArray a, NDArray view)
    {
        Assert.True(view.Size == 0 || NDArray.MayOverlap(a, view), "a flip is not a view");
        return view;
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Roll_matches_numpy(int block)
    {
        var failures = new List<string>();
        int cases = 0;
        for (int seed = block * 50; seed < block * 50 + 50; seed++)
        {
            using var layouts = new BridgeLayouts(8000 + seed);
            NDArray a = layouts.Array;
            var rng = new Random(seed);
            string label = layouts.ToString();
            nint shift = rng.Next(-9, 10);
            int axis = rng.Next(-a.NDim - 1, a.NDim + 1);
            nint[] shifts = Enumerable.Range(0, rng.Next(1, 4)).Select(_ => (nint)rng.Next(-9, 10)).ToArray();
            int[] axes = Enumerable.Range(0, rng.Next(3) == 0 ? 1 : shifts.Length).Select(_ => rng.Next(-a.NDim, a.NDim + (rng.Next(8) == 0 ? 1 : 0))).ToArray();
            cases += 3;
            JoiningOracle.Check(label, $"np.roll(a0, {shift})", [a], () => a.Roll(shift), failures, strides: true);
            JoiningOracle.Check(label, $"np.roll(a0, {shift}, axis={axis})", [a], () => a.Roll(shift, axis), failures, strides: true);
            JoiningOracle.Check(label, $"np.roll(a0, {Tuple(shifts)}, axis={Tuple(axes)})", [a], () => a.Roll(shifts, axes), failures, strides: true);
        }

        JoiningOracle.AssertNone(failures, cases);
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Tile_and_repeat_match_numpy(int block)
    {
        var failures = new List<string>();
        int cases = 0;
        for (int seed = block * 50; seed < block * 50 + 50; seed++)
        {
            using var layouts = new BridgeLayouts(9000 + seed);
            NDArray a = layouts.Array;
            var rng = new Random(seed);
            string label = layouts.ToString();
            nint[] reps = Enumerable.Range(0, rng.Next(0, 4)).Select(_ => (nint)rng.Next(rng.Next(10) == 0 && a.Size > 0 ? -1 : 0, 4)).ToArray();
            nint count = rng.Next(rng.Next(10) == 0 ? -2 : 0, 4);
            int axis = rng.Next(-a.NDim - 1, a.NDim + 1);
            cases += 4;
            JoiningOracle.Check(label, $"np.tile(a0, {Tuple(reps)})", [a], () => a.Tile(reps), failures, strides: reps.All(r => r != 1));
            JoiningOracle.Check(label, $"np.repeat(a0, {count})", [a], () => a.Repeat(count), failures, strides: true);
            JoiningOracle.Check(label, $"np.repeat(a0, {count}, axis={axis})", [a], () => a.Repeat(count, axis), failures, strides: true);
            int n = a.NDim == 0 ? 1 : (int)a.Shape[((axis % Math.Max(a.NDim, 1)) + Math.Max(a.NDim, 1)) % Math.Max(a.NDim, 1)];
            nint[] counts = Enumerable.Range(0, rng.Next(5) == 0 ? n + 1 : n).Select(_ => (nint)rng.Next(rng.Next(20) == 0 ? -1 : 0, 3)).ToArray();
            JoiningOracle.Check(label, $"np.repeat(a0, np.array({Tuple(counts)}, dtype=np.intp), axis={axis})", [a], () => a.Repeat(counts, axis), failures, strides: true);
        }

        JoiningOracle.AssertNone(failures, cases);
    }

    private static readonly (PadMode Mode, string Name)[] Modes =
        [(PadMode.Constant, "constant"), (PadMode.Edge, "edge"), (PadMode.Reflect, "reflect"), (PadMode.Symmetric, "symmetric"), (PadMode.Wrap, "wrap")];

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Pad_matches_numpy_in_every_mode(int block)
    {
        var failures = new List<string>();
        int cases = 0;
        for (int seed = block * 50; seed < block * 50 + 50; seed++)
        {
            using var layouts = new BridgeLayouts(10000 + seed);
            NDArray a = layouts.Array;
            var rng = new Random(seed);
            string label = layouts.ToString();
            foreach ((PadMode mode, string name) in Modes)
            {
                // Widths up to three times the axis length exercise NumPy's repeated reflection and wrapping passes.
                (nint, nint)[] widths = Enumerable.Range(0, rng.Next(4) == 0 ? 1 : a.NDim)
                    .Select(_ => ((nint)rng.Next(0, 10), (nint)rng.Next(0, 10))).ToArray();
                while (PaddedSize(a, widths) > 20000)
                {
                    int k = rng.Next(widths.Length);
                    widths[k] = (widths[k].Item1 / 2, widths[k].Item2 / 2);
                }

                string pyWidths = "(" + string.Join(", ", widths.Select(w => $"({w.Item1}, {w.Item2})")) + (widths.Length == 1 ? ",)" : ")");
                if (widths.Length == 0)
                {
                    pyWidths = "0";
                }

                cases += 2;
                if (mode == PadMode.Constant)
                {
                    (double, double)[] values = Enumerable.Range(0, rng.Next(2) == 0 ? 1 : a.NDim).Select(_ => ((double)rng.Next(-3, 9) / 2, (double)rng.Next(0, 9))).ToArray();
                    string pyValues = "(" + string.Join(", ", values.Select(v => $"({v.Item1:R}, {v.Item2:R})")) + (values.Length == 1 ? ",)" : ")");
                    if (values.Length == 0)
                    {
                        pyValues = "0";
                    }

                    bool unsigned = a.DType.Kind == 'u' || a.DType.Kind == 'b';
                    if (unsigned)
                    {
                        values = values.Select(v => (Math.Abs(v.Item1), Math.Abs(v.Item2))).ToArray();
                        pyValues = "(" + string.Join(", ", values.Select(v => $"({v.Item1:R}, {v.Item2:R})")) + (values.Length == 1 ? ",)" : ")");
                        if (values.Length == 0)
                        {
                            pyValues = "0";
                        }
                    }

                    JoiningOracle.Check(label, $"np.pad(a0, {pyWidths}, mode='constant', constant_values={pyValues})", [a], () => a.Pad(widths, mode, values), failures, strides: true);
                }
                else
                {
                    JoiningOracle.Check(label, $"np.pad(a0, {pyWidths}, mode='{name}')", [a], () => a.Pad(widths, mode), failures, strides: true);
                }

                nint w = rng.Next(0, 5);
                while (w > 0 && PaddedSize(a, [(w, w)]) > 20000)
                {
                    w--;
                }

                JoiningOracle.Check(label, $"np.pad(a0, {w}, mode='{name}')", [a], () => a.Pad(w, mode), failures, strides: true);
            }
        }

        JoiningOracle.AssertNone(failures, cases);
    }

    /// <summary>The size of the padded result, to keep random cases small.</summary>
    private static double PaddedSize(NDArray a, (nint, nint)[] widths)
    {
        double size = 1;
        for (int d = 0; d < a.NDim; d++)
        {
            (nint b, nint f) = widths.Length == 1 ? widths[0] : widths[d];
            size *= a.Shape[d] + b + f;
        }

        return size;
    }

    [Fact]
    public void Rearranging_errors_match_numpy_word_for_word()
    {
        using var m = NDArray.Zeros(DType.Float64, [2, 2]);
        using var v = NDArray.Arange<long>(3);
        using var s = NDArray.Zeros(DType.Float64, []);
        using var e = NDArray.Zeros(DType.Float64, [0, 2]);
        var failures = new List<string>();
        (string Expression, NDArray[] Inputs, Func<NDArray> Ours)[] cases =
        [
            ("np.flip(a0, axis=2)", [m], () => m.Flip(2)),
            ("np.flip(a0, axis=(0, 0))", [m], () => m.Flip([0, 0])),
            ("np.flip(a0, axis=(0, 5, 0))", [m], () => m.Flip([0, 5, 0])),
            ("np.flipud(a0)", [s], () => s.FlipUD()),
            ("np.fliplr(a0)", [v], () => v.FlipLR()),
            ("np.roll(a0, (1, 2), axis=(0, 1, 1))", [m], () => m.Roll([1, 2], [0, 1, 1])),
            ("np.roll(a0, 1, axis=3)", [m], () => m.Roll(1, 3)),
            ("np.repeat(a0, [1, 2])", [v], () => v.Repeat([1, 2])),
            ("np.repeat(a0, -1)", [v], () => v.Repeat(-1)),
            ("np.repeat(a0, [1, -2, 1])", [v], () => v.Repeat([1, -2, 1])),
            ("np.repeat(a0, 2, axis=1)", [v], () => v.Repeat(2, 1)),
            ("np.tile(a0, -1)", [v], () => v.Tile(-1)),
            ("np.pad(a0, ((1, 2), (1, 2), (3, 3)))", [m], () => m.Pad([(1, 2), (1, 2), (3, 3)])),
            ("np.pad(a0, -1)", [m], () => m.Pad(-1)),
            ("np.pad(a0, 1, mode='edge')", [e], () => e.Pad(1, PadMode.Edge)),
            ("np.pad(a0, 1, mode='reflect')", [e], () => e.Pad(1, PadMode.Reflect)),
            ("np.pad(a0, 1, mode='wrap')", [e], () => e.Pad(1, PadMode.Wrap)),
            ("np.pad(a0, ((0, 0), (1, 1)), mode='wrap')", [e], () => e.Pad([(0, 0), (1, 1)], PadMode.Wrap)),
            ("np.pad(a0, 1, mode='edge', constant_values=3)", [m], () => m.Pad([(1, 1)], PadMode.Edge, [(3, 3)])),
        ];
        foreach ((string expression, NDArray[] inputs, Func<NDArray> ours) in cases)
        {
            JoiningOracle.Check(expression, expression, inputs, ours, failures);
        }

        JoiningOracle.AssertNone(failures, cases.Length);
    }
}
