namespace ArrayBridge.Testing.Tests;

/// <summary>Planted bugs: the property fails, and FsCheck shrinks the array to the smallest that shows the bug.</summary>
public class ShrinkingTests
{
    /// <summary>Reads the elements in memory order (ravel K) as if it were C order: wrong whenever a later axis is not the fastest.</summary>
    private static double[] FlattenWithLayoutBug(NDArray a)
    {
        using NDArray flat = a.Ravel(ArrayOrder.K);
        using NDArray wide = flat.AsType(DType.Float64, Casting.Unsafe, ArrayOrder.C);
        return wide.ToArray<double>();
    }

    private static double[] Flatten(NDArray a)
    {
        using NDArray wide = a.AsType(DType.Float64, Casting.Unsafe, ArrayOrder.C);
        return wide.ToArray<double>();
    }

    [Fact]
    public void ALayoutBugShrinksToATwoByTwoNativeAlignedArray()
    {
        var options = new ArrayOptions { DTypes = DTypeFamily.Integer, MaxDims = 4, MaxSide = 5 };
        ArraySpec shrunk = Shrunk.Of(ArrayGen.ArrayArbitrary(options), spec =>
        {
            using MaterializedArray m = spec.Materialize();
            Assert.Equal(Flatten(m.Array), FlattenWithLayoutBug(m.Array));
        }, seed: 3);

        using MaterializedArray m = shrunk.Materialize();
        Assert.Equal([2, 2], m.Array.Shape.ToArray());
        Assert.InRange(shrunk.BaseSize, 2, 4);
        Assert.True(shrunk.DType.IsNativeByteOrder, shrunk.ToString());
        Assert.False(shrunk.Unaligned, shrunk.ToString());
        Assert.False(shrunk.ReadOnly, shrunk.ToString());
        Assert.Equal(2, shrunk.Components.Distinct().Count()); // two values, one of them the simplest (zero)
        Assert.Contains(0UL, shrunk.Components);
    }

    [Fact]
    public void ANaNBugShrinksToANaNBesideAZero()
    {
        // A maximum that skips NaN instead of propagating it, as np.max does.
        static double BuggyMax(double[] values) => values.Where(v => !double.IsNaN(v)).DefaultIfEmpty(double.NaN).Max();

        var options = new ArrayOptions { DTypes = DTypeFamily.Floating, Layouts = LayoutClass.All & ~LayoutClass.Empty };
        ArraySpec shrunk = Shrunk.Of(ArrayGen.ArrayArbitrary(options), spec =>
        {
            using MaterializedArray m = spec.Materialize();
            double[] values = Flatten(m.Array);
            double expected = values.Any(double.IsNaN) ? double.NaN : values.Max();
            Assert.Equal(expected, BuggyMax(values));
        }, seed: 5);

        // The bug needs a NaN and a number: two elements, the number the simplest one.
        Assert.True(shrunk.BaseSize == 2, shrunk.ToString());
        Assert.Equal("", shrunk.Index);
        Assert.Null(shrunk.BroadcastTo);
        Assert.True(shrunk.DType.IsNativeByteOrder);
        ElementKind kind = ElementKind.Of(shrunk.DType);
        Assert.Single(shrunk.Components, kind.IsNaN);
        Assert.Single(shrunk.Components, c => c == 0);
    }

    [Fact]
    public void ASizeBugShrinksToASmallFailingSize()
    {
        // A routine with room for 5 elements.
        var options = new ArrayOptions { DTypes = DTypeFamily.SignedInteger, MaxSide = 4 };
        ArraySpec shrunk = Shrunk.Of(ArrayGen.ArrayArbitrary(options), spec =>
        {
            using MaterializedArray m = spec.Materialize();
            Assert.True(m.Array.Size <= 5, "overflow");
        }, seed: 9);

        using MaterializedArray m = shrunk.Materialize();
        Assert.InRange(m.Array.Size, 6, 8); // 6 when a side can be cut to it; (2, 2, 2) has no simpler failing neighbour
        Assert.Equal(0UL, shrunk.Components.Aggregate(0UL, (x, y) => x | y)); // all values simplest
        Assert.Equal(ArrayOrder.C, shrunk.Order);
    }

    [Fact]
    public void ShrinkCandidatesAreValidAndKeepValuesInsideTheOptions()
    {
        var options = new ArrayOptions { Elements = new ElementOptions { MinValue = 3, MaxValue = 50 }, DTypes = DTypeFamily.Numeric };
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200).WithReplay(Shrunk.Seed(4)), Prop.ForAll(ArrayGen.ArrayArbitrary(options), spec =>
        {
            foreach (ArraySpec candidate in spec.Shrink().Take(60))
            {
                using MaterializedArray m = candidate.Materialize();
                ElementKind kind = ElementKind.Of(candidate.DType);
                Assert.All(candidate.Components, c => Assert.InRange(kind.IsFloat ? kind.ToDouble(c) : (double)kind.ToInteger(c), 3, 50));
            }
        }));
    }
}
