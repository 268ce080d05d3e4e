using System.Numerics;
using ArrayBridge.Interop;

namespace ArrayBridge.Tests;

/// <summary>
/// Sort, ArgSort, SortInPlace, Partition and ArgPartition against the embedded NumPy on the same
/// memory: random views from <see cref="BridgeLayouts"/> (every dtype and byte order, up to 6-d,
/// C and F bases, steps, reversals, transposes, reshapes, stride-0 broadcasts) with NaN of both
/// signs, ±inf, -0.0 and 0.0 and duplicates planted, every axis, None and out-of-bounds axes.
/// Sorts are compared bit for bit with NumPy's <c>kind='stable'</c> (ArrayBridge sorts every kind
/// stably); partitions must hold the sorted value at each kth with nothing greater before and
/// nothing smaller after; errors must carry NumPy's text.
/// </summary>
[Collection(PythonCollection.Name)]
public sealed class SortOracleTests
{
    public static TheoryData<int> Blocks => new() { 0, 1, 2, 3 };

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Random_views_sort_and_argsort_match_numpy_stable(int block)
    {
        var failures = new List<string>();
        int cases = 0;
        for (int seed = block * 60; seed < block * 60 + 60; seed++)
        {
            using var layouts = new BridgeLayouts(5000 + seed);
            var rng = new Random(seed);
            SortSpecials.Plant(layouts.Base, rng);
            NDArray a = layouts.Array;
            foreach ((int? axis, string py) in AxisChoices(a.NDim, rng))
            {
                string label = layouts.ToString();
                cases += 2;
                StatisticsOracle.Check(label, a, $"np.sort(a, axis={py}, kind='stable')", () => NDArray.Sort(a, axis), failures);
                StatisticsOracle.Check(label, a, $"np.argsort(a, axis={py}, kind='stable')", () => NDArray.ArgSort(a, axis, SortKind.Stable), failures);
                if (axis is { } ax)
                {
                    cases++;
                    StatisticsOracle.Check(label, a, $"np.sort(a, axis={py}, kind='stable')", () =>
                    {
                        NDArray copy = a.Copy(ArrayOrder.K);
                        copy.SortInPlace(ax, SortKind.Mergesort);
                        return copy;
                    }, failures);
                }
            }
        }

        StatisticsOracle.AssertNone(failures, cases);
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Random_views_partition_holds_the_property_and_numpy_errors(int block)
    {
        var failures = new List<string>();
        int cases = 0;
        for (int seed = block * 60; seed < block * 60 + 60; seed++)
        {
            using var layouts = new BridgeLayouts(7000 + seed);
            var rng = new Random(seed);
            SortSpecials.Plant(layouts.Base, rng);
            NDArray a = layouts.Array;
            foreach ((int? axis, string py) in AxisChoices(a.NDim, rng))
            {
                long n = axis is null ? a.Size : axis.Value >= -a.NDim && axis.Value < a.NDim ? a.Shape[axis.Value < 0 ? axis.Value + a.NDim : axis.Value] : 1;
                long[] kth = rng.Next(4) switch
                {
                    0 => [rng.NextInt64(-n, Math.Max(n, 1))],
                    1 => [rng.NextInt64(-n, Math.Max(n, 1)), rng.NextInt64(-n, Math.Max(n, 1)), rng.NextInt64(0, Math.Max(n, 1))],
                    2 => [n + rng.Next(3)],
                    _ => [-n - 1 - rng.Next(2)],
                };
                string pk = kth.Length == 1 ? kth[0].ToString(System.Globalization.CultureInfo.InvariantCulture) : "[" + string.Join(", ", kth) + "]";
                string label = $"{layouts} kth {pk}";

                // NumPy's own result decides success or error; a success is then checked for the property.
                cases += 2;
                // (NumPy's partition order of the other elements is its own, so the oracle's value is the stable sort.)
                StatisticsOracle.Check(label, a, $"(np.partition(a, {pk}, axis={py}), np.sort(a, axis={py}, kind='stable'))[1]", () =>
                {
                    using NDArray part = NDArray.Partition(a, kth, axis);
                    string? problem = SortSpecials.CheckPartition(a, part, axis, kth, indices: false);
                    if (problem is not null)
                        failures.Add($"{label}: Partition: {problem}");
                    return NDArray.Sort(a, axis, SortKind.Stable);
                }, failures);
                StatisticsOracle.Check(label, a, $"(np.argpartition(a, {pk}, axis={py}), np.argsort(a, axis={py}, kind='stable'))[1]", () =>
                {
                    using NDArray arg = NDArray.ArgPartition(a, kth, axis);
                    string? problem = SortSpecials.CheckPartition(a, arg, axis, kth, indices: true);
                    if (problem is not null)
                        failures.Add($"{label}: ArgPartition: {problem}");
                    return NDArray.ArgSort(a, axis, SortKind.Stable);
                }, failures);
            }
        }

        StatisticsOracle.AssertNone(failures, cases);
    }

    [Theory]
    [InlineData("<f8")]
    [InlineData(">f8")]
    [InlineData("<f4")]
    [InlineData(">f2")]
    [InlineData("<c16")]
    [InlineData(">c8")]
    [InlineData("<i8")]
    [InlineData("<u8")]
    [InlineData("|i1")]
    [InlineData("<i2")]
    [InlineData("<u4")]
    [InlineData("|b1")]
    public void Long_lanes_with_specials_match_numpy_stable(string dtype)
    {
        // Long lanes take the radix path (and the merge path for complex); few distinct values make many ties.
        var failures = new List<string>();
        int cases = 0;
        var rng = new Random(FixedSeed.Of(dtype));
        using NDArray<double> values = NDArray.Empty<double>(3 * 2500);
        Span<double> s = values.AsSpan<double>();
        for (int i = 0; i < s.Length; i++)
            s[i] = (i / 2500) switch { 0 => Math.Round(rng.NextDouble() * 200 - 100, 1), 1 => rng.Next(-3, 4), _ => i % 2 == 0 ? i : -i };
        using NDArray shaped = values.Reshape(3, 2500);
        using NDArray a = shaped.AsType(DType.Parse(dtype));
        SortSpecials.Plant(a, rng, count: 60);
        using NDArray t = a.Transpose();
        using NDArray reversed = a["::-1, ::-3"];
        foreach (NDArray x in new[] { a, t, reversed })
        {
            foreach ((int? axis, string py) in new (int?, string)[] { (null, "None"), (0, "0"), (1, "1"), (-1, "-1") })
            {
                cases += 2;
                StatisticsOracle.Check(dtype, x, $"np.sort(a, axis={py}, kind='stable')", () => NDArray.Sort(x, axis), failures);
                StatisticsOracle.Check(dtype, x, $"np.argsort(a, axis={py}, kind='stable')", () => NDArray.ArgSort(x, axis), failures);
                long n = axis is null ? x.Size : x.Shape[axis.Value < 0 ? axis.Value + 2 : axis.Value];
                long[] kth = [0, n / 3, n / 2, n - 1];
                cases++;
                using NDArray part = NDArray.Partition(x, kth, axis);
                using NDArray arg = NDArray.ArgPartition(x, kth, axis);
                string? problem = SortSpecials.CheckPartition(x, part, axis, kth, indices: false) ?? SortSpecials.CheckPartition(x, arg, axis, kth, indices: true);
                if (problem is not null)
                    failures.Add($"{dtype} axis {py}: {problem}");
            }
        }

        StatisticsOracle.AssertNone(failures, cases);
    }

    [Fact]
    public void Special_values_order_exactly_as_numpy()
    {
        var failures = new List<string>();
        int cases = 0;
        double nan = double.NaN, negNaN = BitConverter.Int64BitsToDouble(unchecked((long)0xFFF8_0000_0000_0001)), inf = double.PositiveInfinity;
        double[] reals = [nan, 1, -0.0, inf, 0.0, -inf, negNaN, -0.0, 1, 0.0, -1, nan, -inf, 2.5, 0.0];
        foreach (string dtype in new[] { "<f8", ">f8", "<f4", ">f4", "<f2", ">f2" })
        {
            using NDArray source = NDArray.FromArray(reals);
            using NDArray a = source.AsType(DType.Parse(dtype));
            cases += 3;
            StatisticsOracle.Check(dtype, a, "np.sort(a, kind='stable')", () => NDArray.Sort(a), failures);
            StatisticsOracle.Check(dtype, a, "np.sort(a, kind='mergesort')", () => NDArray.Sort(a, kind: SortKind.Heapsort), failures);
            StatisticsOracle.Check(dtype, a, "np.argsort(a, kind='stable')", () => NDArray.ArgSort(a), failures);
        }

        Complex[] complexes =
        [
            new(nan, 1), new(1, nan), new(nan, nan), new(1, 2), new(1, 1), new(-0.0, 0), new(0, -0.0), new(nan, 0), new(2, nan),
            new(0, nan), new(1, 1), new(nan, -inf), new(-inf, 3), new(1, -inf), new(nan, nan), new(-1, nan),
        ];
        foreach (string dtype in new[] { "<c16", ">c16", "<c8", ">c8" })
        {
            using NDArray source = NDArray.FromArray(complexes);
            using NDArray a = source.AsType(DType.Parse(dtype));
            cases += 2;
            StatisticsOracle.Check(dtype, a, "np.sort(a, kind='stable')", () => NDArray.Sort(a), failures);
            StatisticsOracle.Check(dtype, a, "np.argsort(a, kind='stable')", () => NDArray.ArgSort(a), failures);
        }

        StatisticsOracle.AssertNone(failures, cases);
    }

    [Fact]
    public void Errors_match_numpy()
    {
        var failures = new List<string>();
        int cases = 0;
        using NDArray m = NDArray.Arange<double>(6).Reshape(2, 3);
        using NDArray v = NDArray.Arange<double>(5);
        using NDArray zero = NDArray.FromArray(new[] { 3.0 }).Reshape();
        using NDArray empty = NDArray.Zeros<double>(2, 0);
        (string Py, Func<NDArray> Ours, NDArray Input)[] all =
        [
            ("np.sort(a, axis=2)", () => NDArray.Sort(m, 2), m),
            ("np.sort(a, axis=-3)", () => NDArray.Sort(m, -3), m),
            ("np.argsort(a, axis=2)", () => NDArray.ArgSort(m, 2), m),
            ("np.sort(a)", () => NDArray.Sort(zero), zero),
            ("np.sort(a, axis=None)", () => NDArray.Sort(zero, null), zero),
            ("np.argsort(a)", () => NDArray.ArgSort(zero), zero),
            ("np.argsort(a, axis=None)", () => NDArray.ArgSort(zero, null), zero),
            ("np.partition(a, 5)", () => NDArray.Partition(v, 5), v),
            ("np.partition(a, -6)", () => NDArray.Partition(v, -6), v),
            ("np.partition(a, [1, 7])", () => NDArray.Partition(v, [1, 7]), v),
            ("np.argpartition(a, 5)", () => NDArray.ArgPartition(v, 5), v),
            ("np.partition(a, 3, axis=1)", () => NDArray.Partition(m, 3, 1), m),
            ("np.partition(a, 2, axis=2)", () => NDArray.Partition(m, 2, 2), m),
            ("np.partition(a, 0)", () => NDArray.Partition(zero, 0), zero),
            ("np.partition(a, 3)", () => NDArray.Partition(empty, 3), empty),
            ("np.argpartition(a, 3)", () => NDArray.ArgPartition(empty, 3), empty),
            ("np.sort(a, axis=0)", () => NDArray.Sort(empty, 0), empty),
            ("np.argsort(a, axis=1)", () => NDArray.ArgSort(empty, 1), empty),
        ];
        foreach ((string py, Func<NDArray> ours, NDArray input) in all)
        {
            cases++;
            StatisticsOracle.Check("errors", input, py, ours, failures);
        }

        StatisticsOracle.AssertNone(failures, cases);
        Assert.Throws<ArgumentOutOfRangeException>(() => NDArray.Sort(v, kind: (SortKind)9));
        Assert.Equal("Partition index must be integer", Assert.Throws<ArgumentException>(() => NDArray.Partition(v, ReadOnlySpan<long>.Empty)).Message.Split(" (")[0]);
        using NDArray readOnly = v.BroadcastTo(3, 5);
        Assert.Throws<InvalidOperationException>(() => readOnly.SortInPlace());
    }

    internal static IEnumerable<(int? Axis, string Py)> AxisChoices(int ndim, Random rng)
    {
        yield return (null, "None");
        for (int axis = 0; axis < ndim; axis++)
            yield return (axis, axis.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return (-1, "-1");
        if (rng.Next(4) == 0)
        {
            int bad = rng.Next(2) == 0 ? ndim : -ndim - 1;
            yield return (bad, bad.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
