using ArrayBridge.Examples;

namespace ArrayBridge.Testing.Tests;

/// <summary>The examples/PropertyTesting properties, and its planted bug caught and shrunk.</summary>
[Collection(PythonCollection.Name)]
public class SoftmaxExampleTests
{
    [Fact]
    public void TheSoftmaxInvariantsHold()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200).WithReplay(Shrunk.Seed(1)), SoftmaxProperties.RowsAreDistributions());
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200).WithReplay(Shrunk.Seed(2)), SoftmaxProperties.ShiftInvariant());
    }

    [Fact]
    public void TheSoftmaxAgreesWithNumPy()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200).WithReplay(Shrunk.Seed(3)), SoftmaxProperties.AgreesWithNumPy(Softmax.Compute));
    }

    [Fact]
    public void ThePlantedLayoutBugShrinksToATwoByTwoArray()
    {
        ArraySpec shrunk = Shrunk.Of(ArrayGen.ArrayArbitrary(SoftmaxProperties.Inputs), spec =>
            NumPyOracle.AssertMatches(spec, Softmax.ComputeWithLayoutBug, SoftmaxProperties.NumPySoftmax, Tolerance.AllClose(rtol: 1e-12, atol: 1e-300)), seed: 3, maxTest: 200);

        using MaterializedArray m = shrunk.Materialize();
        Assert.Equal([2, 2], m.Array.Shape.ToArray());
        Assert.InRange(shrunk.BaseSize, 2, 4);
        Assert.True(shrunk.DType.IsNativeByteOrder, shrunk.ToString());
        Assert.False(shrunk.Unaligned || shrunk.ReadOnly, shrunk.ToString());
    }
}
