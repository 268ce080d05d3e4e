using ArrayBridge.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ArrayBridge.Docs.Tests;

/// <summary>README.md, "Property-based testing": a property over generated arrays, and Classify.</summary>
[Collection(DocsCollection.Name)]
public class ReadmeTestingSnippets
{
    // The property below cannot fail at random: a copy equals its source for every generated layout.
    // <snippet:readme-property>
    [Property(Arbitrary = [typeof(ArrayArbitraries)])]
    public void CopyKeepsValues(ArraySpec spec)
    {
        using MaterializedArray m = spec.Materialize();   // the view, its base, a guarded buffer
        using NDArray copy = m.Array.Copy();
        ArrayAssert.AssertArrayEqual(copy, m.Array);      // np.testing's semantics and message
        m.AssertNoWritesOutside();                        // no byte outside the view changed
    }
    // </snippet>

    [Fact]
    public void Classify()
    {
        var output = new StringWriter();
        TextWriter console = Console.Out;
        Console.SetOut(output);
        try
        {
            // <snippet:readme-classify>
            Check.One(Config.Quick.WithMaxTest(1000), Prop.ForAll(ArrayGen.ArrayArbitrary(), spec =>
            {
                using MaterializedArray m = spec.Materialize();
                return Enum.GetValues<LayoutClass>().Where(c => c is not (LayoutClass.None or LayoutClass.All))
                    .Aggregate(Prop.ToProperty(true), (p, c) => p.Classify(m.Classes.HasFlag(c), c.ToString()));
            }));
            // Ok, passed 1000 tests.
            // 12% CContiguous.
            // 9% Offset, NegativeStrides.
            // 9% ReadOnly, ZeroStrides.
            // 8% FContiguous.
            // 7% Empty.
            // ...
            // </snippet>
        }
        finally
        {
            Console.SetOut(console);
        }

        string printed = output.ToString();
        Assert.Contains("Ok, passed 1000 tests.", printed, StringComparison.Ordinal);
        Assert.Matches(@"\d+% [A-Za-z, ]*CContiguous", printed);
    }
}
