using System.Numerics;

namespace ArrayBridge.Testing.Tests;

public class ArraySpecTests
{
    private static readonly Config Deterministic = Config.QuickThrowOnFailure.WithMaxTest(1500).WithReplay(Shrunk.Seed(11));

    private static Complex[] Values(NDArray a)
    {
        using NDArray wide = a.AsType(DType.Complex128, Casting.Unsafe, ArrayOrder.C);
        return wide.ToArray<Complex>();
    }

    private static bool SameValues(Complex[] x, Complex[] y) =>
        x.Length == y.Length && x.Zip(y).All(p => p.First.Equals(p.Second) || IsNaN(p.First) && IsNaN(p.Second));

    private static bool IsNaN(Complex z) => double.IsNaN(z.Real) || double.IsNaN(z.Imaginary);

    [Fact]
    public void EveryLayoutLiesInsideItsBaseAndHoldsTheRecipesValues()
    {
        Check.One(Deterministic, Prop.ForAll(ArrayGen.ArrayArbitrary(), spec =>
        {
            using MaterializedArray m = spec.Materialize();
            long baseStart = ArraySpec.GuardBytes + (spec.Unaligned ? 1 : 0);
            if (spec.BaseSize > 0)
            {
                Assert.Equal(baseStart, (long)m.Base.DataPointer - (long)m.Buffer.DataPointer);
            }

            Assert.All(m.Footprint(), offset => Assert.InRange(offset, baseStart, baseStart + m.Base.NBytes - 1));
            Assert.Equal(spec.DType, m.Array.DType);
            Assert.True(SameValues(Expected.BaseValues(spec), Values(m.Base)), $"base values differ: {spec}");

            // The view reads the base's values through the index and broadcast of the recipe.
            using NDArray reference = NDArray.FromArray(Expected.BaseValues(spec)).Reshape(spec.BaseShape);
            using NDArray indexed = spec.Index.Length > 0 ? reference[spec.Index] : reference.Index(NDIndex.Ellipsis);
            using NDArray viewed = spec.BroadcastTo is { } target ? indexed.BroadcastTo(target) : indexed.Index(NDIndex.Ellipsis);
            Assert.True(SameValues(Values(viewed), Values(m.Array)), $"view values differ: {spec}");
            Assert.Equal(spec.ReadOnly || spec.BroadcastTo is not null, !m.Array.IsWriteable);
            m.AssertNoWritesOutside();
        }));
    }

    [Fact]
    public void TheRecipeTextParsesBackToTheSameBits()
    {
        Check.One(Deterministic, Prop.ForAll(ArrayGen.ArrayArbitrary(), spec =>
        {
            var again = new ArraySpec(spec.DType, spec.BaseShape, spec.Values);
            Assert.Equal(spec.Components, again.Components);
            Assert.Contains($"\"{spec.Values}\"", spec.ToCSharp(), StringComparison.Ordinal);
        }));
    }

