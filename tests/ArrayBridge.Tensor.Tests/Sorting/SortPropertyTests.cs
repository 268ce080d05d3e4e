using System.Numerics;
using FsCheck;
using FsCheck.Fluent;

namespace ArrayBridge.Tests;

/// <summary>
/// Invariants of sorting and searching over random dtypes and view chains with NaN of both signs,
/// ±inf, signed zeros and duplicates planted (FsCheck replays a fixed seed, so a run is always the
/// same cases; a failure prints the layout seed): sorted lanes are ordered in NumPy's order and are
/// the input gathered by the argsort, argsort is a permutation that keeps ties in input order,
/// partitions hold the partition property, searchsorted indices satisfy the insertion invariants,
/// unique rebuilds its input through the inverse, and lexsort with one key is the stable argsort.
/// </summary>
public class SortPropertyTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(300).WithReplay(new Replay(new Rnd(20261127UL, 0x9E3779B97F4A7C15UL), null));

    private static Arbitrary<int> Seeds => Arb.From(Gen.Choose(0, int.MaxValue));

    [Fact]
    public void Sorted_lanes_are_ordered_and_the_argsort_gather_of_the_input()
    {
        Check.One(Config, Prop.ForAll(Seeds, seed =>
        {
            using var layouts = Planted(seed);
            NDArray a = layouts.Array;
            foreach (int? axis in AxesOf(a))
            {
                using NDArray sorted = NDArray.Sort(a, axis);
                using NDArray order = NDArray.ArgSort(a, axis);
                using NDArray source = axis is null ? a.Flatten() : a.Copy();
                int ax = axis ?? (a.NDim == 0 ? 0 : a.NDim - 1);
                if (source.NDim == 0 || source.Size == 0)
                    continue;
                ax = axis is null ? 0 : ax;
                Complex[] input = SortSpecials.Lanes<Complex>(source, ax, DType.Complex128);
                Complex[] output = SortSpecials.Lanes<Complex>(sorted, ax, DType.Complex128);
                long[] idx = SortSpecials.Lanes<long>(order, ax, DType.Int64);
                int n = (int)source.Shape[ax];
                for (int lane = 0; lane * n < input.Length; lane++)
                {
                    var seen = new bool[n];
                    for (int i = 0; i < n; i++)
                    {
                        long j = idx[lane * n + i];
                        Assert.True(j >= 0 && j < n && !seen[j], $"{layouts} axis {axis}: argsort is not a permutation");
                        seen[j] = true;
                        Complex x = output[lane * n + i];
                        Assert.True(SortSpecials.Same(input[lane * n + j], x) && SameBits(input[lane * n + j], x), $"{layouts} axis {axis}: sort is not the argsort gather at {i}");
                        if (i == 0)
                            continue;
                        Complex previous = output[lane * n + i - 1];
                        Assert.False(SortSpecials.Less(x, previous), $"{layouts} axis {axis}: {x} after {previous}");
                        if (!SortSpecials.Less(previous, x))
                            Assert.True(idx[lane * n + i - 1] < j, $"{layouts} axis {axis}: equal values out of input order at {i}");
                    }
                }

                if (axis is { } inPlaceAxis && a.IsWriteable)
                {
                    using NDArray copy = a.Copy(ArrayOrder.F);
                    copy.SortInPlace(inPlaceAxis);
                    Assert.Equal(SortSpecials.Lanes<Complex>(sorted, ax, DType.Complex128).Select(Bits), SortSpecials.Lanes<Complex>(copy, ax, DType.Complex128).Select(Bits));
                }
            }
        }));
    }

    [Fact]
    public void Partitions_hold_the_partition_property()
    {
        Check.One(Config, Prop.ForAll(Seeds, seed =>
        {
            using var layouts = Planted(seed);
            NDArray a = layouts.Array;
            var rng = new Random(seed);
            foreach (int? axis in AxesOf(a))
            {
                if (a.NDim == 0 || a.Size == 0)
                    continue;
                long n = axis is null ? a.Size : a.Shape[axis.Value];
                long[] kth = Enumerable.Range(0, rng.Next(1, 4)).Select(_ => rng.NextInt64(-n, n)).ToArray();
                using NDArray part = NDArray.Partition(a, kth, axis);
                using NDArray arg = NDArray.ArgPartition(a, kth, axis);
                Assert.Null(SortSpecials.CheckPartition(a, part, axis, kth, indices: false));
                Assert.Null(SortSpecials.CheckPartition(a, arg, axis, kth, indices: true));
            }
        }));
    }

    [Fact]
    public void Searchsorted_indices_satisfy_the_insertion_invariants()
    {
        Check.One(Config, Prop.ForAll(Seeds, seed =>
        {
            using var layouts = Planted(seed);
            using var values = Planted(seed ^ 0x5555);
            using NDArray sorted = NDArray.Sort(layouts.Array, null);
            DType common = NDArray.ResultType(sorted, values.Array);
            using NDArray sortedCommon = sorted.AsType(common);
            using NDArray valuesCommon = values.Array.AsType(common);
            Complex[] s = SortSpecials.Lanes<Complex>(sortedCommon, 0, DType.Complex128);
            using NDArray flatValues = valuesCommon.Flatten();
            Complex[] v = flatValues.NDim == 0 || flatValues.Size == 0 ? [] : SortSpecials.Lanes<Complex>(flatValues, 0, DType.Complex128);
            foreach (SearchSide side in new[] { SearchSide.Left, SearchSide.Right })
            {
                using NDArray found = NDArray.SearchSorted(sorted, values.Array, side);
                Assert.Equal(values.Array.Shape.ToArray(), found.Shape.ToArray());
                using NDArray flatFound = found.Flatten();
                long[] at = flatFound.ToArray<long>();
                for (int i = 0; i < v.Length; i++)
                {
                    long k = at[i];
                    bool before = k == 0 || (side == SearchSide.Left ? SortSpecials.Less(s[k - 1], v[i]) : !SortSpecials.Less(v[i], s[k - 1]));
                    bool after = k == s.Length || (side == SearchSide.Left ? !SortSpecials.Less(s[k], v[i]) : SortSpecials.Less(v[i], s[k]));
                    Assert.True(before && after, $"{layouts} / {values}: {v[i]} {side} at {k}");
                }
            }
        }));
    }

    [Fact]
    public void Unique_rebuilds_its_input_through_the_inverse()
    {
        Check.One(Config, Prop.ForAll(Seeds, seed =>
        {
            using var layouts = Planted(seed);
            NDArray a = layouts.Array;
            foreach (bool equalNan in new[] { true, false })
            {
                using UniqueResult u = NDArray.Unique(a, true, true, true, equalNan);
                using NDArray flat = a.Flatten();
                Complex[] input = flat.Size == 0 ? [] : SortSpecials.Lanes<Complex>(flat, 0, DType.Complex128);
                Complex[] values = u.Values.Size == 0 ? [] : SortSpecials.Lanes<Complex>(u.Values, 0, DType.Complex128);
                long[] inverse = u.Inverse!.ToArray<long>();
                long[] index = u.Indices!.ToArray<long>();
                long[] counts = u.Counts!.ToArray<long>();
                Assert.Equal(input.Length, inverse.Length);
                Assert.Equal(input.Length, counts.Sum());
                for (int i = 0; i < input.Length; i++)
                    {
                    // With equal_nan every value with a NaN part is one value (NumPy keeps the first in sort order).
                    Complex back = values[inverse[i]];
                    Assert.True(SortSpecials.Same(back, input[i]) || (equalNan && IsNaN(input[i]) && IsNaN(back)), $"{layouts}: element {i}");
                }
                for (int k = 0; k < values.Length; k++)
                {
                    Assert.True(SameBits(values[k], input[index[k]]), $"{layouts}: value {k} is not the element at its index");
                    Assert.Equal(k, inverse[index[k]]);
                    // The merged NaN run's index is its first element in sort order (NumPy's), not in input order.
                    if (!(equalNan && IsNaN(values[k])))
                        Assert.True(inverse.Take((int)index[k]).All(x => x != k), $"{layouts}: index {k} is not the first occurrence");
                    Assert.Equal(counts[k], inverse.Count(x => x == k));
                    if (k > 0)
                        Assert.True(SortSpecials.Less(values[k - 1], values[k]) || (!equalNan && IsNaN(values[k])), $"{layouts}: values not increasing at {k}");
                }
            }
        }));
    }

    [Fact]
    public void Lexsort_of_one_key_is_the_stable_argsort_and_more_keys_order_lexicographically()
    {
        Check.One(Config, Prop.ForAll(Seeds, seed =>
        {
            using var layouts = Planted(seed);
            NDArray a = layouts.Array;
            if (a.NDim == 0)
                return;
            using NDArray one = NDArray.LexSort([a]);
            using NDArray arg = NDArray.ArgSort(a, -1, SortKind.Stable);
            Assert.Equal(arg.ToArray<long>(), one.ToArray<long>());

            using NDArray parity = NDArray.Empty(DType.Int8, a.Shape.ToArray());
            var rng = new Random(seed);
            foreach (ref sbyte x in parity.AsSpan<sbyte>())
                x = (sbyte)rng.Next(2);
            using NDArray two = NDArray.LexSort([a, parity]);
            int n = (int)a.Shape[^1];
            if (n == 0)
                return;
            Complex[] primary = SortSpecials.Lanes<Complex>(parity, a.NDim - 1, DType.Complex128);
            Complex[] secondary = SortSpecials.Lanes<Complex>(a, a.NDim - 1, DType.Complex128);
            long[] idx = two.ToArray<long>();
            for (int lane = 0; lane * n < idx.Length; lane++)
            {
                for (int i = 1; i < n; i++)
                {
                    int p = lane * n + (int)idx[lane * n + i - 1], q = lane * n + (int)idx[lane * n + i];
                    bool ordered = primary[p].Real < primary[q].Real
                        || (primary[p].Real == primary[q].Real && (SortSpecials.Less(secondary[p], secondary[q]) || (!SortSpecials.Less(secondary[q], secondary[p]) && p < q)));
                    Assert.True(ordered, $"{layouts}: lexsort lane {lane} at {i}");
                }
            }
        }));
    }

    private static RandomLayouts Planted(int seed)
    {
        var layouts = new RandomLayouts(seed);
        SortSpecials.Plant(layouts.Base, new Random(seed));
        return layouts;
    }

    private static IEnumerable<int?> AxesOf(NDArray a)
    {
        yield return null;
        for (int axis = 0; axis < a.NDim; axis++)
            yield return axis;
    }

    private static bool IsNaN(Complex x) => double.IsNaN(x.Real) || double.IsNaN(x.Imaginary);

    private static (long, long) Bits(Complex x) => (BitConverter.DoubleToInt64Bits(x.Real), BitConverter.DoubleToInt64Bits(x.Imaginary));

    private static bool SameBits(Complex x, Complex y) => Bits(x) == Bits(y) || (IsNaN(x) && IsNaN(y));
}
