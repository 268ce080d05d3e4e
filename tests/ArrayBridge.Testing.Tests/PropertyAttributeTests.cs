using FsCheck.Xunit;

namespace ArrayBridge.Testing.Tests;

/// <summary>The kit through FsCheck.Xunit's [Property]: parameters generated and shrunk by <see cref="ArrayArbitraries"/>.</summary>
public class PropertyAttributeTests
{
    [Property(Arbitrary = [typeof(ArrayArbitraries)], MaxTest = 300, Replay = "(17,11400714819323198485)")]
    public void ACopyHasTheValuesAndIsCContiguous(ArraySpec spec)
    {
        using MaterializedArray m = spec.Materialize();
        using NDArray copy = m.Array.Copy();
        Assert.True(copy.IsCContiguous);
        ArrayAssert.AssertArrayEqual(copy, m.Array);
        m.AssertNoWritesOutside();
    }

    [Property(Arbitrary = [typeof(ArrayArbitraries)], MaxTest = 300, Replay = "(18,11400714819323198485)")]
    public void IndicesApplyAndBroadcastShapesBroadcast(BasicIndex index, BroadcastableShapes shapes, DType dtype)
    {
        using NDArray cell = NDArray.Zeros(dtype, []);
        using NDArray a = cell.AsStrided(index.Shape, new nint[index.Shape.Length]);
        using NDArray view = a[index.Text];
        Assert.Equal(index.ResultShape, view.Shape.ToArray());
        Assert.Equal(2, shapes.InputShapes.Length);
        foreach (nint[] shape in shapes.InputShapes)
        {
            using NDArray input = cell.AsStrided(shape, new nint[shape.Length]);
            using NDArray broadcast = input.BroadcastTo(shapes.ResultShape);
        }
    }

    [Fact]
    public void TheDocumentedScopePatternWorksWithPropForAll()
    {
        // The example of ArrayGen's documentation, with a fixed seed.
        Check.One(Config.QuickThrowOnFailure.WithReplay(Shrunk.Seed(19)), Prop.ForAll(ArrayGen.ArrayArbitrary(new ArrayOptions { DTypes = DTypeFamily.Floating }), spec =>
        {
            using NDArrayScope scope = NDArray.Scope(); // owns the array, its base and every temporary
            NDArray a = spec.Create();
            ArrayAssert.AssertArrayEqual(a * 1, a);
        }));
    }
}
