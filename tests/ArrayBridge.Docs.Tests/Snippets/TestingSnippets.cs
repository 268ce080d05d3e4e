using ArrayBridge.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace ArrayBridge.Docs.Tests;

/// <summary>docs/testing.md.</summary>
[Collection(DocsCollection.Name)]
public class TestingSnippets
{
    static TestingSnippets() => Python.Initialize();

    [Fact]
    public void Property()
    {
        // <snippet:property>
        var replay = new Replay(new Rnd(7, 0x9E3779B97F4A7C15UL), null);                 // a fixed seed: reproducible
        Config config = Config.QuickThrowOnFailure.WithMaxTest(200).WithReplay(replay);
        Check.One(config, Prop.ForAll(ArrayGen.ArrayArbitrary(), spec =>
        {
            using MaterializedArray m = spec.Materialize();   // the view, its base, a guarded buffer
            using NDArray copy = m.Array.Copy();
            ArrayAssert.AssertArrayEqual(copy, m.Array);      // np.testing's semantics and message
            m.AssertNoWritesOutside();                        // no byte outside the view changed
        }));
        // </snippet>
    }

    [Fact]
    public void Oracle()
    {
        // <snippet:oracle>
        using NDArray<double> a = NDArray.Arange<double>(10).Reshape(2, 5);
        using NDArray expected = NumPyOracle.Evaluate("np.cumsum(a, axis=1)", a);   // NumPy computes it
        using NDArray actual = NDArray.CumSum(a, axis: 1);                          // ArrayBridge computes it
        ArrayAssert.AssertAllClose(actual, expected, rtol: 1e-12);
        // </snippet>
        Assert.Equal(35.0, actual.ToArray<double>()[^1]);
    }
}
