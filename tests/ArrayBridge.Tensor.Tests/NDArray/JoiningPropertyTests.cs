using FsCheck.Xunit;

namespace ArrayBridge.Tests;

/// <summary>
/// Algebraic laws of the joining functions over random shapes and layouts (C, F, transposed,
/// stepped, negative strides, empty axes), each property with a fixed replay seed: split then
/// concatenate gives the array back, flipping twice is the identity, rolls add up, padding then
/// slicing the original area back gives the array, tiles and repeats are made of the array.
/// </summary>
public class JoiningPropertyTests
{
    private const string Seed = "(23,11400714819323198485)";

    /// <summary>A float64 array of distinct values in a random layout drawn from <paramref name="rng"/>.</summary>
    private static NDArray RandomLayout(Random rng)
    {
        int nd = rng.Next(1, 5);
        nint[] shape = Enumerable.Range(0, nd).Select(_ => (nint)(rng.Next(8) == 0 ? 0 : rng.Next(1, 6))).ToArray();
        nint size = shape.Aggregate((nint)1, (p, n) => p * n);
        using NDArray<double> flat = NDArray.Arange<double>(size);
        using NDArray shaped = flat.Reshape(shape);
        NDArray a = shaped.Copy(rng.Next(2) == 0 ? ArrayOrder.C : ArrayOrder.F);
        switch (rng.Next(4))
        {
            case 0:
            {
                using (a)
                {
                    return a.Transpose();
                }
            }

            case 1:
            {
                using (a)
                {
                    return a.Flip(rng.Next(nd));
                }
            }

            case 2:
            {
                using (a)
                {
                    return a.Index(Enumerable.Range(0, nd).Select(_ => rng.Next(2) == 0 ? NDIndex.All : NDIndex.Slice(step: rng.Next(2) == 0 ? 2 : -1)).ToArray());
                }
            }

            default:
                return a;
        }
    }

    private static double[] Values(NDArray a) => a.ToArray<double>();

    [Property(MaxTest = 300, Replay = Seed)]
    public void Split_then_concatenate_gives_the_array_back(int seed)
    {
        var rng = new Random(seed);
        using NDArray a = RandomLayout(rng);
        int axis = rng.Next(-a.NDim, a.NDim);
        nint[] indices = Enumerable.Range(0, rng.Next(0, 4)).Select(_ => (nint)rng.Next(0, 8)).Order().ToArray();
        NDArray[] parts = rng.Next(2) == 0 ? a.ArraySplit(rng.Next(1, 5), axis) : a.ArraySplit(indices, axis);
        try
        {
            using NDArray joined = NDArray.Concatenate(parts, axis);
            Assert.Equal(a.Shape.ToArray(), joined.Shape.ToArray());
            Assert.Equal(Values(a), Values(joined));
        }
        finally
        {
            foreach (NDArray p in parts)
            {
                p.Dispose();
            }
        }
    }

    [Property(MaxTest = 300, Replay = Seed)]
    public void Flipping_twice_is_the_identity_and_flipping_reverses(int seed)
    {
        var rng = new Random(seed);
        using NDArray a = RandomLayout(rng);
        int axis = rng.Next(a.NDim);
        using NDArray once = a.Flip(axis);
        using NDArray twice = once.Flip(axis);
        Assert.Equal(Values(a), Values(twice));
        using NDArray all = a.Flip();
        double[] reversed = Values(a);
        Array.Reverse(reversed);
        Assert.Equal(reversed, Values(all));
    }

    [Property(MaxTest = 300, Replay = Seed)]
    public void Rolls_add_up_and_a_full_turn_is_the_identity(int seed)
    {
        var rng = new Random(seed);
        using NDArray a = RandomLayout(rng);
        int axis = rng.Next(a.NDim);
        nint s1 = rng.Next(-12, 13), s2 = rng.Next(-12, 13);
        using NDArray first = a.Roll(s1, axis);
        using NDArray both = first.Roll(s2, axis);
        using NDArray sum = a.Roll(s1 + s2, axis);
        Assert.Equal(Values(sum), Values(both));
        using NDArray turn = a.Roll(a.Shape[axis], axis);
        Assert.Equal(Values(a), Values(turn));
        using NDArray flatFirst = a.Roll(s1);
        using NDArray flatBoth = flatFirst.Roll(s2);
        using NDArray flatSum = a.Roll(s1 + s2);
        Assert.Equal(Values(flatSum), Values(flatBoth));
    }

