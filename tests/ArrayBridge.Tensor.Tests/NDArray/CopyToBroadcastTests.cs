namespace ArrayBridge.Tests;

/// <summary>
/// Each method that broadcasts reports a shape mismatch in its own words and names its own
/// parameter: <see cref="NDArray.CopyTo"/> as <c>np.copyto</c>, <see cref="NDArray.BroadcastTo"/>
/// as <c>np.broadcast_to</c>.
/// </summary>
public class CopyToBroadcastTests
{
    private static string NumPyShape(nint[] shape) =>
        shape.Length == 1 ? $"({shape[0]},)" : "(" + string.Join(",", shape) + ")";

    [Theory]
    [InlineData(new long[] { 3, 4 }, new long[] { 4, 3 }, "could not broadcast input array from shape (3,4) into shape (4,3)")]
    [InlineData(new long[] { 3 }, new long[] { }, "could not broadcast input array from shape (3,) into shape ()")]
    [InlineData(new long[] { 2, 3 }, new long[] { 3 }, "could not broadcast input array from shape (2,3) into shape (3,)")]
    [InlineData(new long[] { 0 }, new long[] { 2 }, "could not broadcast input array from shape (0,) into shape (2,)")]
    public void CopyTo_reports_numpys_copyto_message_and_its_own_parameter(long[] from, long[] to, string message)
    {
        using NDArray src = NDArray.Zeros<double>(Array.ConvertAll(from, n => (nint)n));
        using NDArray dst = NDArray.Zeros<double>(Array.ConvertAll(to, n => (nint)n));
        var e = Assert.Throws<ArgumentException>(() => src.CopyTo(dst));
        Assert.StartsWith(message + " (Parameter 'destination')", e.Message);
        Assert.Equal("destination", e.ParamName);
    }

    [Fact]
    public void CopyTo_accepts_exactly_the_shapes_that_broadcast_and_words_every_refusal_as_copyto()
    {
        // BroadcastTo is the independent oracle of which shapes broadcast.
        var random = new Random(42);
        int refused = 0, accepted = 0;
        for (int trial = 0; trial < 1500; trial++)
        {
            nint[] from = RandomShape(random), to = RandomShape(random);
            using NDArray src = NDArray.Arange<int>(Size(from)).Reshape(from);
            using NDArray dst = NDArray.Zeros<int>(to);
            bool broadcasts = Record.Exception(() => src.BroadcastTo(to).Dispose()) is null;
            Exception? e = Record.Exception(() => src.CopyTo(dst));
            if (broadcasts)
            {
                Assert.Null(e);
                using NDArray expected = src.BroadcastTo(to);
                Assert.Equal(expected.ToArray<int>(), dst.ToArray<int>());
                accepted++;
            }
            else
            {
                var a = Assert.IsType<ArgumentException>(e);
                Assert.Equal("destination", a.ParamName);
                Assert.StartsWith($"could not broadcast input array from shape {NumPyShape(from)} into shape {NumPyShape(to)}", a.Message);
                refused++;
            }
        }

        Assert.True(accepted > 100 && refused > 100, $"accepted {accepted}, refused {refused}");
    }

    [Fact]
    public void BroadcastTo_keeps_its_own_wording_and_parameter()
    {
        using var a = NDArray.Zeros<double>(3, 4);
        var e = Assert.Throws<ArgumentException>(() => a.BroadcastTo(4, 3));
        Assert.Equal("shape", e.ParamName);
        Assert.StartsWith("operands could not be broadcast together with remapped shapes", e.Message);
    }

    private static nint[] RandomShape(Random random)
    {
        var shape = new nint[random.Next(0, 4)];
        for (int i = 0; i < shape.Length; i++)
        {
            shape[i] = random.Next(0, 4);
        }

        return shape;
    }

    private static int Size(nint[] shape)
    {
        int n = 1;
        foreach (nint d in shape)
        {
            n *= (int)d;
        }

        return n;
    }
}