    [Fact]
    public void WritesOutsideTheViewAreCaughtAndWritesInsideAreNot()
    {
        var spec = new ArraySpec(DType.Float64, [4, 4], string.Join(", ", Enumerable.Range(0, 16).Select(i => $"{i}.0"))) { Index = "1:3, ::2" };
        using MaterializedArray m = spec.Materialize();
        unsafe
        {
            *(double*)m.Array.GetPointer(0, 1) = 100; // inside the view: element (1, 2) of the base
        }

        m.AssertNoWritesOutside();

        Span<byte> buffer = m.Buffer.AsSpan<byte>();
        for (int i = 24; i < 32; i++)
        {
            buffer[i] ^= 0xFF; // every byte of element (0, 1): in the base, outside the view
        }

        var e = Assert.Throws<ArrayAssertionException>(m.AssertNoWritesOutside);
        Assert.Contains("8 byte(s) outside the view were written (buffer offsets 24, 25", e.Message, StringComparison.Ordinal);
        Assert.Contains("new ArraySpec(DType.Parse(\"<f8\"), [4, 4]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GuardBytesAroundTheBaseCatchOverruns()
    {
        var spec = new ArraySpec(DType.Int32, [3], "1, 2, 3");
        using MaterializedArray m = spec.Materialize();
        m.Buffer.AsSpan<byte>()[ArraySpec.GuardBytes + 12] ^= 0xFF; // the first byte past the base
        var e = Assert.Throws<ArrayAssertionException>(m.AssertNoWritesOutside);
        Assert.Contains($"buffer offsets {ArraySpec.GuardBytes + 12};", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateNeedsAScopeAndTheScopeOwnsEverythingItMade()
    {
        var spec = new ArraySpec(DType.Int16.WithByteOrder(ByteOrder.Big), [2, 3], "1, 2, 3, 4, 5, 6") { Order = ArrayOrder.F, Index = "::-1, 1:", Unaligned = true, ReadOnly = true };
        var e = Assert.Throws<InvalidOperationException>(() => spec.Create());
        Assert.Contains("NDArray.Scope()", e.Message, StringComparison.Ordinal);

        NDArray a;
        using (NDArrayScope scope = NDArray.Scope())
        {
            a = spec.Create();
            Assert.Equal([2, 2], a.Shape.ToArray());
            Assert.False(a.IsAligned);
            Assert.False(a.IsWriteable);
            Assert.True(scope.OwnedCount >= 5);
        }

        Assert.True(a.IsDisposed);
    }

    [Fact]
    public void MaterializedArraysAreDisposedWithTheirBaseAndBuffer()
    {
        var spec = new ArraySpec(DType.Float32, [2, 2], "1.0, 2.0, 3.0, 4.0") { Index = "::-1" };
        MaterializedArray m = spec.Materialize();
        NDArray[] all = [m.Array, m.Base, m.Buffer];
        m.Dispose();
        Assert.All(all, a => Assert.True(a.IsDisposed));
    }

    [Fact]
    public void RecipesPrintReadablyAndAsCode()
    {
        var spec = new ArraySpec(DType.Float32.WithByteOrder(ByteOrder.Big), [2, 2], "1.5, -0.0, nan, -inf") { Order = ArrayOrder.F, Index = "::-1, 1", ReadOnly = true };
        Assert.Equal("dtype=>f4 base=(2, 2) order=F index=[::-1, 1] readonly values=[1.5, -0.0, nan, -inf]", spec.ToString());
        Assert.Equal("new ArraySpec(DType.Parse(\">f4\"), [2, 2], \"1.5, -0.0, nan, -inf\") { Order = ArrayOrder.F, Index = \"::-1, 1\", ReadOnly = true }", spec.ToCSharp());
        Assert.Equal(
            "a = np.array([1.5, -0.0, np.nan, -np.inf], dtype='>f4')\na = a.reshape((2, 2), order='F')[::-1, 1]\na.flags.writeable = False",
            spec.ToNumPySnippet());
    }

    [Fact]
    public void PayloadNaNsAndComplexValuesRoundTrip()
    {
        var half = new ArraySpec(DType.Float16, [3], "nan(0x7e01), -nan, 6e-08");
        Assert.Equal("nan(0x7e01), -nan, 6e-08", half.Values);
        Assert.Contains("np.array([0x7e01, 0xfe00, 0x1], dtype='<u2').view('<f2')", half.ToNumPySnippet(), StringComparison.Ordinal);

        var complex = new ArraySpec(DType.Complex64, [2], "(1.5-2.0j), (nan+infj)");
        Assert.Equal("(1.5-2.0j), (nan+infj)", complex.Values);
        Assert.Contains("complex(1.5, -2.0), complex(np.nan, np.inf)", complex.ToNumPySnippet(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("int8", "128", "'128' is not a value of a 8-bit signed integer")]
    [InlineData("bool", "2", "'2' is not a bool value")]
    [InlineData("float32", "1.5x", "'1.5x' is not a 32-bit float")]
    [InlineData("float64", "nan(0x1)", "'nan(0x1)' is not the bits of a 64-bit NaN")]
    public void BadValuesAreRefusedWithTheTokenNamed(string dtype, string values, string message)
    {
        var e = Assert.Throws<FormatException>(() => new ArraySpec(DType.Parse(dtype), [1], values));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheWrongNumberOfValuesIsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => new ArraySpec(DType.Int32, [2, 2], "1, 2, 3"));
        Assert.StartsWith("3 values for a base of shape (2, 2) (size 4)", e.Message, StringComparison.Ordinal);
    }
}
