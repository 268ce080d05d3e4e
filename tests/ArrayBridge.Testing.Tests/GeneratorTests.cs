namespace ArrayBridge.Testing.Tests;

public class GeneratorTests
{
    private static readonly Rnd Seed = new(1234UL, 0x9E3779B97F4A7C15UL);

    [Fact]
    public void DTypesComeFromTheirFamiliesInTheAskedByteOrder()
    {
        Assert.Equal(["int8", "int16", "int32", "int64"], ArrayGen.DTypesOf(DTypeFamily.SignedInteger).Select(d => d.Name).ToArray());
        Assert.Equal(14, ArrayGen.DTypesOf(DTypeFamily.All).Count);
        Assert.Equal(["complex64", "complex128"], ArrayGen.DTypesOf(DTypeFamily.Complex).Select(d => d.Name).ToArray());

        DType[] swapped = ArrayGen.DTypes(DTypeFamily.Floating, ByteOrderChoice.Swapped).Sample(200, Seed, 10);
        Assert.All(swapped, d => Assert.False(d.IsNativeByteOrder));
        Assert.All(swapped, d => Assert.Equal('f', d.Kind));
        DType[] any = ArrayGen.DTypes().Sample(2000, Seed, 10);
        Assert.InRange(any.Count(d => !d.IsNativeByteOrder), 200, 600);
        Assert.Equal(14, any.Select(d => d.AsNative()).Distinct().Count());

        // Shrinking: native order first, then the family's earlier types.
        DType bigC16 = DType.Complex128.WithByteOrder(ByteOrder.Big);
        DType[] simpler = ArrayGen.DTypeArbitrary().Shrinker(bigC16).ToArray();
        Assert.Equal(DType.Complex128, simpler[0]);
        Assert.Equal(DType.Bool, simpler[1]);
    }

    [Fact]
    public void ShapesRespectTheirBoundsAndShrinkToFewerShorterSides()
    {
        nint[][] shapes = ArrayGen.Shapes(1, 4, 2, 6).Sample(1000, Seed, 10);
        Assert.All(shapes, s => Assert.InRange(s.Length, 1, 4));
        Assert.All(shapes.SelectMany(s => s), n => Assert.InRange(n, 2, 6));
        nint[][] simpler = ArrayGen.ShapeArbitrary(1, 4, 2, 6).Shrinker([5, 6]).ToArray();
        Assert.Equal([6], simpler[0]);
        Assert.Contains(simpler, s => s.SequenceEqual(new nint[] { 2, 6 }));
        Assert.DoesNotContain(simpler, s => s.Length == 0 || s.Any(n => n < 2));
    }

    [Fact]
    public void BroadcastableShapesBroadcastToTheirResult()
    {
        BroadcastableShapes[] all = ArrayGen.MutuallyBroadcastableShapes(3, baseShape: [4, 1], maxSide: 4).Sample(1000, Seed, 10);
        foreach (BroadcastableShapes b in all)
        {
            Assert.Equal(3, b.InputShapes.Length);
            using NDArray cell = NDArray.Zeros(DType.Bool, []);
            foreach (nint[] shape in b.InputShapes.Append([4, 1]))
            {
                using NDArray input = cell.AsStrided(shape, new nint[shape.Length]);
                using NDArray broadcast = input.BroadcastTo(b.ResultShape); // throws if they do not broadcast
            }

            Assert.Equal(4, b.ResultShape[^2]);
        }

        Assert.Contains(all, b => b.InputShapes.Any(s => s.Contains(1)) && b.ResultShape.Length >= 3);
        BroadcastableShapes shrunk = ArrayGen.BroadcastableShapesArbitrary(2).Shrinker(new BroadcastableShapes([[2, 3], [3]], [2, 3])).First();
        Assert.Equal("(3,), (3,) -> (3,)", shrunk.ToString());
    }

    [Fact]
    public void ReshapeTargetsHaveTheSize()
    {
        foreach (nint size in new nint[] { 0, 1, 12, 64, 97, 360 })
        {
            using NDArray a = NDArray.Zeros(DType.Int32, [size]);
            foreach (nint[] target in ArrayGen.ReshapeTargets(size, maxDims: 4, allowUnknown: true).Sample(200, Seed, 10))
            {
                Assert.InRange(target.Length, 1, 4);
                using NDArray reshaped = a.Reshape(target);
                Assert.Equal(size, reshaped.Size);
            }
        }

        Assert.Equal([6, 2], ArrayGen.ReshapeTargetArbitrary(12).Shrinker([2, 3, 2]).First());
    }

