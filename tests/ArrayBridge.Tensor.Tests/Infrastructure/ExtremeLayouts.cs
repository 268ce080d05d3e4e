using FsCheck;
using FsCheck.Fluent;

namespace ArrayBridge.Tests;

/// <summary>FsCheck generators of layouts with extreme values mixed among ordinary ones.</summary>
public static class ExtremeLayouts
{
    private static readonly nint[] Extremes =
    [
        nint.MaxValue, nint.MaxValue - 1, nint.MaxValue - 3, nint.MaxValue - 7, nint.MaxValue - 15,
        nint.MaxValue / 2, nint.MaxValue / 2 + 1, nint.MaxValue / 3, nint.MaxValue / 8 + 1,
        nint.MinValue, nint.MinValue + 1, nint.MinValue + 8, nint.MinValue / 2, nint.MinValue / 3,
        (nint)1 << 31, (nint)1 << 32, ((nint)1 << 32) + 1, (nint)1 << 62, -((nint)1 << 62), ((nint)1 << 61) + 1,
        ((nint)1 << 31) + 889516852, -(((nint)1 << 31) + 889516852), // about the square root of 2^63
    ];

    /// <summary>Strides whose reaches over two or three axes of length 2 to 4 add up to 2^64 or just past it.</summary>
    private static readonly nint[] Summing =
    [
        nint.MinValue, nint.MinValue / 2, nint.MinValue / 3, nint.MaxValue / 2 + 1, nint.MaxValue / 3 + 1, (nint)1 << 62,
    ];

    private static Gen<nint> Any64 =>
        from hi in Gen.Choose(int.MinValue, int.MaxValue)
        from lo in Gen.Choose(int.MinValue, int.MaxValue)
        select (nint)(((long)hi << 32) | (uint)lo);

    private static Gen<nint> Extreme => Gen.Frequency(
        (4, Gen.Elements(Extremes)),
        (1, Any64));

    private static Gen<nint> Length => Gen.Frequency(
        (14, Gen.Choose(0, 4).Select(x => (nint)x)),
        (3, Gen.Elements(Extremes).Where(x => x > 0)),
        (1, Gen.Elements<nint>(-1, nint.MinValue)));

    private static Gen<nint> Stride(int itemSize) => Gen.Frequency(
        (8, Gen.Choose(-3, 3).Select(x => (nint)(x * itemSize))),
        (2, Gen.Choose(-40, 40).Select(x => (nint)x)),
        (5, Extreme));

    private static Gen<nint> Offset => Gen.Frequency(
        (8, Gen.Choose(-16, 24 * 8).Select(x => (nint)x)),
        (6, Extreme));

    /// <summary>
    /// Ranks 0 to 4 (and a few of 65), any dtype, default or explicit strides (sometimes of the
    /// wrong length, sometimes one extreme value on every axis, so that reaches add up past the
    /// range of nint: two reaches of nint.MinValue sum to exactly 2^64, a zero extent if wrapped).
    /// </summary>
    public static Gen<LayoutCase> Cases =>
        from dtype in Gen.Elements(DType.All.ToArray())
        from nd in Gen.Frequency((40, Gen.Choose(0, 4)), (1, Gen.Constant(65)))
        from shape in Gen.ArrayOf(Length, nd)
        from explicitStrides in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from strideCount in Gen.Frequency((20, Gen.Constant(nd)), (1, Gen.Choose(0, 5)))
        from independent in Gen.ArrayOf(Stride(dtype.ItemSize), strideCount)
        from uniform in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from sharedStride in Gen.Frequency((1, Extreme), (1, Gen.Elements(Summing)))
        from sharedLength in Gen.Choose(2, 4)
        from offset in Offset
        let strides = uniform ? Enumerable.Repeat(sharedStride, strideCount).ToArray() : independent
        let lengths = uniform ? shape.Select(_ => (nint)sharedLength).ToArray() : shape
        select new LayoutCase(lengths, explicitStrides && strides.Length > 0 ? strides : null, offset, dtype);

    public static Arbitrary<LayoutCase> LayoutCases() => Arb.From(Cases);

    private static Gen<nint?> Bound => Gen.Frequency(
        (2, Gen.Constant<nint?>(null)),
        (4, Gen.Choose(-6, 6).Select(x => (nint?)x)),
        (3, Extreme.Select(x => (nint?)x)));

    private static Gen<NDIndex> Item => Gen.Frequency(
        (2, Gen.Frequency((2, Gen.Choose(-5, 5).Select(x => (nint)x)), (1, Extreme)).Select(NDIndex.At)),
        (6, from start in Bound
            from stop in Bound
            from step in Gen.Frequency((3, Gen.Choose(-3, 3).Select(x => (nint)x)), (2, Extreme)).Where(x => x != 0)
            select NDIndex.Slice(start, stop, step)),
        (1, Gen.Constant(NDIndex.NewAxis)),
        (1, Gen.Constant(NDIndex.Ellipsis)));

    /// <summary>Up to two axes' worth of items, with new axes and at most one ellipsis.</summary>
    public static Arbitrary<IndexCase> IndexCases() => Arb.From(
        from items in Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Item, n))
        where items.Count(i => i.Kind is NDIndexKind.Integer or NDIndexKind.Slice) <= 2 && items.Count(i => i.Kind == NDIndexKind.Ellipsis) <= 1
        from transposed in Gen.Elements(false, true)
        select new IndexCase(items, transposed));
}
