namespace ArrayBridge.Tests;

/// <summary>
/// Properties of advanced indexing over random arrays (every dtype family, C, F, reversed and
/// stepped layouts, empty axes) for 300 fixed seeds each: a mask gather equals <c>Compress</c> of the
/// ravelled array and <c>Extract</c>; <c>Take</c> equals fancy indexing along the axis; setting
/// distinct positions and reading them back returns the values; <c>Nonzero</c> indexes the same
/// elements as the mask.
/// </summary>
public sealed unsafe class SelectionPropertyTests
{
    private static readonly DType[] DTypes = [DType.Float64, DType.Int32, DType.Parse("|i1"), DType.Parse(">f4"), DType.Parse("<c16"), DType.Bool];

    /// <summary>Runs <paramref name="property"/> for 300 fixed seeds drawn from <paramref name="stream"/>, naming the seed that fails.</summary>
    private static void ForSeeds(int stream, Action<int> property)
    {
        var seeds = new Random(stream);
        for (int k = 0; k < 300; k++)
        {
            int seed = seeds.Next();
            try
            {
                property(seed);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"seed {seed}: {e.Message}");
            }
        }
    }

    /// <summary>A random array from a seed: dtype, shape (some axes empty), values and layout.</summary>
    private static NDArray RandomArray(Random rng)
    {
        DType dtype = DTypes[rng.Next(DTypes.Length)];
        int nd = rng.Next(0, 4);
        var shape = new nint[nd];
        for (int i = 0; i < nd; i++)
        {
            shape[i] = rng.Next(10) == 0 ? 0 : rng.Next(1, 5);
        }

        using NDArray<double> values = NDArray.Empty<double>(shape);
        Span<double> s = values.AsSpan<double>();
        for (int i = 0; i < s.Length; i++)
        {
            s[i] = rng.Next(-3, 4);
        }

        using NDArray typed = values.AsType(dtype);
        return rng.Next(3) switch
        {
            0 => typed.Copy(ArrayOrder.F),
            1 when nd > 0 => typed[NDIndex.Slice(step: -1)].Copy(ArrayOrder.K) is var c ? Reversed(c) : typed.Copy(),
            _ => typed.Copy(),
        };

        static NDArray Reversed(NDArray c)
        {
            NDArray v = c[NDIndex.Slice(step: -1)];
            c.Dispose();
            return v;
        }
    }

    private static NDArray<bool> RandomMask(Random rng, ReadOnlySpan<nint> shape)
    {
        NDArray<bool> m = NDArray.Empty<bool>(shape);
        Span<bool> s = m.AsSpan<bool>();
        for (int i = 0; i < s.Length; i++)
        {
            s[i] = rng.Next(2) == 0;
        }

        return m;
    }

    /// <summary>The elements' bytes in C order, so any two arrays of one dtype compare exactly.</summary>
    private static byte[] Bytes(NDArray a)
    {
        using NDArray c = a.Copy(ArrayOrder.C);
        return new ReadOnlySpan<byte>((void*)c.DataPointer, (int)c.NBytes).ToArray();
    }

    private static void AssertSame(NDArray expected, NDArray actual)
    {
        Assert.Equal(expected.DType, actual.DType);
        Assert.Equal(expected.Shape.ToArray(), actual.Shape.ToArray());
        Assert.Equal(Bytes(expected), Bytes(actual));
    }

    [Fact]
    public void Mask_gather_equals_compress_of_ravel_and_extract() =>
        ForSeeds(1, seed =>
        {
            var rng = new Random(seed);
            using NDArray a = RandomArray(rng);
            using NDArray<bool> mask = RandomMask(rng, a.Shape);
            using NDArray gathered = a.NDim == 0 ? a.Get(AdvancedIndex.FromArray(mask)) : a[mask];
            using NDArray flat = a.Ravel();
            using NDArray flatMask = mask.Ravel();
            using NDArray compressed = flat.Compress(flatMask);
            using NDArray extracted = NDArray.Extract(mask, a);
            if (a.NDim > 0)
            {
                AssertSame(compressed, gathered);
            }

            AssertSame(compressed, extracted);
        });

    [Fact]
    public void Take_equals_fancy_indexing_along_the_axis() =>
        ForSeeds(2, seed =>
        {
            var rng = new Random(seed);
            using NDArray a = RandomArray(rng);
            if (a.NDim == 0)
            {
                return;
            }

            int axis = rng.Next(a.NDim);
            nint n = a.Shape[axis];
            if (n == 0)
            {
                return;
            }

            using NDArray<long> idx = NDArray.Empty<long>(rng.Next(0, 3), rng.Next(1, 4));
            Span<long> s = idx.AsSpan<long>();
            for (int i = 0; i < s.Length; i++)
            {
                s[i] = rng.Next(-(int)n, (int)n);
            }

            var index = new AdvancedIndex[axis + 1];
            index.AsSpan(0, axis).Fill(AdvancedIndex.All);
            index[axis] = idx;
            using NDArray taken = a.Take(idx, axis);
            using NDArray fancy = a[index];
            AssertSame(fancy, taken);
        });

    [Fact]
    public void Setting_distinct_positions_then_getting_them_returns_the_values() =>
        ForSeeds(3, seed =>
        {
            var rng = new Random(seed);
            using NDArray a = RandomArray(rng);
            if (a.NDim == 0 || a.Shape[0] == 0)
            {
                return;
            }

            nint n = a.Shape[0];
            long[] picks = Enumerable.Range(0, (int)n).OrderBy(_ => rng.Next()).Take(rng.Next(1, (int)n + 1)).Select(i => (long)(rng.Next(2) == 0 ? i : i - n)).ToArray();
            using NDArray<long> idx = NDArray.FromArray(picks);
            using NDArray current = a[idx];
            using NDArray values = RandomArray(new Random(seed + 1)) is var r && r.DType == a.DType && r.Shape.SequenceEqual(current.Shape) ? r : Fresh(current, r);
            a[idx] = values;
            using NDArray back = a[idx];
            AssertSame(values, back);
        });

    private static NDArray Fresh(NDArray like, NDArray spare)
    {
        spare.Dispose();
        using NDArray doubled = NDArray.Add(like, like);
        return doubled.AsType(like.DType);
    }

    [Fact]
    public void Nonzero_coordinates_index_the_same_elements_as_the_mask() =>
        ForSeeds(4, seed =>
        {
            var rng = new Random(seed);
            using NDArray a = RandomArray(rng);
            if (a.NDim == 0)
            {
                return;
            }

            NDArray[] coords = a.Nonzero();
            try
            {
                var index = coords.Select(c => (AdvancedIndex)c).ToArray();
                using NDArray byCoords = a[index];
                using NDArray truth = NDArray.NotEqual(a, 0);
                using NDArray byMask = a[truth];
                AssertSame(byMask, byCoords);
                using NDArray argwhere = a.ArgWhere();
                Assert.Equal([coords[0].Size, (nint)a.NDim], argwhere.Shape.ToArray());
            }
            finally
            {
                foreach (NDArray c in coords)
                {
                    c.Dispose();
                }
            }
        });
}
