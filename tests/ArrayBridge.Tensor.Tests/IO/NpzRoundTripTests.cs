using System.IO.Compression;
using FsCheck;
using FsCheck.Fluent;

namespace ArrayBridge.Tests;

/// <summary>
/// SaveNpz/SaveNpzCompressed then LoadNpz: every dtype in both byte orders, C and F order, 0-d and
/// empty, stored and deflated; member names and order as np.savez gives them; each member holds
/// exactly the bytes NDArray.Save (checked byte for byte against np.save elsewhere) writes.
/// </summary>
public class NpzRoundTripTests
{
    /// <summary>Every (dtype, byte order) ArrayBridge supports.</summary>
    public static IEnumerable<DType> AllDTypes =>
        DType.All.SelectMany(d => new[] { d.WithByteOrder(ByteOrder.Little), d.WithByteOrder(ByteOrder.Big) }).Distinct();

    public static TheoryData<string, bool> DTypeCases()
    {
        var data = new TheoryData<string, bool>();
        foreach (DType d in AllDTypes)
        {
            data.Add(d.TypeStr, false);
            data.Add(d.TypeStr, true);
        }

        return data;
    }

    /// <summary>A 2x3x4 C array, its F-ordered copy, a 0-d array, two empty arrays and a view that is neither C nor F contiguous.</summary>
    internal static List<(string Name, NDArray Array)> SampleArrays(DType dtype)
    {
        NDArray c = NDArray.Zeros(dtype, [2, 3, 4]);
        RandomLayouts.FillDistinct(c);
        NDArray f = c.Copy(ArrayOrder.F);
        NDArray scalar = NDArray.Zeros(dtype, []);
        RandomLayouts.FillDistinct(scalar);
        return
        [
            ("c", c),
            ("f", f),
            ("scalar", scalar),
            ("empty", NDArray.Zeros(dtype, [0])),
            ("empty_f", NDArray.Zeros(dtype, [3, 0, 2], ArrayOrder.F)),
            ("strided", c[":, ::-2, 1::2"]),
        ];
    }

    internal static byte[] NpyBytesOf(NDArray a)
    {
        var ms = new MemoryStream();
        NDArray.Save(ms, a);
        return ms.ToArray();
    }

    private static void AssertSameArray(NDArray expected, NDArray actual, string what)
    {
        Assert.Equal(expected.DType, actual.DType);
        Assert.Equal(expected.Shape.ToArray(), actual.Shape.ToArray());
        bool fortran = expected.IsFContiguous && !expected.IsCContiguous;
        Assert.True(fortran ? actual.IsFContiguous : actual.IsCContiguous, what);
        Assert.Equal(NpyBytes.LittleEndianCBytes(expected), NpyBytes.LittleEndianCBytes(actual));
    }

    [Theory]
    [MemberData(nameof(DTypeCases))]
    public void Every_dtype_byte_order_and_layout_round_trips_stored_and_deflated(string descr, bool compressed)
    {
        List<(string Name, NDArray Array)> arrays = SampleArrays(DType.Parse(descr));
        try
        {
            var ms = new MemoryStream();
            if (compressed)
                NDArray.SaveNpzCompressed(ms, [.. arrays]);
            else
                NDArray.SaveNpz(ms, [.. arrays]);

            // The members are stored (method 0) or deflated (method 8) as np.savez / np.savez_compressed write them,
            // and each holds exactly what NDArray.Save writes for the array.
            using (var zip = new ZipArchive(new MemoryStream(ms.ToArray()), ZipArchiveMode.Read))
            {
                Assert.Equal(arrays.Select(a => a.Name + ".npy"), zip.Entries.Select(e => e.FullName));
                foreach ((ZipArchiveEntry entry, (string _, NDArray array)) in zip.Entries.Zip(arrays))
                {
                    Assert.Equal(compressed, entry.CompressedLength != entry.Length);
                    using var member = new MemoryStream();
                    using (Stream s = entry.Open())
                        s.CopyTo(member);
                    Assert.Equal(NpyBytesOf(array), member.ToArray());
                }
            }

            ms.Position = 0;
            using NpzFile npz = NDArray.LoadNpz(ms);
            Assert.Equal(arrays.Select(a => a.Name), npz.Keys);
            Assert.Equal(arrays.Count, npz.Count);
            foreach ((string name, NDArray array) in arrays)
            {
                using NDArray back = npz[name];
                AssertSameArray(array, back, $"{descr} {name}");
                using NDArray withExtension = npz[name + ".npy"];
                AssertSameArray(array, withExtension, $"{descr} {name}.npy");
            }
        }
        finally
        {
            foreach ((string _, NDArray a) in arrays.AsEnumerable().Reverse())
                a.Dispose();
        }
    }