    [Fact]
    public void AxesAreValidForTheRankInEveryForm()
    {
        for (int ndim = 0; ndim <= 4; ndim++)
        {
            Axes[] all = ArrayGen.Axes(ndim).Sample(500, Seed, 10);
            foreach (Axes axes in all.Where(a => !a.IsAll))
            {
                int[] normalized = Enumerable.Range(0, axes.Count).Select(i => axes[i] < 0 ? axes[i] + ndim : axes[i]).ToArray();
                Assert.All(normalized, a => Assert.InRange(a, 0, ndim - 1));
                Assert.Equal(normalized.Length, normalized.Distinct().Count());
            }

            Assert.Contains(all, a => a.IsAll);
            if (ndim >= 2)
            {
                Assert.Contains(all, a => a.Count == 1 && a[0] < 0);
                Assert.Contains(all, a => a.Count >= 2);
            }
        }

        Assert.All(ArrayGen.Axes(3, allowNone: false, allowTuples: false, allowNegative: false).Sample(200, Seed, 10), a => Assert.True(a.Count == 1 && a[0] >= 0));
        Assert.Equal((Axes)1, ArrayGen.AxesArbitrary(3).Shrinker(-2).First());
        Assert.Throws<ArgumentException>(() => ArrayGen.Axes(0, allowNone: false, allowTuples: false));
    }

    [Fact]
    public void BasicIndicesApplyToTheirShapeAndGiveTheResultShape()
    {
        foreach (nint[] shape in new nint[][] { [], [0], [5], [3, 4], [2, 0, 3], [4, 1, 3, 2] })
        {
            using NDArray cell = NDArray.Zeros(DType.Bool, []);
            using NDArray a = cell.AsStrided(shape, new nint[shape.Length]);
            BasicIndex[] all = ArrayGen.BasicIndices(shape, minDims: 0, maxDims: 3, allowNewAxis: true).Sample(300, Seed, 10);
            foreach (BasicIndex index in all)
            {
                using NDArray byText = a[index.Text];
                using NDArray byItems = a.Index(index.Items);
                Assert.Equal(index.ResultShape, byText.Shape.ToArray());
                Assert.Equal(index.ResultShape, byItems.Shape.ToArray());
                Assert.InRange(index.ResultShape.Length, 0, 3);
            }

            if (shape.Length >= 2)
            {
                Assert.Contains(all, i => i.Text.Contains("None", StringComparison.Ordinal));
                Assert.Contains(all, i => i.Text.Contains("...", StringComparison.Ordinal));
                Assert.Contains(all, i => i.Text.Contains(":-", StringComparison.Ordinal) || i.Text.Contains("::-", StringComparison.Ordinal));
            }
        }

        var b = new BasicIndex([4, 4], "1:3, ::-1", [2, 4]);
        BasicIndex first = ArrayGen.BasicIndexArbitrary([4, 4]).Shrinker(b).First();
        Assert.Equal("1:3", first.Text);
    }

    [Fact]
    public void FloatValuesFavourEdgeCases()
    {
        double[] doubles = ArrayGen.Values<double>().Sample(3000, Seed, 10);
        Assert.Contains(doubles, double.IsNaN);
        Assert.Contains(doubles, d => double.IsNaN(d) && BitConverter.DoubleToUInt64Bits(d) is not (0x7ff8000000000000 or 0xfff8000000000000)); // payloads
        Assert.Contains(doubles, double.IsPositiveInfinity);
        Assert.Contains(doubles, double.IsNegativeInfinity);
        Assert.Contains(doubles, d => d == 0 && double.IsNegative(d));
        Assert.Contains(doubles, double.IsSubnormal);
        Assert.Contains(doubles, d => d == double.MaxValue || d == -double.MaxValue);
        Assert.Contains(doubles, d => double.IsFinite(d) && Math.Abs(d) > 1e100);

        Half[] halves = ArrayGen.Values<Half>().Sample(3000, Seed, 10);
        Assert.Contains(halves, h => h == Half.MaxValue || h == Half.MinValue);
        Assert.Contains(halves, h => h == Half.Epsilon);
        Assert.Contains(halves, Half.IsSubnormal);
        Assert.Contains(halves, h => (double)h == 2048);
    }

