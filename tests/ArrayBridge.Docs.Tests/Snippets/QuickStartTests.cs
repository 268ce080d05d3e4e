namespace ArrayBridge.Docs.Tests;

/// <summary>
/// examples/QuickStart, which ./build.sh demo runs and whose TensorTour the README shows: run here,
/// and what it prints must bear out the comments of the README's copy.
/// </summary>
[Collection(DocsCollection.Name)]
public class QuickStartTests
{
    static QuickStartTests() => Python.Initialize();

    [Fact]
    public void The_tensor_tour_does_what_its_comments_say()
    {
        string printed = Capture(TensorTour.Run);
        Assert.Contains("a: shape (3, 4), strides (32, 8)", printed, StringComparison.Ordinal);
        Assert.Contains("a[::-1, 1::2]: strides (-32, 16), data offset 72 bytes", printed, StringComparison.Ordinal);
        Assert.Contains("a.T: strides (8, 32), C=False F=True", printed, StringComparison.Ordinal);
        Assert.Contains("broadcast: strides (0, 8), writeable=False", printed, StringComparison.Ordinal);
        Assert.Contains("after v[0, 1] = -1: a[2, 3] = -1", printed, StringComparison.Ordinal);
        Assert.Contains("a.reshape(2, 6) shares memory: True; a.T.reshape(-1) copies: True", printed, StringComparison.Ordinal);
        Assert.Contains("a.astype('>f4'): typestr >f4, buffer format >f", printed, StringComparison.Ordinal);
        Assert.Contains("wrapped float[]: data[5] = 60, span length 6", printed, StringComparison.Ordinal);
        Assert.Contains("same memory: True", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void The_numpy_tour_shares_memory_both_ways()
    {
        string printed = Capture(NumPyTour.Run);
        Assert.Contains("same memory, no copy", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("COPIED", printed, StringComparison.Ordinal);
        Assert.Contains("NumPy reads pa[0, 0] = 100", printed, StringComparison.Ordinal);
        Assert.Contains("NumPy strides (-8, 24)", printed, StringComparison.Ordinal);
        Assert.Contains("|X[3]| = 8.000", printed, StringComparison.Ordinal);
    }

    private static string Capture(Action run)
    {
        var output = new StringWriter();
        TextWriter console = Console.Out;
        Console.SetOut(output);
        try
        {
            run();
        }
        finally
        {
            Console.SetOut(console);
        }

        return output.ToString();
    }
}
