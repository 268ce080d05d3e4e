using FsCheck;
using FsCheck.Fluent;

namespace ArrayBridge.Tests;

/// <summary>
/// Invariants of the reductions over random shapes (including empty and length-1 axes), axes and
/// layouts (transposed, reversed, stepped): reducing two axes at once equals reducing one then the
/// other; keepdims keeps every axis; an all-true mask changes no bit; ArgMax points at Max; and on
/// inputs large enough to split across cores, every split (accumulator slices, outer rows, partial
/// results, the pairwise tree) gives exactly the serial answer.
/// </summary>
public sealed class ReductionPropertyTests
{
    private static readonly Config Quick = FixedSeed.Quick(200);

    /// <summary>A random 1- to 4-d int64 array of small values in a random layout, with the C-order values beside it.</summary>
    private static NDArray RandomArray(Random rng, DType dtype, out long[] values, int maxLength = 5) =>
        RandomArray(rng, dtype, out values, out _, maxLength);

    private static NDArray RandomArray(Random rng, DType dtype, out long[] values, out int layout, int maxLength = 5)
    {
        int nd = rng.Next(1, 5);
        var shape = new nint[nd];
        for (int i = 0; i < nd; i++)
        {
            shape[i] = rng.Next(0, maxLength + 1);
        }

        nint size = shape.Aggregate((nint)1, (x, y) => x * y);
        values = new long[size];
        for (int i = 0; i < size; i++)
        {
            values[i] = rng.Next(-50, 51);
        }

        using NDArray c = NDArray.FromArray(values).Reshape(shape);
        using NDArray typed = c.AsType(dtype);
        layout = rng.Next(4);
        return InLayout(typed, layout);
    }

    private static NDArray InLayout(NDArray typed, int layout) =>
        layout switch
        {
            0 => typed.Copy(),
            1 => typed.Copy(ArrayOrder.F),
            2 => Reversed(typed),
            _ => Stepped(typed),
        };

    private static NDArray Reversed(NDArray a)
    {
        string index = string.Join(", ", Enumerable.Repeat("::-1", a.NDim));
        using NDArray flipped = a[index].Copy();
        return flipped[index];
    }

    private static NDArray Stepped(NDArray a)
    {
        using NDArray big = NDArray.Zeros(a.DType, a.Shape.ToArray().Select(n => n * 2).ToArray());
        NDArray view = big[string.Join(", ", Enumerable.Repeat("::2", a.NDim))];
        a.CopyTo(view);
        return view;
    }

    private static readonly DType[] ExactTypes = [DType.Int64, DType.Int32, DType.Float64, DType.Float32, DType.Complex128, DType.UInt16];