    [Fact]
    public void IntegerValuesReachTheirLimits()
    {
        long[] longs = ArrayGen.Values<long>().Sample(2000, Seed, 10);
        Assert.Contains(long.MinValue, longs);
        Assert.Contains(long.MaxValue, longs);
        Assert.Contains(longs, v => v is > -100 and < 100 and not 0);
        byte[] bytes = ArrayGen.Values<byte>().Sample(2000, Seed, 10);
        Assert.Contains((byte)255, bytes);
        Assert.Contains((byte)0, bytes);
        ulong[] ulongs = ArrayGen.Values<ulong>().Sample(2000, Seed, 10);
        Assert.Contains(ulong.MaxValue, ulongs);
    }

    [Fact]
    public void ValueOptionsAreHonoured()
    {
        var bounded = new ElementOptions { MinValue = -2.5, MaxValue = 1e3 };
        double[] values = ArrayGen.Values<double>(bounded).Sample(3000, Seed, 10);
        Assert.All(values, v => Assert.InRange(v, -2.5, 1e3));
        Assert.Contains(-2.5, values);

        var finite = new ElementOptions { AllowNaN = false, AllowInfinity = false, AllowSubnormal = false };
        float[] floats = ArrayGen.Values<float>(finite).Sample(3000, Seed, 10);
        Assert.All(floats, f => Assert.True(float.IsFinite(f) && !float.IsSubnormal(f), $"{f}"));

        short[] shorts = ArrayGen.Values<short>(new ElementOptions { MinValue = 10, MaxValue = 20 }).Sample(500, Seed, 10);
        Assert.All(shorts, s => Assert.InRange(s, (short)10, (short)20));

        Assert.Throws<ArgumentException>(() => ArrayGen.Values<double>(new ElementOptions { MinValue = 2, MaxValue = 1 }));
        var e = Assert.Throws<ArgumentException>(() => ArrayGen.Values<Half>(new ElementOptions { MinValue = 1e6 }).Sample(1, Seed, 10));
        Assert.StartsWith("no finite 16-bit float lies in [1000000, ]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UniqueArraysHaveDistinctElements()
    {
        var options = new ArrayOptions { DTypes = DTypeFamily.Numeric, Elements = new ElementOptions { Unique = true } };
        foreach (ArraySpec spec in ArrayGen.Arrays(options).Sample(500, Seed, 10))
        {
            ElementKind kind = ElementKind.Of(spec.DType);
            var keys = Enumerable.Range(0, (int)spec.BaseSize).Select(i => ElementSampler.UniqueKey(kind, spec.Components.AsSpan(i * kind.Components, kind.Components))).ToList();
            Assert.Equal(keys.Count, keys.Distinct().Count());
            Assert.Null(spec.BroadcastTo);
        }

        var tooMany = new ArrayOptions { ExactDTypes = [DType.Bool], MinDims = 1, MaxSide = 5, Layouts = LayoutClass.CContiguous, Elements = new ElementOptions { Unique = true } };
        var e = Assert.Throws<ArgumentException>(() => ArrayGen.Arrays(DType.Bool, [3], tooMany).Sample(1, Seed, 10));
        Assert.Contains("cannot draw 3 unique elements of bool", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FixedDTypeAndShapeArraysTakeManyLayouts()
    {
        ArraySpec[] specs = ArrayGen.Arrays(DType.Float32, [3, 4]).Sample(400, Seed, 10);
        var classes = LayoutClass.None;
        foreach (ArraySpec spec in specs)
        {
            using MaterializedArray m = spec.Materialize();
            Assert.Equal([3, 4], m.Array.Shape.ToArray());
            Assert.Equal(DType.Float32, m.Array.DType);
            classes |= m.Classes;
        }

        LayoutClass expected = LayoutClass.CContiguous | LayoutClass.FContiguous | LayoutClass.Strided | LayoutClass.NegativeStrides | LayoutClass.ZeroStrides | LayoutClass.Offset | LayoutClass.Unaligned | LayoutClass.ReadOnly;
        Assert.Equal(expected, classes & expected);
    }
}
