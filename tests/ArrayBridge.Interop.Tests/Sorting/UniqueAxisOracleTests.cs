using ArrayBridge.Interop;

namespace ArrayBridge.Tests;

/// <summary>
/// Unique along an axis against the embedded NumPy: random views of every dtype and byte order
/// (C and F bases, steps, reversals, transposes, broadcasts), half of them filled with a few
/// distinct values so that equal sub-arrays are common, with NaN, ±inf and signed zeros planted;
/// every axis and out-of-bounds axes, both NaN modes, every companion output. NumPy's
/// <c>return_index=True</c> makes it sort stably, so which of two rows equal up to the sign of
/// zero represents them is defined.
/// </summary>
[Collection(PythonCollection.Name)]
public sealed class UniqueAxisOracleTests
{
    public static TheoryData<int> Blocks => new() { 0, 1, 2, 3 };

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Random_views_unique_along_every_axis_match_numpy(int block)
    {
        var failures = new List<string>();
        int cases = 0;
        for (int seed = block * 50; seed < block * 50 + 50; seed++)
        {
            using var layouts = new BridgeLayouts(13000 + seed);
            var rng = new Random(seed);
            if (seed % 2 == 0 && layouts.Base.IsWriteable)
            {
                using NDArray<sbyte> few = NDArray.Empty<sbyte>(layouts.Base.Shape.ToArray());
                Span<sbyte> s = few.AsSpan<sbyte>();
                for (int i = 0; i < s.Length; i++)
                    s[i] = (sbyte)rng.Next(0, 2);
                few.CopyTo(layouts.Base, Casting.Unsafe);
            }

            SortSpecials.Plant(layouts.Base, rng, layouts.Base.Size > 0 ? rng.Next(0, 4) : 0);
            NDArray a = layouts.Array;
            string label = layouts.ToString();
            for (int axis = -a.NDim - 1; axis <= a.NDim; axis++)
            {
                int ax = axis;
                string en = rng.Next(2) == 0 ? "True" : "False";
                for (int part = 0; part < 4; part++)
                {
                    int p = part;
                    cases++;
                    StatisticsOracle.Check(label, a, $"np.unique(a, return_index=True, return_inverse=True, return_counts=True, equal_nan={en}, axis={ax})[{p}]", () =>
                    {
                        UniqueResult u = NDArray.Unique(a, ax, returnIndex: true, returnInverse: true, returnCounts: true, equalNan: en == "True");
                        NDArray chosen = p switch { 0 => u.Values, 1 => u.Indices!, 2 => u.Inverse!, _ => u.Counts! };
                        foreach (NDArray? x in new[] { u.Values, u.Indices, u.Inverse, u.Counts })
                        {
                            if (!ReferenceEquals(x, chosen))
                                x?.Dispose();
                        }

                        return chosen;
                    }, failures);
                }

                // Without companions only the values come back, in NumPy's order.
                cases++;
                StatisticsOracle.Check(label, a, $"np.unique(a, return_index=True, axis={ax})[0]", () => NDArray.Unique(a, ax).Values, failures);
            }
        }

        StatisticsOracle.AssertNone(failures, cases);
    }

    [Fact]
    public void Special_rows_and_empty_axes_match_numpy()
    {
        var failures = new List<string>();
        int cases = 0;
        double nan = double.NaN;
        using NDArray reals = NDArray.FromArray(new[] { nan, 1, nan, 1, 0.0, 2, -0.0, 2, double.PositiveInfinity, 0, 1, nan, 1, -1 }).Reshape(7, 2);
        using NDArray halves = reals.AsType(DType.Parse(">f2"));
        using NDArray complexes = NDArray.FromArray(new System.Numerics.Complex[] { new(1, nan), new(nan, 1), new(1, 1), new(nan, nan), new(1, nan), new(0, 2), new(1, 1), new(1, 1) }).Reshape(4, 2);
        using NDArray noColumns = NDArray.Zeros<double>(3, 0);
        using NDArray noRows = NDArray.Zeros<int>(0, 3);
        using NDArray bools = NDArray.FromArray(new[] { true, false, true, false, true, false, true, false, true }).Reshape(3, 3);
        using NDArray scalar = NDArray.FromArray(new[] { 5.0 }).Reshape();
        foreach (NDArray x in new[] { reals, halves, complexes, noColumns, noRows, bools, scalar })
        {
            for (int axis = -3; axis < 3; axis++)
            {
                foreach (string en in new[] { "True", "False" })
                {
                    for (int part = 0; part < 4; part++)
                    {
                        int p = part, ax = axis;
                        cases++;
                        StatisticsOracle.Check("specials", x, $"np.unique(a, return_index=True, return_inverse=True, return_counts=True, equal_nan={en}, axis={ax})[{p}]", () =>
                        {
                            UniqueResult u = NDArray.Unique(x, ax, true, true, true, en == "True");
                            NDArray chosen = p switch { 0 => u.Values, 1 => u.Indices!, 2 => u.Inverse!, _ => u.Counts! };
                            foreach (NDArray? y in new[] { u.Values, u.Indices, u.Inverse, u.Counts })
                            {
                                if (!ReferenceEquals(y, chosen))
                                    y?.Dispose();
                            }

                            return chosen;
                        }, failures);
                    }
                }
            }
        }

        StatisticsOracle.AssertNone(failures, cases);

        // float16 rows order NaN first: NumPy's HALF_compare, unlike its sort, puts NaN before everything.
        using UniqueResult h = NDArray.Unique(halves, 0);
        using NDArray native = h.Values.AsType(DType.Float16, order: ArrayOrder.C);
        Assert.True(Half.IsNaN(native.AsSpan<Half>()[0]));
        using UniqueResult only = NDArray.Unique(reals, 0);
        Assert.Null(only.Indices);
        Assert.Null(only.Inverse);
        Assert.Null(only.Counts);
    }
}
