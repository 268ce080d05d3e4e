using FsCheck;
using FsCheck.Fluent;

namespace ArrayBridge.Tests;

/// <summary>Save then Load over random dtypes, shapes and view chains (FsCheck; the failing seed and op chain are printed).</summary>
public class NpyRoundTripPropertyTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(400);

    private static Arbitrary<int> Seeds => Arb.From(Gen.Choose(0, int.MaxValue));

    [Fact]
    public void Save_then_Load_gives_the_same_values_dtype_shape_and_numpys_order()
    {
        Check.One(Config, Prop.ForAll(Seeds, seed =>
        {
            using var layouts = new RandomLayouts(seed);
            NDArray a = layouts.Array;
            byte[] file = NpyRecordedTests.SaveToBytes(a);

            // The header block is 64-byte aligned and followed by exactly the array's bytes.
            int headerLength = BitConverter.ToUInt16(file, 8);
            Assert.True((10 + headerLength) % 64 == 0, layouts.ToString());
            Assert.Equal(10 + headerLength + a.NBytes, file.Length);
            Assert.Equal((byte)'\n', file[9 + headerLength]);

            using NDArray b = NDArray.Load(new MemoryStream(file));
            Assert.Equal(a.DType, b.DType);
            Assert.Equal(a.Shape.ToArray(), b.Shape.ToArray());
            bool fortran = a.IsFContiguous && !a.IsCContiguous;
            Assert.Equal(fortran, b.IsFContiguous && !b.IsCContiguous);
            Assert.True(fortran || b.IsCContiguous, layouts.ToString());
            Assert.Equal(NpyBytes.LittleEndianCBytes(a), NpyBytes.LittleEndianCBytes(b));

            // Whatever the layout, the data is that of the C- (or F-) ordered copy.
            using NDArray ordered = a.Copy(fortran ? ArrayOrder.F : ArrayOrder.C);
            Assert.Equal(NpyRecordedTests.SaveToBytes(ordered), file);
        }));
    }

    [Theory]
    [InlineData("<f8", new long[] { 700, 400 }, ":, ::-2")]          // a partly buffered outer axis
    [InlineData(">i4", new long[] { 3, 200, 1000 }, "::-1, :, 1::2")] // leading axis loop + partial axis
    [InlineData("<c16", new long[] { 300000 }, "::-3")]               // one axis longer than the buffer
    [InlineData("|u1", new long[] { 5, 3000, 700 }, "..., ::-1")]
    public void Large_non_contiguous_arrays_stream_in_C_order(string descr, long[] shape, string index)
    {
        using NDArray a = NDArray.Zeros(DType.Parse(descr), shape.Select(x => (nint)x).ToArray());
        RandomLayouts.FillDistinct(a);
        using NDArray view = a[index];
        Assert.False(view.IsCContiguous || view.IsFContiguous);
        Assert.True(view.NBytes > 1 << 20);
        using NDArray copy = view.Copy();
        var stream = new WriteRecordingStream();
        NDArray.Save(stream, view);
        Assert.Equal(NpyRecordedTests.SaveToBytes(copy), stream.ToArray());
        // Streamed through a bounded buffer, never as one copy of the whole array.
        Assert.InRange(stream.LargestWrite, 1, 1 << 20);
    }
}
