namespace ArrayBridge.Docs.Tests;

/// <summary>docs/random.md.</summary>
public class RandomSnippets
{
    [Fact]
    public void DefaultRng()
    {
        // <snippet:default-rng>
        Generator rng = Generator.DefaultRng(42);                  // np.random.default_rng(42)
        using NDArray<double> u = rng.Random(3);                   // rng.random(3)
        using NDArray<long> dice = rng.Integers(0, 10, [5]);       // rng.integers(0, 10, 5)
        double next = rng.Random();                                // the stream goes on as NumPy's
        // </snippet>
        Assert.Equal(new[] { 0.7739560485559633, 0.4388784397520523, 0.8585979199113825 }, u.ToArray<double>());
        Assert.Equal(new long[] { 0, 6, 2, 0, 5 }, dice.ToArray<long>());
        Assert.Equal(0.761139701990353, next);
    }

    [Fact]
    public void Distributions()
    {
        // <snippet:distributions>
        Generator rng = Generator.DefaultRng(42);
        using NDArray<double> z = rng.StandardNormal(3);           // NumPy's ziggurat, bit for bit
        using NDArray<double> x = rng.Normal(10.0, 2.0, 2);
        using NDArray<long> deck = Generator.DefaultRng(42).Permutation(10);
        using NDArray<long> hand = Generator.DefaultRng(42).Choice(10, [3], replace: false);
        // </snippet>
        Assert.Equal(new[] { 0.30471707975443135, -1.0399841062404955, 0.7504511958064572 }, z.ToArray<double>());
        Assert.Equal(new[] { 11.881129432782428, 6.097929622692327 }, x.ToArray<double>());
        Assert.Equal(new long[] { 5, 6, 0, 7, 3, 2, 4, 9, 1, 8 }, deck.ToArray<long>());
        Assert.Equal(new long[] { 9, 0, 6 }, hand.ToArray<long>());
    }

    [Fact]
    public void GammaFamilyAndCounts()
    {
        // <snippet:gamma-family>
        Generator rng = Generator.DefaultRng(42);
        using NDArray<double> g = rng.Gamma(2.5, 3.0, 2);          // rng.gamma(2.5, 3.0, 2)
        using NDArray<long> k = rng.Poisson(4.0, 4);               // rng.poisson(4.0, 4), int64
        using NDArray<long> b = rng.Binomial(100, 0.3, 3);         // rng.binomial(100, 0.3, 3)
        // </snippet>
        Assert.Equal(new[] { 7.940582445803157, 10.408982548909814 }, g.ToArray<double>());
        Assert.Equal(new long[] { 4, 6, 4, 6 }, k.ToArray<long>());
        Assert.Equal(new long[] { 25, 32, 33 }, b.ToArray<long>());
    }

    [Fact]
    public void Legacy()
    {
        // <snippet:legacy>
        var legacy = new RandomState(0);                           // np.random.RandomState(0)
        using NDArray<double> r = legacy.Rand(2);                  // legacy.rand(2)
        // </snippet>
        Assert.Equal(new[] { 0.5488135039273248, 0.7151893663724195 }, r.ToArray<double>());
    }
}
