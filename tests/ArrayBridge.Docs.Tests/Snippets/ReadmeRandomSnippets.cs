namespace ArrayBridge.Docs.Tests;

/// <summary>README.md, "Random numbers that are NumPy's own".</summary>
public class ReadmeRandomSnippets
{
    [Fact]
    public void Streams()
    {
        // <snippet:readme-random>
        var rng = Generator.DefaultRng(42);
        NDArray<double> z = rng.StandardNormal(3);         // 0.30471707975443135, -1.0399841062404955, 0.7504511958064572
        NDArray<long> k = rng.Integers(0, 10, [5]);          // rng.integers(0, 10, 5)
        NDArray<byte> b = rng.Integers<byte>(0, 256, [4, 4]); // every dtype int8..uint64 and bool, endpoint: true as NumPy's
        NDArray<float> f = rng.Random<float>(1000);          // float32 from 32-bit draws, sharing 64-bit words as NumPy does
        NDArray<long> pick = rng.Choice(10, [3], replace: false);
        rng.Shuffle(b);                                      // in place along axis 0, any dtype and strides

        var legacy = new RandomState(42);                    // np.random.seed(42) / RandomState(42): MT19937
        NDArray<double> g = legacy.RandN(5);                 // the polar Box-Muller with its cached value
        // </snippet>
        using (z)
        using (k)
        using (b)
        using (f)
        using (pick)
        using (g)
        {
            Assert.Equal(new[] { 0.30471707975443135, -1.0399841062404955, 0.7504511958064572 }, z.ToArray());
            Assert.All(k.ToArray(), v => Assert.InRange(v, 0, 9));
            Assert.Equal("(4, 4)", b.Shape.ToString());
            Assert.Equal(1000, f.Size);
            Assert.Equal(3, pick.ToArray().Distinct().Count());
            Assert.Equal(5, g.Size);
        }
    }
}
