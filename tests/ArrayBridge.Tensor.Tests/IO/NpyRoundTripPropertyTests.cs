using FsCheck;
using FsCheck.Fluent;

namespace ArrayBridge.Tests;

/// <summary>Save then Load over random dtypes, shapes and view chains (FsCheck; the failing seed and op chain are printed).</summary>
public class NpyRoundTripPropertyTests
{
    private static readonly Config Config = FixedSeed.Quick(400);

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

    /// <summary>
    /// Saving to a path (preallocated with fallocate, unbuffered) writes exactly the bytes a stream
    /// gets, whatever the layout, and over an existing file longer or shorter than the new one the
    /// file ends where the data ends: the reserved blocks never show up as length.
    /// </summary>
    [Fact]
    public void Save_to_a_path_writes_the_stream_bytes_over_any_existing_file()
    {
        string dir = Path.Combine(Path.GetTempPath(), "ab_npy_path_" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            Check.One(FixedSeed.Quick(150), Prop.ForAll(Seeds, seed =>
            {
                using var layouts = new RandomLayouts(seed);
                NDArray a = layouts.Array;
                string path = Path.Combine(dir, "a.npy");
                int previous = new Random(seed).Next(0, 3) switch { 0 => 0, 1 => 100, _ => 1 << 20 };
                if (previous > 0)
                {
                    File.WriteAllBytes(path, new byte[previous]);
                }
                else
                {
                    File.Delete(path);
                }

                NDArray.Save(path, a);
                Assert.True(NpyRecordedTests.SaveToBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(path)), layouts.ToString());
            }));

            // A large non-contiguous array goes through the chunked path, straight to the file.
            using NDArray big = NDArray.Zeros(DType.Parse(">i4"), [3, 200, 1000]);
            RandomLayouts.FillDistinct(big);
            using NDArray view = big["::-1, :, 1::2"];
            string file = Path.Combine(dir, "view");
            NDArray.Save(file, view);
            Assert.Equal(NpyRecordedTests.SaveToBytes(view), File.ReadAllBytes(file + ".npy"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
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