    [Fact]
    public void Reducing_two_axes_equals_reducing_one_then_the_other() =>
        Check.One(Quick, Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var rng = new Random(seed);
            DType dtype = ExactTypes[rng.Next(ExactTypes.Length)];
            using NDArray a = RandomArray(rng, dtype, out _);
            if (a.NDim < 2)
            {
                return;
            }

            int i = rng.Next(a.NDim), j = (i + 1 + rng.Next(a.NDim - 1)) % a.NDim;
            using NDArray both = a.Sum((i, j));
            using NDArray first = a.Sum(Math.Max(i, j));
            using NDArray then = first.Sum(Math.Min(i, j));
            // Values are small integers, so every order of addition is exact.
            Assert.Equal(UfuncOracle.Bytes(both), UfuncOracle.Bytes(then));
            Assert.Equal(both.DType, then.DType);
        }));

    [Fact]
    public void Keepdims_keeps_every_axis_with_reduced_ones_of_length_one() =>
        Check.One(Quick, Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var rng = new Random(seed);
            using NDArray a = RandomArray(rng, DType.Float64, out _);
            int[] axes = Enumerable.Range(0, a.NDim).Where(_ => rng.Next(2) == 0).ToArray();
            using NDArray kept = a.Sum(axes, keepdims: true);
            using NDArray plain = a.Sum(axes);
            Assert.Equal(a.NDim, kept.NDim);
            for (int k = 0; k < a.NDim; k++)
            {
                Assert.Equal(axes.Contains(k) ? 1 : a.Shape[k], kept.Shape[k]);
            }

            Assert.Equal(UfuncOracle.Bytes(plain), UfuncOracle.Bytes(kept));
        }));

    [Fact]
    public void An_all_true_mask_changes_no_bit() =>
        Check.One(Quick, Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var rng = new Random(seed);
            using NDArray ints = RandomArray(rng, DType.Float64, out _, out int layout, maxLength: 40);
            // Irrational-ish values so that the order of additions shows in the bits.
            using NDArray product = NDArray.Multiply(ints, 0.1 + rng.NextDouble());
            using NDArray dense = product.Copy();
            using NDArray a = InLayout(dense, layout);
            // The mask takes part in the walk's order (as in NumPy's nditer), so it gets the input's layout.
            using NDArray ones = NDArray.Full<bool>(a.Shape, true);
            using NDArray mask = InLayout(ones, layout);
            Axes axis = rng.Next(3) == 0 ? Axes.All : rng.Next(a.NDim);
            using NDArray plain = a.Sum(axis);
            using NDArray masked = a.Sum(axis, where: mask);
            Assert.Equal(UfuncOracle.Bytes(plain), UfuncOracle.Bytes(masked));
        }));

    [Fact]
    public void ArgMax_points_at_Max_and_ArgMin_at_Min() =>
        Check.One(Quick, Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var rng = new Random(seed);
            DType dtype = ExactTypes[rng.Next(ExactTypes.Length)];
            using NDArray a = RandomArray(rng, dtype, out long[] values);
            if (a.Size == 0)
            {
                Assert.Throws<ArgumentException>(() => NDArray.ArgMax(a));
                return;
            }

            long at = a.ArgMax(), low = a.ArgMin();
            using NDArray max = NDArray.Max(a), min = NDArray.Min(a);
            using NDArray flat = a.Copy().Reshape(a.Size);
            using NDArray atMax = flat[(int)at], atMin = flat[(int)low];
            Assert.Equal(UfuncOracle.Bytes(max), UfuncOracle.Bytes(atMax));
            Assert.Equal(UfuncOracle.Bytes(min), UfuncOracle.Bytes(atMin));
            // The first occurrence: no earlier element equals the extreme.
            Assert.DoesNotContain(values.AsSpan(0, (int)at).ToArray(), v => v == values[at]);
            Assert.DoesNotContain(values.AsSpan(0, (int)low).ToArray(), v => v == values[low]);
        }));

    [Theory]
    [InlineData(700, 600)]
    [InlineData(3, 200_000)]
    [InlineData(200_000, 3)]
    [InlineData(1, 400_000)]
    public void Large_reductions_split_across_cores_give_the_serial_answer(int rows, int cols)
    {
        var rng = new Random(rows * 31 + cols);
        var values = new long[rows * cols];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = rng.Next(-1000, 1000);
        }

        using NDArray a = NDArray.FromArray(values).Reshape(rows, cols);
        foreach (NDArray layout in new[] { a.ShareView(), a.Copy(ArrayOrder.F), a.Transpose() })
        {
            using (layout)
            {
                int r = (int)layout.Shape[0], c = (int)layout.Shape[1];
                long At(int i, int j) => layout is NDArray<long> t ? t.At(i, j) : throw new InvalidOperationException();
                var sum0 = new long[c];
                var sum1 = new long[r];
                var max0 = Enumerable.Repeat(long.MinValue, c).ToArray();
                long total = 0, max = long.MinValue, min = long.MaxValue;
                for (int i = 0; i < r; i++)
                {
                    for (int j = 0; j < c; j++)
                    {
                        long v = At(i, j);
                        sum0[j] += v;
                        sum1[i] += v;
                        max0[j] = Math.Max(max0[j], v);
                        total += v;
                        max = Math.Max(max, v);
                        min = Math.Min(min, v);
                    }
                }

                using NDArray s0 = layout.Sum(0), s1 = layout.Sum(1), m0 = layout.Max(0);
                Assert.Equal(sum0, s0.ToArray<long>());
                Assert.Equal(sum1, s1.ToArray<long>());
                Assert.Equal(max0, m0.ToArray<long>());
                Assert.Equal(total, ((NDArray<long>)layout).Sum());
                Assert.Equal(max, ((NDArray<long>)layout).Max());
                Assert.Equal(min, ((NDArray<long>)layout).Min());
                using NDArray positive = NDArray.Greater(layout, 998);
                Assert.Equal(values.Any(v => v > 998), positive.Any());
                Assert.Equal((long)values.Count(v => v > 998), positive.CountNonzero());
            }
        }
    }

    [Fact]
    public void A_pairwise_sum_split_at_its_halving_point_is_bit_identical() =>
        Check.One(FixedSeed.Quick(30), Prop.ForAll(Arb.From(Gen.Choose(129, 3_000_000)), n =>
        {
            var rng = new Random(n);
            var values = new double[n];
            for (int i = 0; i < n; i++)
            {
                values[i] = (rng.NextDouble() - 0.5) * Math.Pow(2, rng.Next(-20, 20));
            }

            // NumPy's pairwise sum of a run is the sum of its two halves, split at n/2 rounded down
            // to a multiple of 8; large runs are split across cores at exactly these points.
            int h = n / 2 - n / 2 % 8;
            using NDArray<double> a = NDArray.FromArray(values);
            using NDArray left = a[$":{h}"], right = a[$"{h}:"];
            double whole = a.Sum();
            double parts = ((NDArray<double>)left).Sum() + ((NDArray<double>)right).Sum();
            Assert.Equal(BitConverter.DoubleToInt64Bits(parts), BitConverter.DoubleToInt64Bits(whole));
        }));

    [Theory]
    [InlineData(300, 700, false)]
    [InlineData(700, 300, true)]
    [InlineData(1, 200_000, false)]
    [InlineData(200_000, 1, true)]
    [InlineData(3, 70_000, true)]
    public void Converted_inputs_reduced_a_slab_at_a_time_give_the_whole_answer(int rows, int cols, bool fortran)
    {
        // int32 sums in int64 and byte-swapped input is converted first: both go a slab at a time
        // above Reduction.SlabElements; the int64 copy of the same values goes in one piece.
        var rng = new Random(rows ^ cols);
        var values = new int[rows * cols];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = rng.Next(-100_000, 100_000);
        }

        using NDArray c = NDArray.FromArray(values).Reshape(rows, cols);
        using NDArray a = fortran ? c.Copy(ArrayOrder.F) : c.Copy();
        using NDArray wide = a.AsType(DType.Int64);
        using NDArray swapped = wide.AsType(DType.Create(ScalarType.Int64, BitConverter.IsLittleEndian ? ByteOrder.Big : ByteOrder.Little));
        using NDArray maskValues = NDArray.Greater(a, 0);
        using NDArray mask = fortran ? maskValues.Copy(ArrayOrder.F) : maskValues.Copy();
        Assert.True(a.Size > Reduction.SlabElements);
        foreach (Axes axis in new Axes[] { Axes.All, 0, 1, Axes.Of() })
        {
            foreach (bool keepdims in new[] { false, true })
            {
                foreach (NDArray input in new[] { a, swapped })
                {
                    using NDArray sum = NDArray.Sum(input, axis, keepdims: keepdims), expected = NDArray.Sum(wide, axis, keepdims: keepdims);
                    Assert.Equal(UfuncOracle.Bytes(expected), UfuncOracle.Bytes(sum));
                    using NDArray max = NDArray.Max(input, axis, keepdims: keepdims, initial: -5, where: mask);
                    using NDArray maxExpected = NDArray.Max(wide, axis, keepdims: keepdims, initial: -5, where: mask);
                    using NDArray maxWide = max.AsType(DType.Int64);
                    Assert.Equal(UfuncOracle.Bytes(maxExpected), UfuncOracle.Bytes(maxWide));
                    using NDArray min = NDArray.Min(input, axis, keepdims: keepdims), minExpected = NDArray.Min(wide, axis, keepdims: keepdims);
                    using NDArray minWide = min.AsType(DType.Int64);
                    Assert.Equal(UfuncOracle.Bytes(minExpected), UfuncOracle.Bytes(minWide));
                }
            }
        }
    }
}
