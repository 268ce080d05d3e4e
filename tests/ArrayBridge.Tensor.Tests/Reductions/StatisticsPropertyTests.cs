using FsCheck;
using FsCheck.Fluent;

namespace ArrayBridge.Tests;

/// <summary>
/// Invariants of the statistics over random dtypes and view chains (FsCheck prints the failing seed
/// and chain): the median is the 0.5 quantile, the last cumulative sum is the sum, nan-functions of
/// NaN-free arrays are the plain reductions, picked quantiles are elements of the sorted data, and
/// float cumulative sums are sequential sums bit for bit.
/// </summary>
public class StatisticsPropertyTests
{
    private static readonly Config Config = FixedSeed.Quick(300);

    private static Arbitrary<int> Seeds => Arb.From(Gen.Choose(0, int.MaxValue));

    [Fact]
    public void Median_is_the_half_quantile_where_both_are_exact()
    {
        Check.One(Config, Prop.ForAll(Seeds, seed =>
        {
            using var layouts = new RandomLayouts(seed);
            NDArray a = layouts.Array;

            // Small integers (FillDistinct) make both formulas exact in these dtypes.
            if (a.DType.Kind is not ('i' or 'u') && a.DType.Type is not (ScalarType.Float32 or ScalarType.Float64))
                return;
            foreach (Axes axis in AxesOf(a))
            {
                if (HasEmptyLane(a, axis))
                    continue;
                using NDArray median = NDArray.Median(a, axis);
                using NDArray quantile = NDArray.Quantile(a, 0.5, axis);
                Assert.True(Values(median).SequenceEqual(Values(quantile)), $"{layouts} axis {axis}");
            }
        }));
    }

    [Fact]
    public void Last_cumulative_sum_and_product_are_the_sum_and_product_for_integers()
    {
        Check.One(Config, Prop.ForAll(Seeds, seed =>
        {
            using var layouts = new RandomLayouts(seed);
            NDArray a = layouts.Array;
            if (a.DType.Kind is not ('b' or 'i' or 'u') || a.NDim == 0)
                return;
            for (int axis = 0; axis < a.NDim; axis++)
            {
                if (a.Shape[axis] == 0)
                    continue;
                foreach (bool product in new[] { false, true })
                {
                    using NDArray cumulative = product ? NDArray.CumProd(a, axis) : NDArray.CumSum(a, axis);
                    using NDArray last = cumulative.Index(LastAlong(a.NDim, axis));
                    using NDArray total = product ? NDArray.Prod(a, axis) : NDArray.Sum(a, axis);
                    Assert.Equal(total.DType, last.DType);
                    Assert.True(Bytes(total).SequenceEqual(Bytes(last)), $"{layouts} axis {axis} {(product ? "prod" : "sum")}");
                }
            }
        }));
    }

    [Fact]
    public void Nan_functions_of_nan_free_arrays_are_the_plain_reductions()
    {
        Check.One(Config, Prop.ForAll(Seeds, seed =>
        {
            using var layouts = new RandomLayouts(seed);
            NDArray a = layouts.Array;
            foreach (Axes axis in AxesOf(a))
            {
                using (NDArray nan = NDArray.NanSum(a, axis))
                using (NDArray plain = NDArray.Sum(a, axis))
                    Same(plain, nan, $"{layouts} nansum axis {axis}");
                using (NDArray nan = NDArray.NanProd(a, axis))
                using (NDArray plain = NDArray.Prod(a, axis))
                    Same(plain, nan, $"{layouts} nanprod axis {axis}");
                if (a.DType.Kind == 'c' || HasEmptyLane(a, axis))
                    continue;
                using (NDArray nan = NDArray.NanMax(a, axis))
                using (NDArray plain = NDArray.Max(a, axis))
                    Same(plain, nan, $"{layouts} nanmax axis {axis}");
                using (NDArray nan = NDArray.NanMedian(a, axis))
                using (NDArray plain = NDArray.Median(a, axis))
                    Same(plain, nan, $"{layouts} nanmedian axis {axis}");
            }
        }));
    }

