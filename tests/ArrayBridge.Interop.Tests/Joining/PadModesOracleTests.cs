using System.Globalization;

namespace ArrayBridge.Tests;

/// <summary>
/// Pad's linear_ramp, maximum, minimum, mean, median and empty modes and odd reflection against
/// NumPy over random layouts (every dtype, both byte orders, C and F bases, strided and broadcast
/// views): widths per axis or one pair for all (up to three times the axis length for reflection),
/// end values and statistic lengths per axis or shared (0 included), compared bit for bit with
/// NumPy's strides; the empty mode compares the original area and the shape. Errors carry
/// NumPy's text.
/// </summary>
[Collection(PythonCollection.Name)]
public sealed class PadModesOracleTests
{
    public static TheoryData<int> Blocks => new() { 0, 1, 2, 3 };

    private static readonly (PadMode Mode, string Name)[] Statistics =
        [(PadMode.Maximum, "maximum"), (PadMode.Minimum, "minimum"), (PadMode.Mean, "mean"), (PadMode.Median, "median")];

    [Theory]
    [MemberData(nameof(Blocks))]
    public void New_modes_match_numpy(int block)
    {
        var failures = new List<string>();
        int cases = 0;
        for (int seed = block * 50; seed < block * 50 + 50; seed++)
        {
            using var layouts = new BridgeLayouts(15000 + seed);
            var rng = new Random(seed);
            SortSpecials.Plant(layouts.Base, rng, layouts.Base.Size > 0 ? rng.Next(0, 3) : 0);
            NDArray a = layouts.Array;
            string label = layouts.ToString();

            (nint, nint)[] widths = Widths(a, rng, 10);
            string pyWidths = Pairs(widths);
            (double, double)[] ends = RandomPairs(a, rng, () => rng.Next(-8, 17) / 2.0);
            cases++;
            JoiningOracle.Check(label, $"np.pad(a0, {pyWidths}, mode='linear_ramp', end_values={Pairs(ends)})", [a], () => a.Pad(widths, PadMode.LinearRamp, endValues: ends), failures, strides: true);
            cases++;
            JoiningOracle.Check(label, $"np.pad(a0, {pyWidths}, mode='linear_ramp')", [a], () => a.Pad(widths, PadMode.LinearRamp), failures, strides: true);

            foreach ((PadMode mode, string name) in Statistics)
            {
                (nint, nint)[] w = Widths(a, rng, 6);
                // A mean or median over no element is NaN, whose cast to an unsigned integer is the C
                // compiler's undefined behaviour in NumPy; lengths of 0 go to the float and signed cases.
                int least = mode is PadMode.Mean or PadMode.Median && a.DType.Kind is 'u' or 'b' ? 1 : 0;
                (nint, nint)[] lengths = RandomPairs(a, rng, () => (nint)rng.Next(least, 5));
                bool all = rng.Next(3) == 0;
                cases++;
                JoiningOracle.Check(label, $"np.pad(a0, {Pairs(w)}, mode='{name}'{(all ? "" : $", stat_length={Pairs(lengths)}")})", [a],
                    () => all ? a.Pad(w, mode) : a.Pad(w, mode, statLength: lengths), failures, strides: true);
            }

            foreach ((PadMode mode, string name) in new[] { (PadMode.Reflect, "reflect"), (PadMode.Symmetric, "symmetric") })
            {
                (nint, nint)[] w = Widths(a, rng, 10);
                cases++;
                JoiningOracle.Check(label, $"np.pad(a0, {Pairs(w)}, mode='{name}', reflect_type='odd')", [a], () => a.Pad(w, mode, reflectType: PadReflectType.Odd), failures, strides: true);
            }

            // The added area of 'empty' is undefined: the original area, dtype, shape and strides must match.
            (nint, nint)[] e = Widths(a, rng, 4);
            string inner = string.Join(", ", Enumerable.Range(0, a.NDim).Select(d =>
            {
                (nint b, nint f) = e.Length == 1 ? e[0] : e[d];
                return $"{b}:{b + a.Shape[d]}";
            }));
            inner = inner.Length == 0 ? "..." : inner;
            cases++;
            JoiningOracle.Check(label, $"np.pad(a0, {Pairs(e)}, mode='empty')[{inner}]", [a], () =>
            {
                using NDArray padded = a.Pad(e, PadMode.Empty);
                return padded[inner];
            }, failures, strides: true);
        }

        JoiningOracle.AssertNone(failures, cases);
    }

