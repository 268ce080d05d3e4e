using System.Numerics;
using FsCheck;
using FsCheck.Fluent;

namespace ArrayBridge.Tests;

/// <summary>Invariants over random layouts (FsCheck; the failing seed and op chain are printed).</summary>
public unsafe class NDArrayPropertyTests
{
    private static readonly Config Config = FixedSeed.Quick(400);

    private static Arbitrary<int> Seeds => Arb.From(Gen.Choose(0, int.MaxValue));

    [Fact]
    public void Every_view_stays_inside_its_owners_buffer()
    {
        Check.One(Config, Prop.ForAll(Seeds, seed =>
        {
            using var layouts = new RandomLayouts(seed);
            NDArray a = layouts.Array;
            Assert.True(Layout.TryGetExtent(a.Shape, a.Strides, a.ItemSize, out nint low, out nint high), layouts.ToString());
            if (a.Size > 0)
            {
                ArrayMemory m = a.Memory;
                Assert.True(a.DataPointer + low >= (nint)m.Start && a.DataPointer + high <= (nint)m.Start + m.Length, layouts.ToString());
            }
        }));
    }

    [Fact]
    public void Flags_equal_an_independent_definition_for_arbitrary_strided_layouts()
    {
        // Any shape and strides (negative and zero too) at any byte offset inside a buffer. In two
        // of three cases the strides are the C or F strides of the shape, with arbitrary strides
        // on length-1 axes, so that contiguous multi-axis layouts are common, not a rarity.
        Gen<(nint[] Shape, nint[] Strides, int Offset, int DType, int Mode)> layouts =
            from nd in Gen.Choose(0, 4)
            from shape in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0)), (12, Gen.Choose(1, 4))), nd)
            from strides in Gen.ArrayOf(Gen.Elements(-24, -16, -8, -4, -3, 0, 1, 2, 4, 8, 12, 16, 24, 32, 48, 96, 100), nd)
            from offset in Gen.Choose(0, 16)
            from dtype in Gen.Choose(0, DType.All.Count - 1)
            from mode in Gen.Choose(0, 2)
            select (shape.Select(x => (nint)x).ToArray(), strides.Select(x => (nint)x).ToArray(), offset, dtype, mode);

        int contiguousMultiAxis = 0;
        using var buffer = NDArray.Zeros<byte>(4096);
        Check.One(Config, Prop.ForAll(Arb.From(layouts), l =>
        {
            DType dtype = DType.All[l.DType];
            nint[] strides = l.Mode == 0 ? l.Strides : ContiguousStrides(l.Shape, dtype.ItemSize, fortran: l.Mode == 2, l.Strides);
            NDArray a;
            try
            {
                a = MakeView(buffer, 2048 + l.Offset, dtype, l.Shape, strides);
            }
            catch (ArgumentOutOfRangeException)
            {
                return true; // reaches outside the buffer: refused, nothing to check
            }

            using (a)
            {
                bool c = ReferenceContiguous(a, fortran: false), f = ReferenceContiguous(a, fortran: true);
                Assert.Equal(c, a.IsCContiguous);
                Assert.Equal(f, a.IsFContiguous);
                Assert.Equal(ReferenceAligned(a), a.IsAligned);
                if ((c || f) && a.Shape.ToArray().Count(n => n > 1) >= 2)
                {
                    contiguousMultiAxis++;
                }
            }

            return true;
        }));
        Assert.True(contiguousMultiAxis > 50, $"only {contiguousMultiAxis} contiguous layouts with two or more long axes were generated");
    }

    /// <summary>The C (or F) strides of a shape, with the given arbitrary strides kept on length-1 axes.</summary>
    private static nint[] ContiguousStrides(nint[] shape, int itemSize, bool fortran, nint[] arbitrary)
    {
        var strides = new nint[shape.Length];
        nint stride = itemSize;
        for (int k = 0; k < shape.Length; k++)
        {
            int i = fortran ? k : shape.Length - 1 - k;
            strides[i] = shape[i] == 1 ? arbitrary[i] : stride;
            stride *= Math.Max(shape[i], 1);
        }

        return strides;
    }

    private static unsafe NDArray MakeView(NDArray buffer, int offset, DType dtype, nint[] shape, nint[] strides) =>
        NDArray.FromPointer((void*)buffer.DataPointer, buffer.Size, offset, dtype, shape, strides);

    /// <summary>Contiguous means: the elements, taken in C (or F) order, sit at offsets 0, s, 2s, ... with s the item size.</summary>
    private static unsafe bool ReferenceContiguous(NDArray a, bool fortran)
    {
        if (a.Size == 0)
        {
            return true;
        }

        nint expected = 0;
        foreach (nint[] index in Indices(a.Shape.ToArray(), fortran))
        {
            if ((nint)a.GetPointer(index) - a.DataPointer != expected)
            {
                return false;
            }

            expected += a.ItemSize;
        }

        return true;
    }

    /// <summary>Aligned means: every element's address is a multiple of the dtype's alignment.</summary>
    private static unsafe bool ReferenceAligned(NDArray a)
    {
        foreach (nint[] index in Indices(a.Shape.ToArray(), false))
        {
            if ((nint)a.GetPointer(index) % a.DType.Alignment != 0)
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<nint[]> Indices(nint[] shape, bool fortran)
    {
        if (shape.Contains(0))
        {
            yield break;
        }

        var index = new nint[shape.Length];
        while (true)
        {
            yield return (nint[])index.Clone();
            int k = fortran ? 0 : shape.Length - 1;
            while (true)
            {
                if (k < 0 || k >= shape.Length)
                {
                    yield break;
                }

                if (++index[k] < shape[k])
                {
                    break;
                }

                index[k] = 0;
                k += fortran ? 1 : -1;
            }
        }
    }

    [Fact]
    public void Copy_between_any_two_layouts_preserves_every_element()
    {
        Check.One(Config, Prop.ForAll(Seeds, Seeds, (s1, s2) =>
        {
            using var source = new RandomLayouts(s1);
            NDArray src = source.Array;
            // A destination of the same shape and dtype in a different random layout: a fresh
            // array seen through a random permutation and a reversal.
            var rng = new Random(s2);
            int[] perm = Enumerable.Range(0, src.NDim).OrderBy(_ => rng.Next()).ToArray();
            nint[] permutedShape = perm.Select(p => src.Shape[p]).ToArray();
            using NDArray storage = NDArray.Zeros(src.DType, permutedShape, rng.Next(2) == 0 ? ArrayOrder.C : ArrayOrder.F);
            int[] inverse = new int[perm.Length];
            for (int i = 0; i < perm.Length; i++)
            {
                inverse[perm[i]] = i;
            }

            using NDArray unpermuted = storage.Transpose(inverse);
            string flip = string.Join(", ", Enumerable.Range(0, src.NDim).Select(_ => rng.Next(2) == 0 ? "::-1" : ":"));
            using NDArray dst = unpermuted[flip];
            src.CopyTo(dst);
            Assert.True(SameBytes(src, dst), source.ToString());
            foreach (ArrayOrder order in new[] { ArrayOrder.C, ArrayOrder.F, ArrayOrder.A, ArrayOrder.K })
            {
                using NDArray copy = src.Copy(order);
                Assert.True(SameBytes(src, copy), $"{order} copy of {source}");
            }
        }));
    }

    /// <summary>
    /// Whether two equal-dtype arrays hold the same bytes at every multi-index, read element by
    /// element through GetPointer rather than through the copy engine under test.
    /// </summary>
    private static bool SameBytes(NDArray a, NDArray b)
    {
        Assert.True(a.Shape.SequenceEqual(b.Shape));
        foreach (nint[] index in Indices(a.Shape.ToArray(), fortran: false))
        {
            if (!new ReadOnlySpan<byte>(a.GetPointer(index), a.ItemSize).SequenceEqual(new ReadOnlySpan<byte>(b.GetPointer(index), b.ItemSize)))
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void Overlapping_copies_give_the_result_of_copying_a_snapshot()
    {
        Check.One(Config, Prop.ForAll(Arb.From(Gen.Choose(1, 40)), Arb.From(Gen.Choose(-5, 5)), (n, shift) =>
        {
            using var a = NDArray.Arange<int>(50);
            int[] before = a.ToArray<int>();
            int start = Math.Max(0, -shift), length = Math.Min(n, 50 - Math.Abs(shift));
            using NDArray src = a[$"{start}:{start + length}"];
            using NDArray dst = a[$"{start + shift}:{start + shift + length}"];
            src.CopyTo(dst);
            int[] after = a.ToArray<int>();
            for (int i = 0; i < length; i++)
            {
                Assert.Equal(before[start + i], after[start + shift + i]);
            }

            using NDArray reversed = a["::-1"];
            using NDArray snapshot = a.Copy();
            reversed.CopyTo(a);
            Assert.Equal(snapshot.ToArray<int>().Reverse(), a.ToArray<int>());
        }));
    }

    [Fact]
    public void Reshape_to_the_same_size_preserves_c_order_values_and_views_share_memory()
    {
        Check.One(Config, Prop.ForAll(Seeds, seed =>
        {
            using var layouts = new RandomLayouts(seed);
            NDArray a = layouts.Array;
            using NDArray flat = a.Reshape(-1);
            Complex[] expected = ArrayValues.Of(a);
            Assert.True(expected.SequenceEqual(ArrayValues.Of(flat)), layouts.ToString());
            using NDArray f = a.Reshape([a.Size], ArrayOrder.F);
            using NDArray t = a.Transpose();
            using NDArray tflat = t.Reshape(-1);
            Assert.True(ArrayValues.Of(tflat).SequenceEqual(ArrayValues.Of(f)), layouts.ToString());
        }));
    }
}