    [Fact]
    public void Picked_quantiles_are_the_elements_of_the_sorted_data()
    {
        var methods = new[] { QuantileMethod.Lower, QuantileMethod.Higher, QuantileMethod.Nearest };
        Check.One(Config, Prop.ForAll(Seeds, seed =>
        {
            using var layouts = new RandomLayouts(seed);
            NDArray a = layouts.Array;
            if (a.DType.Kind == 'c' || a.Size == 0)
                return;
            double[] sorted = Values(a);
            Array.Sort(sorted);
            var rng = new Random(seed);
            foreach (QuantileMethod method in methods)
            {
                double q = rng.NextDouble();
                using NDArray picked = NDArray.Quantile(a, q, method: method);
                Assert.Equal(a.DType.AsNative(), picked.DType);
                double scaled = (sorted.Length - 1) * q;
                int index = (int)(method == QuantileMethod.Lower ? Math.Floor(scaled) : method == QuantileMethod.Higher ? Math.Ceiling(scaled) : Math.Round(scaled, MidpointRounding.ToEven));
                Assert.True(sorted[index] == Values(picked)[0], $"{layouts} {method} q={q}");
            }
        }));
    }

    [Fact]
    public void Selection_on_long_lanes_matches_a_full_sort()
    {
        // Lanes past 600 values take the sampling step of the selection; duplicates, runs and
        // presorted data are where a partition goes wrong.
        Check.One(Config.WithMaxTest(60), Prop.ForAll(Seeds, seed =>
        {
            var rng = new Random(seed);
            int n = rng.Next(600, 20000);
            int kind = rng.Next(4);
            var data = new double[n];
            for (int i = 0; i < n; i++)
                data[i] = kind switch { 0 => rng.Next(3), 1 => i, 2 => n - i, _ => rng.NextDouble() };
            using NDArray a = NDArray.FromArray(data);
            double[] sorted = (double[])data.Clone();
            Array.Sort(sorted);
            double[] qs = [0, rng.NextDouble(), rng.NextDouble(), 0.5, 1];
            using NDArray q = NDArray.FromArray(qs);
            using NDArray picked = NDArray.Quantile(a, q, method: QuantileMethod.Lower);
            double[] values = Values(picked);
            for (int i = 0; i < qs.Length; i++)
                Assert.True(sorted[(int)Math.Floor((n - 1) * qs[i])] == values[i], $"seed {seed} kind {kind} n {n} q {qs[i]}");
            using NDArray median = NDArray.Median(a);
            double expected = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            Assert.Equal(expected, Values(median)[0]);
        }));
    }

    [Fact]
    public void Float_cumulative_sums_are_sequential_sums()
    {
        Check.One(Config, Prop.ForAll(Seeds, seed =>
        {
            var rng = new Random(seed);
            int n = rng.Next(1, 3000);
            var data = new double[n];
            for (int i = 0; i < n; i++)
                data[i] = (rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(-5, 6));
            using NDArray a = NDArray.FromArray(data);
            using NDArray view = a["::-1"];
            using NDArray sums = NDArray.CumSum(view);
            ReadOnlySpan<double> s = sums.AsSpan<double>();
            double acc = 0;
            for (int i = 0; i < n; i++)
            {
                acc = i == 0 ? data[n - 1] : acc + data[n - 1 - i];
                Assert.Equal(BitConverter.DoubleToInt64Bits(acc), BitConverter.DoubleToInt64Bits(s[i]));
            }
        }));
    }

    private static IEnumerable<Axes> AxesOf(NDArray a)
    {
        yield return Axes.All;
        for (int i = 0; i < a.NDim; i++)
            yield return i;
    }

    private static bool HasEmptyLane(NDArray a, Axes axis) =>
        axis.IsAll ? a.Size == 0 : a.Shape[axis[0]] == 0 || a.Size == 0;

    private static NDIndex[] LastAlong(int ndim, int axis)
    {
        var index = new NDIndex[ndim];
        for (int i = 0; i < ndim; i++)
            index[i] = i == axis ? (NDIndex)(-1) : Range.All;
        return index;
    }

    private static double[] Values(NDArray a)
    {
        using NDArray d = a.AsType(DType.Create(ScalarType.Float64), Casting.Unsafe, ArrayOrder.C);
        return d.AsSpan<double>().ToArray();
    }

    private static unsafe byte[] Bytes(NDArray a)
    {
        using NDArray c = a.Copy();
        return new ReadOnlySpan<byte>((void*)c.DataPointer, checked((int)c.NBytes)).ToArray();
    }

    private static void Same(NDArray expected, NDArray actual, string label)
    {
        Assert.Equal(expected.DType, actual.DType);
        Assert.Equal(expected.Shape.ToArray(), actual.Shape.ToArray());
        Assert.True(Bytes(expected).SequenceEqual(Bytes(actual)), label);
    }
}