    [Property(MaxTest = 200, Replay = Seed)]
    public void Padding_then_slicing_the_original_area_gives_the_array_back(int seed)
    {
        var rng = new Random(seed);
        using NDArray a = RandomLayout(rng);
        var mode = (PadMode)rng.Next(5);
        (nint, nint)[] widths = Enumerable.Range(0, a.NDim).Select(_ => ((nint)rng.Next(0, 7), (nint)rng.Next(0, 7))).ToArray();
        if (mode != PadMode.Constant && a.Size == 0)
        {
            widths = widths.Select((w, d) => a.Shape[d] == 0 ? (0, 0) : w).ToArray();
        }

        using NDArray padded = a.Pad(widths, mode);
        using NDArray back = padded.Index(widths.Select((w, d) => NDIndex.Slice(w.Item1, w.Item1 + a.Shape[d])).ToArray());
        Assert.Equal(a.Shape.ToArray(), back.Shape.ToArray());
        Assert.Equal(Values(a), Values(back));
        if (mode == PadMode.Wrap && a.NDim == 1 && widths[0].Item1 <= a.Shape[0] && widths[0].Item2 <= a.Shape[0] && a.Size > 0)
        {
            // Within one period, wrapping is periodic.
            double[] p = Values(padded);
            nint n = a.Shape[0];
            for (int i = 0; i + n < p.Length; i++)
            {
                Assert.Equal(p[i], p[i + n]);
            }
        }
    }

    [Property(MaxTest = 200, Replay = Seed)]
    public void Tiles_and_repeats_are_made_of_the_array(int seed)
    {
        var rng = new Random(seed);
        using NDArray a = RandomLayout(rng);
        nint[] reps = Enumerable.Range(0, a.NDim).Select(_ => (nint)rng.Next(1, 4)).ToArray();
        using NDArray tiled = a.Tile(reps);
        // Every block of the tiling is the array.
        NDIndex[] block = reps.Select((r, d) => NDIndex.Slice(a.Shape[d] * (r - 1), a.Shape[d] * r)).ToArray();
        using NDArray last = tiled.Index(block);
        Assert.Equal(Values(a), Values(last));

        int axis = rng.Next(a.NDim);
        nint[] counts = Enumerable.Range(0, (int)a.Shape[axis]).Select(_ => (nint)rng.Next(0, 4)).ToArray();
        using NDArray repeated = a.Repeat(counts, axis);
        Assert.Equal(counts.Aggregate((nint)0, (s, c) => s + c), repeated.Shape[axis]);
        nint at = 0;
        for (int i = 0; i < counts.Length; i++)
        {
            using NDArray source = a.Index(Enumerable.Range(0, a.NDim).Select(d => d == axis ? NDIndex.Slice(i, i + 1) : NDIndex.All).ToArray());
            for (nint c = 0; c < counts[i]; c++, at++)
            {
                using NDArray copy = repeated.Index(Enumerable.Range(0, a.NDim).Select(d => d == axis ? NDIndex.Slice(at, at + 1) : NDIndex.All).ToArray());
                Assert.Equal(Values(source), Values(copy));
            }
        }
    }

    [Property(MaxTest = 200, Replay = Seed)]
    public void Stacking_equals_concatenating_expanded_arrays(int seed)
    {
        var rng = new Random(seed);
        using NDArray a = RandomLayout(rng);
        using NDArray b = a.Flip();
        int axis = rng.Next(-a.NDim - 1, a.NDim + 1);
        using NDArray stacked = NDArray.Stack([a, b], axis);
        using NDArray ea = a.ExpandDims(axis);
        using NDArray eb = b.ExpandDims(axis);
        using NDArray joined = NDArray.Concatenate([ea, eb], axis);
        Assert.Equal(joined.Shape.ToArray(), stacked.Shape.ToArray());
        Assert.Equal(Values(joined), Values(stacked));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(70001)]
    public void Large_contiguous_blocks_are_copied_whole_at_any_length(int rows)
    {
        // Blocks of rows * 8 float64: below, at and across the copy's piece size, odd remainders.
        using NDArray<double> a = NDArray.Arange(0.0, rows * 8.0, 1.0);
        using NDArray<double> b = NDArray.Arange(-1.0, -rows * 8.0 - 1, -1.0);
        using NDArray ma = a.Reshape(rows, 8);
        using NDArray mb = b.Reshape(rows, 8);
        using NDArray joined = NDArray.Concatenate([ma, mb, ma]);
        double[] expected = [.. a.ToArray(), .. b.ToArray(), .. a.ToArray()];
        Assert.Equal(expected, joined.ToArray<double>());
    }
}
