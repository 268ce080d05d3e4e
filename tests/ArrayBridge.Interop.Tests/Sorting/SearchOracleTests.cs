using ArrayBridge.Interop;

namespace ArrayBridge.Tests;

/// <summary>
/// SearchSorted, LexSort and Unique against the embedded NumPy: random views of every dtype and
/// byte order with NaN, ±inf and signed zeros planted; values searched in their common dtype with
/// other dtypes, both sides, with and without a sorter; lexsort over keys of two dtypes along every
/// axis; unique with every companion output and both NaN modes. Results must match exactly.
/// </summary>
[Collection(PythonCollection.Name)]
public sealed class SearchOracleTests
{
    public static TheoryData<int> Blocks => new() { 0, 1, 2, 3 };

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Random_views_searchsorted_matches_numpy(int block)
    {
        var failures = new List<string>();
        int cases = 0;
        for (int seed = block * 50; seed < block * 50 + 50; seed++)
        {
            using var layouts = new BridgeLayouts(9000 + seed);
            using var others = new BridgeLayouts(9500 + seed);
            var rng = new Random(seed);
            SortSpecials.Plant(layouts.Base, rng);
            SortSpecials.Plant(others.Base, rng);
            NDArray a = layouts.Array;
            using NDArray flat = a.Flatten();
            using NDArray sorted = NDArray.Sort(a, null);
            using NDArray sorter = NDArray.ArgSort(flat);
            using PyObject pySorted = NumPy.ToNumPy(sorted);
            using PyObject pyFlat = NumPy.ToNumPy(flat);
            using PyObject pyOther = NumPy.ToNumPy(others.Array);
            string label = $"{layouts} / values {others}";
            foreach ((SearchSide side, string py) in new[] { (SearchSide.Left, "left"), (SearchSide.Right, "right") })
            {
                cases += 4;
                StatisticsOracle.Check(label, a, $"np.searchsorted(s, a, side='{py}')", () => NDArray.SearchSorted(sorted, a, side), failures, 0, ("s", pySorted));
                StatisticsOracle.Check(label, a, $"np.searchsorted(u, a, side='{py}', sorter=np.argsort(u, kind='stable'))", () => NDArray.SearchSorted(flat, a, side, sorter), failures, 0, ("u", pyFlat));
                StatisticsOracle.Check(label, a, $"np.searchsorted(s, o, side='{py}')", () => NDArray.SearchSorted(sorted, others.Array, side), failures, 0, ("s", pySorted), ("o", pyOther));
                StatisticsOracle.Check(label, a, $"np.searchsorted(s, o.flat[0] if o.size else 0.5, side='{py}')", () =>
                {
                    if (others.Array.Size == 0)
                        return NDArray.SearchSorted(sorted, 0.5, side);
                    using NDArray first = others.Array.Flatten();
                    using NDArray scalar = first["0"];
                    return NDArray.SearchSorted(sorted, scalar, side);
                }, failures, 0, ("s", pySorted), ("o", pyOther));
            }
        }

        StatisticsOracle.AssertNone(failures, cases);
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Random_views_unique_and_lexsort_match_numpy(int block)
    {
        var failures = new List<string>();
        int cases = 0;
        for (int seed = block * 50; seed < block * 50 + 50; seed++)
        {
            using var layouts = new BridgeLayouts(11000 + seed);
            var rng = new Random(seed);
            SortSpecials.Plant(layouts.Base, rng);
            NDArray a = layouts.Array;
            string label = layouts.ToString();
            foreach (bool equalNan in new[] { true, false })
            {
                string en = equalNan ? "True" : "False";

                // return_index makes NumPy sort stably, so which of -0.0 and 0.0 represents a run is defined.
                for (int part = 0; part < 4; part++)
                {
                    int p = part;
                    cases++;
                    StatisticsOracle.Check(label, a, $"np.unique(a, return_index=True, return_inverse=True, return_counts=True, equal_nan={en})[{p}]", () =>
                    {
                        UniqueResult u = NDArray.Unique(a, returnIndex: true, returnInverse: true, returnCounts: true, equalNan: equalNan);
                        NDArray chosen = p switch { 0 => u.Values, 1 => u.Indices!, 2 => u.Inverse!, _ => u.Counts! };
                        foreach (NDArray? x in new[] { u.Values, u.Indices, u.Inverse, u.Counts })
                        {
                            if (!ReferenceEquals(x, chosen))
                                x?.Dispose();
                        }

                        return chosen;
                    }, failures);
                }
            }

            using NDArray<sbyte> small = NDArray.Empty<sbyte>(a.Shape.ToArray());
            Span<sbyte> s = small.AsSpan<sbyte>();
            for (int i = 0; i < s.Length; i++)
                s[i] = (sbyte)rng.Next(-1, 2);
            using PyObject pySmall = NumPy.ToNumPy(small);
            for (int axis = -1; axis < a.NDim + (rng.Next(3) == 0 ? 1 : 0); axis++)
            {
                int ax = axis;
                cases += 2;
                // NumPy 1.24's lexsort swaps a non-native complex key as one 16-byte item, exchanging
                // its parts; the native-order copy gives NumPy's order of the values themselves.
                StatisticsOracle.Check(label, a, $"np.lexsort((a.astype(a.dtype.newbyteorder('=')), k), axis={ax})", () => NDArray.LexSort([a, small], ax), failures, 0, ("k", pySmall));
                StatisticsOracle.Check(label, a, $"np.lexsort((k, a.astype(a.dtype.newbyteorder('='))), axis={ax})", () => NDArray.LexSort([small, a], ax), failures, 0, ("k", pySmall));
            }
        }

        StatisticsOracle.AssertNone(failures, cases);
    }

    [Fact]
    public void Unique_default_and_special_values_match_numpy()
    {
        var failures = new List<string>();
        int cases = 0;
        double nan = double.NaN;
        using NDArray reals = NDArray.FromArray(new[] { 2.0, nan, -0.0, 1, nan, 0.0, double.PositiveInfinity, 1, -1, nan });
        using NDArray complexes = NDArray.FromArray(new System.Numerics.Complex[] { new(1, nan), new(nan, 1), new(1, 1), new(nan, nan), new(1, nan), new(0, 2), new(1, 1) });
        using NDArray ints = NDArray.FromArray(new long[] { 5, -3, 5, long.MaxValue, long.MinValue, -3 }).Reshape(2, 3);
        using NDArray empty = NDArray.Zeros<float>(0);
        foreach (NDArray x in new[] { reals, complexes, ints, empty })
        {
            foreach (string en in new[] { "True", "False" })
            {
                cases += 2;
                StatisticsOracle.Check("specials", x, $"np.unique(a, return_index=True, equal_nan={en})[0]", () => NDArray.Unique(x, equalNan: en == "True").Values, failures);
                StatisticsOracle.Check("specials", x, $"np.unique(a, return_counts=True, equal_nan={en})[1]", () => NDArray.Unique(x, returnCounts: true, equalNan: en == "True").Counts!, failures);
            }
        }

        using NDArray sortedReals = NDArray.Sort(reals);
        using PyObject pySorted = NumPy.ToNumPy(sortedReals);
        foreach (string side in new[] { "left", "right" })
        {
            cases++;
            StatisticsOracle.Check("specials", reals, $"np.searchsorted(s, a, side='{side}')", () => NDArray.SearchSorted(sortedReals, reals, side == "left" ? SearchSide.Left : SearchSide.Right), failures, 0, ("s", pySorted));
        }

        StatisticsOracle.AssertNone(failures, cases);
    }

    [Fact]
    public void Errors_match_numpy()
    {
        var failures = new List<string>();
        int cases = 0;
        using NDArray v = NDArray.Arange<double>(5);
        using NDArray m = NDArray.Arange<double>(6).Reshape(2, 3);
        using NDArray shortSorter = NDArray.FromArray(new long[] { 0, 1 });
        using NDArray floatSorter = NDArray.FromArray(new[] { 0.0, 1, 2, 3, 4 });
        using NDArray badSorter = NDArray.FromArray(new long[] { 0, 1, 2, 3, 9 });
        using NDArray other = NDArray.Zeros<double>(4);
        (string Py, Func<NDArray> Ours, NDArray Input)[] all =
        [
            ("np.searchsorted(a, 1)", () => NDArray.SearchSorted(m, 1), m),
            ("np.searchsorted(a, 1, sorter=[0, 1])", () => NDArray.SearchSorted(v, 1, sorter: shortSorter), v),
            ("np.searchsorted(a, 1, sorter=np.array([0, 1, 2, 3, 4.]))", () => NDArray.SearchSorted(v, 1, sorter: floatSorter), v),
            ("np.searchsorted(a, 2.5)", () => NDArray.SearchSorted(v, 2.5), v),
            ("np.searchsorted(a, np.array([[7, -1], [2, 2]]), side='right')", () =>
            {
                using NDArray values = NDArray.FromArray(new long[] { 7, -1, 2, 2 }).Reshape(2, 2);
                return NDArray.SearchSorted(v, values, SearchSide.Right);
            }, v),
            ("np.lexsort((a, np.zeros(4)))", () => NDArray.LexSort([v, other]), v),
            ("np.lexsort((a, a), axis=2)", () => NDArray.LexSort([m, m], 2), m),
        ];
        foreach ((string py, Func<NDArray> ours, NDArray input) in all)
        {
            cases++;
            StatisticsOracle.Check("errors", input, py, ours, failures);
        }

        StatisticsOracle.AssertNone(failures, cases);
        Assert.Equal("Sorter index out of range.", Assert.Throws<ArgumentOutOfRangeException>(() => NDArray.SearchSorted(v, 8.0, sorter: badSorter)).Message.Split(" (")[0]);
        Assert.Equal("need sequence of keys with len > 0 in lexsort", Assert.Throws<ArgumentException>(() => NDArray.LexSort([])).Message.Split(" (")[0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => NDArray.SearchSorted(v, 1, (SearchSide)2));

        // A Python-like int outside a uint8 array's range is NEP 50's OverflowError (NumPy 2), not a wrapped value.
        using NDArray bytes = NDArray.Arange<byte>(3);
        Assert.Throws<OverflowException>(() => NDArray.SearchSorted(bytes, 300));
    }
}
