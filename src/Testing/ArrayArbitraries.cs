using FsCheck;

namespace ArrayBridge.Testing;

/// <summary>
/// The default arbitraries, for FsCheck.Xunit's <c>[Property(Arbitrary = [typeof(ArrayArbitraries)])]</c>:
/// a property's <see cref="ArraySpec"/>, <see cref="DType"/>, <see cref="BroadcastableShapes"/>
/// and <see cref="BasicIndex"/> parameters are generated and shrunk by <see cref="ArrayGen"/>.
/// For other options, build an arbitrary with <see cref="ArrayGen"/> and use <c>Prop.ForAll</c>.
/// </summary>
public static class ArrayArbitraries
{
    /// <summary>Arrays under <see cref="ArrayOptions.Default"/>.</summary>
    public static Arbitrary<ArraySpec> ArraySpecs() => ArrayGen.ArrayArbitrary();

    /// <summary>Every dtype, in either byte order.</summary>
    public static Arbitrary<DType> DTypes() => ArrayGen.DTypeArbitrary();

    /// <summary>Two shapes that broadcast together.</summary>
    public static Arbitrary<BroadcastableShapes> BroadcastableShapes() => ArrayGen.BroadcastableShapesArbitrary(2);

    /// <summary>A shape of up to 4 dimensions and a basic index of it (with new axes).</summary>
    public static Arbitrary<BasicIndex> BasicIndices() =>
        FsCheck.Fluent.Arb.From(
            FsCheck.Fluent.Gen.SelectMany(ArrayGen.Shapes(0, 4, 0, 5), shape => ArrayGen.BasicIndices(shape, allowNewAxis: true)),
            b => ArrayGen.BasicIndexArbitrary(b.Shape, allowNewAxis: true).Shrinker(b));
}