    [Fact]
    public void Integer_statistics_round_half_to_even_and_ramps_floor()
    {
        var failures = new List<string>();
        using NDArray ints = NDArray.FromArray(new[] { 1, 2, 5, 6, 9, 2 });
        using NDArray bytes = NDArray.FromArray(new byte[] { 1, 2, 3, 250 }).Reshape(2, 2);
        using NDArray halves = NDArray.FromArray(new[] { 1.5, 2, 3, 7 }).AsType(DType.Float16).Reshape(1, 4);
        using NDArray flags = NDArray.FromArray(new[] { true, false, false });
        (string Expression, NDArray Input, Func<NDArray> Ours)[] all =
        [
            ("np.pad(a0, 3, mode='mean')", ints, () => ints.Pad(3, PadMode.Mean)),
            ("np.pad(a0, 3, mode='mean', stat_length=2)", ints, () => ints.Pad([(3, 3)], PadMode.Mean, statLength: [(2, 2)])),
            ("np.pad(a0, 3, mode='median', stat_length=(2, 4))", ints, () => ints.Pad([(3, 3)], PadMode.Median, statLength: [(2, 4)])),
            ("np.pad(a0, 3, mode='mean', stat_length=0)", ints, () => ints.Pad([(3, 3)], PadMode.Mean, statLength: [(0, 0)])),
            ("np.pad(a0, 3, mode='linear_ramp', end_values=(-7, 200))", ints, () => ints.Pad([(3, 3)], PadMode.LinearRamp, endValues: [(-7, 200)])),
            ("np.pad(a0, ((1, 2), (3, 3)), mode='linear_ramp', end_values=(-7, 2.5))", bytes, () => bytes.Pad([(1, 2), (3, 3)], PadMode.LinearRamp, endValues: [(-7, 2.5)])),
            ("np.pad(a0, ((0, 0), (5, 5)), mode='linear_ramp', end_values=(-7.3, 2))", halves, () => halves.Pad([(0, 0), (5, 5)], PadMode.LinearRamp, endValues: [(-7.3, 2)])),
            ("np.pad(a0, 3, mode='linear_ramp')", flags, () => flags.Pad(3, PadMode.LinearRamp)),
            ("np.pad(a0, 5, mode='symmetric', reflect_type='odd')", bytes, () => bytes.Pad([(5, 5)], PadMode.Symmetric, reflectType: PadReflectType.Odd)),
            ("np.pad(a0, 4, mode='reflect', reflect_type='odd')", flags, () => flags.Pad([(4, 4)], PadMode.Reflect, reflectType: PadReflectType.Odd)),
            ("np.pad(a0, 2, mode='median')", bytes, () => bytes.Pad(2, PadMode.Median)),
            ("np.pad(a0, 2, mode='mean')", halves, () => halves.Pad(2, PadMode.Mean)),
        ];
        foreach ((string expression, NDArray input, Func<NDArray> ours) in all)
        {
            JoiningOracle.Check(expression, expression, [input], ours, failures, strides: true);
        }

        JoiningOracle.AssertNone(failures, all.Length);
    }