    [Fact]
    public void Random_layouts_round_trip_through_one_archive_with_arrays_in_numpys_member_order()
    {
        Check.One(FixedSeed.Quick(150), Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            using var first = new RandomLayouts(seed);
            using var second = new RandomLayouts(seed ^ 0x5bd1e995);
            using var third = new RandomLayouts(seed / 3);
            bool compressed = seed % 2 == 0;
            var ms = new MemoryStream();
            // np.savez(f, a0, a1, w=third) names the keyword array first, then arr_0, arr_1.
            if (compressed)
                NDArray.SaveNpzCompressed(ms, [first.Array, second.Array], ("w", third.Array));
            else
                NDArray.SaveNpz(ms, [first.Array, second.Array], ("w", third.Array));
            ms.Position = 0;
            using NpzFile npz = NDArray.LoadNpz(ms);
            Assert.Equal(["w", "arr_0", "arr_1"], npz.Keys);
            foreach ((string key, RandomLayouts layouts) in new[] { ("w", third), ("arr_0", first), ("arr_1", second) })
            {
                using NDArray back = npz[key];
                AssertSameArray(layouts.Array, back, layouts.ToString());
            }
        }));
    }

    [Fact]
    public void Positional_arrays_are_named_arr_i_and_a_clashing_keyword_is_refused_with_numpys_message()
    {
        using NDArray a = NDArray.Arange<int>(3), b = NDArray.Arange<double>(4);
        var ms = new MemoryStream();
        NDArray.SaveNpz(ms, a, b);
        ms.Position = 0;
        using (NpzFile npz = NDArray.LoadNpz(ms))
            Assert.Equal(["arr_0", "arr_1"], npz.Keys);

        var before = new MemoryStream();
        var ex = Assert.Throws<ArgumentException>(() => NDArray.SaveNpz(before, [a, b], ("arr_1", a)));
        Assert.StartsWith("Cannot use un-named variables and keyword arr_1", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, before.Length); // nothing written for a bad call
        ex = Assert.Throws<ArgumentException>(() => NDArray.SaveNpzCompressed(before, [a], ("arr_0", b)));
        Assert.StartsWith("Cannot use un-named variables and keyword arr_0", ex.Message, StringComparison.Ordinal);
        // arr_5 with only two positional arrays does not clash, as in NumPy.
        NDArray.SaveNpz(before, [a, b], ("arr_5", a));
        before.Position = 0;
        using (NpzFile npz = NDArray.LoadNpz(before))
            Assert.Equal(["arr_5", "arr_0", "arr_1"], npz.Keys);

        ex = Assert.Throws<ArgumentException>(() => NDArray.SaveNpz(new MemoryStream(), ("x", a), ("x", b)));
        Assert.Contains("'x' is given twice", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => NDArray.SaveNpz(new MemoryStream(), a, null!));
        Assert.Throws<ArgumentNullException>(() => NDArray.SaveNpz(new MemoryStream(), (null!, a)));
        NDArray disposed = NDArray.Arange<int>(2);
        disposed.Dispose();
        Assert.Throws<ObjectDisposedException>(() => NDArray.SaveNpz(new MemoryStream(), a, disposed));
        Assert.Throws<ArgumentException>(() => NDArray.SaveNpz(new MemoryStream([], writable: false), a));
    }

    [Fact]
    public void Dictionaries_save_under_their_keys_and_an_empty_archive_has_no_keys()
    {
        using NDArray a = NDArray.Arange<short>(5), b = NDArray.Zeros(DType.Complex64, [2, 2]);
        RandomLayouts.FillDistinct(b);
        var ms = new MemoryStream();
        NDArray.SaveNpzCompressed(ms, new Dictionary<string, NDArray> { ["alpha"] = a, ["beta"] = b });
        ms.Position = 0;
        using (NpzFile npz = NDArray.LoadNpz(ms))
        {
            Assert.Equal(["alpha", "beta"], npz.Keys);
            Assert.Equal(["alpha", "beta"], npz.ToArray()); // enumeration gives the keys, as iterating an NpzFile does
            using NDArray back = npz["beta"];
            AssertSameArray(b, back, "beta");
        }

        var empty = new MemoryStream();
        NDArray.SaveNpz(empty, ReadOnlySpan<NDArray>.Empty);
        empty.Position = 0;
        using NpzFile none = NDArray.LoadNpz(empty);
        Assert.Empty(none.Keys);
        Assert.False(none.TryGet("arr_0", out _));
    }

    [Theory]
    [InlineData("weights", "weights.npz")]
    [InlineData("weights.npz", "weights.npz")]
    [InlineData("weights.npy", "weights.npy.npz")]
    [InlineData("weights.NPZ", "weights.NPZ.npz")]
    public void A_path_gets_npz_appended_unless_it_ends_with_it_as_np_savez_does(string given, string written)
    {
        string dir = Directory.CreateTempSubdirectory("ab_npz_").FullName;
        try
        {
            using NDArray range = NDArray.Arange<float>(6), a = range.Reshape([2, 3]);
            NDArray.SaveNpz(Path.Combine(dir, given), ("a", a));
            NDArray.SaveNpzCompressed(Path.Combine(dir, "c_" + given), a);
            Assert.Equal(new[] { written, "c_" + written }.Order(StringComparer.Ordinal), Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            using NpzFile npz = NDArray.LoadNpz(Path.Combine(dir, written));
            using NDArray back = npz["a"];
            AssertSameArray(a, back, written);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_non_seekable_output_gets_a_readable_archive()
    {
        using NDArray range = NDArray.Arange<long>(1000), a = range.Reshape([10, 100]), f = a.Copy(ArrayOrder.F);
        foreach (bool compressed in new[] { false, true })
        {
            var sink = new WriteOnlyStream();
            if (compressed)
                NDArray.SaveNpzCompressed(sink, a, f);
            else
                NDArray.SaveNpz(sink, a, f);
            using NpzFile npz = NDArray.LoadNpz(new MemoryStream(sink.Inner.ToArray()));
            using NDArray back = npz["arr_0"], backF = npz["arr_1"];
            AssertSameArray(a, back, "C");
            AssertSameArray(f, backF, "F");
        }
    }

    [Fact]
    public void Large_non_contiguous_members_stream_through_a_bounded_buffer()
    {
        using NDArray a = NDArray.Zeros(DType.Float64, [700, 400]);
        RandomLayouts.FillDistinct(a);
        using NDArray view = a[":, ::-2"];
        using NDArray copy = view.Copy();
        var stream = new WriteRecordingStream();
        NDArray.SaveNpz(stream, view);
        // The member is written from a 1 MiB C-order buffer, never as one copy of the whole array.
        Assert.InRange(stream.LargestWrite, 1, 1 << 20);
        stream.Position = 0;
        using NpzFile npz = NDArray.LoadNpz(stream);
        using NDArray back = npz["arr_0"];
        AssertSameArray(copy, back, "view");
    }

    [Fact]
    public void Threads_sharing_one_NpzFile_each_get_their_own_members_intact()
    {
        const int Members = 6;
        var arrays = new List<(string Name, NDArray Array)>();
        try
        {
            for (int i = 0; i < Members; i++)
            {
                NDArray a = NDArray.Zeros(DType.Int64, [20_000 + (i * 1000)]);
                RandomLayouts.FillDistinct(a);
                using NDArray offset = NDArray.Full<long>([1], i * 1_000_000L);
                NDArray.Add(a, offset, a);
                arrays.Add(("m" + i, a));
            }

            var ms = new MemoryStream();
            NDArray.SaveNpzCompressed(ms, [.. arrays]);
            // Yielding inside every read widens the window between a member stream's seek and its read.
            using NpzFile npz = NDArray.LoadNpz(new YieldingStream(ms.ToArray()));
            byte[][] expected = [.. arrays.Select(a => NpyBytes.LittleEndianCBytes(a.Array))];
            Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 8 }, k =>
            {
                int i = k % Members;
                using NDArray back = npz["m" + i];
                Assert.Equal(expected[i], NpyBytes.LittleEndianCBytes(back));
            });
        }
        finally
        {
            foreach ((string _, NDArray a) in arrays)
                a.Dispose();
        }
    }

    /// <summary>A read-only memory stream that lets other threads run before every read.</summary>
    private sealed class YieldingStream(byte[] data) : MemoryStream(data, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            Thread.Yield();
            return base.Read(buffer, offset, count);
        }
    }

    /// <summary>A write-only, non-seekable sink, like a pipe.</summary>
    private sealed class WriteOnlyStream : Stream
    {
        public MemoryStream Inner { get; } = new();
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Inner.Write(buffer, offset, count);
    }
}
