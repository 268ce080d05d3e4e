namespace ArrayBridge.Testing.Tests;

/// <summary>The other generators' shrinkers, on planted bugs.</summary>
public class GeneratorShrinkingTests
{
    [Fact]
    public void AValueBugShrinksTowardTheSmallestFailingMagnitude()
    {
        double shrunk = Shrunk.Of(ArrayGen.ValueArbitrary<double>(), x => Assert.False(Math.Abs(x) >= 100 && double.IsFinite(x)), seed: 12);
        Assert.InRange(shrunk, 100, 199); // halving stops once the next half would pass
        Assert.Equal(Math.Truncate(shrunk), shrunk);
    }

    [Fact]
    public void AShapeBugShrinksToOneAxisOfTheFailingLength()
    {
        nint[] shrunk = Shrunk.Of(ArrayGen.ShapeArbitrary(1, 4, 1, 9), shape => Assert.True(shape.All(n => n <= 3)), seed: 13);
        Assert.Equal([4], shrunk);
    }

    [Fact]
    public void ABroadcastBugShrinksToTheFewestDimensions()
    {
        BroadcastableShapes shrunk = Shrunk.Of(ArrayGen.BroadcastableShapesArbitrary(2, maxDims: 4), b => Assert.True(b.ResultShape.Length < 3), seed: 14);
        Assert.Equal(3, shrunk.ResultShape.Length);
        Assert.Equal(3, shrunk.InputShapes.Max(s => s.Length));
        Assert.Equal([1, 1, 1], shrunk.ResultShape); // sides shrink to 1
        Assert.Contains(shrunk.InputShapes, s => s.Length == 0); // the other input loses every axis
    }
}