    [Fact]
    public void Pad_mode_errors_match_numpy_word_for_word()
    {
        using var m = NDArray.Zeros(DType.Float64, [2, 2]);
        using var e = NDArray.Zeros(DType.Float64, [0, 2]);
        var failures = new List<string>();
        (string Expression, NDArray Input, Func<NDArray> Ours)[] all =
        [
            ("np.pad(a0, 1, mode='maximum', stat_length=0)", m, () => m.Pad([(1, 1)], PadMode.Maximum, statLength: [(0, 0)])),
            ("np.pad(a0, 0, mode='minimum', stat_length=((1, 1), (0, 1)))", m, () => m.Pad([(0, 0)], PadMode.Minimum, statLength: [(1, 1), (0, 1)])),
            ("np.pad(a0, 1, mode='mean', stat_length=-1)", m, () => m.Pad([(1, 1)], PadMode.Mean, statLength: [(-1, -1)])),
            ("np.pad(a0, 1, mode='median', stat_length=((1, 1), (1, 1), (1, 1)))", m, () => m.Pad([(1, 1)], PadMode.Median, statLength: [(1, 1), (1, 1), (1, 1)])),
            ("np.pad(a0, 1, mode='linear_ramp', end_values=((1, 1), (1, 1), (1, 1)))", m, () => m.Pad([(1, 1)], PadMode.LinearRamp, endValues: [(1, 1), (1, 1), (1, 1)])),
            ("np.pad(a0, 1, mode='mean')", e, () => e.Pad(1, PadMode.Mean)),
            ("np.pad(a0, 1, mode='maximum', stat_length=0)", e, () => e.Pad([(1, 1)], PadMode.Maximum, statLength: [(0, 0)])),
            ("np.pad(a0, 1, mode='linear_ramp')", e, () => e.Pad(1, PadMode.LinearRamp)),
            ("np.pad(a0, ((0, 0), (1, 1)), mode='median')", e, () => e.Pad([(0, 0), (1, 1)], PadMode.Median)),
            ("np.pad(a0, 1, mode='mean', end_values=2)", m, () => m.Pad([(1, 1)], PadMode.Mean, endValues: [(2, 2)])),
            ("np.pad(a0, 1, mode='linear_ramp', stat_length=2)", m, () => m.Pad([(1, 1)], PadMode.LinearRamp, statLength: [(2, 2)])),
            ("np.pad(a0, 1, mode='edge', reflect_type='odd')", m, () => m.Pad([(1, 1)], PadMode.Edge, reflectType: PadReflectType.Odd)),
            ("np.pad(a0, 1, mode='empty', constant_values=0)", m, () => m.Pad([(1, 1)], PadMode.Empty, [(0, 0)])),
        ];
        foreach ((string expression, NDArray input, Func<NDArray> ours) in all)
        {
            JoiningOracle.Check(expression, expression, [input], ours, failures);
        }

        JoiningOracle.AssertNone(failures, all.Length);

        // 'empty' may extend an empty axis: NumPy's np.pad(np.zeros((0, 2)), 1, mode='empty') has shape (2, 4).
        using NDArray grown = e.Pad(1, PadMode.Empty);
        Assert.Equal([2, 4], grown.Shape.ToArray());
    }

    private static (nint, nint)[] Widths(NDArray a, Random rng, int max)
    {
        (nint, nint)[] widths = Enumerable.Range(0, rng.Next(4) == 0 ? 1 : a.NDim)
            .Select(_ => ((nint)rng.Next(0, max), (nint)rng.Next(0, max))).ToArray();
        while (PaddedSize(a, widths) > 20000)
        {
            int k = rng.Next(widths.Length);
            widths[k] = (widths[k].Item1 / 2, widths[k].Item2 / 2);
        }

        return widths;
    }

    private static (T, T)[] RandomPairs<T>(NDArray a, Random rng, Func<T> next) =>
        Enumerable.Range(0, rng.Next(2) == 0 ? 1 : a.NDim).Select(_ => (next(), next())).ToArray();

    private static string Pairs<T1, T2>((T1, T2)[] pairs)
    {
        if (pairs.Length == 0)
            return "0";
        return "(" + string.Join(", ", pairs.Select(p => string.Create(CultureInfo.InvariantCulture, $"({p.Item1}, {p.Item2})"))) + (pairs.Length == 1 ? ",)" : ")");
    }

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
}
