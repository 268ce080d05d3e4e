namespace ArrayBridge.Tests;

/// <summary>
/// NpzFile is lazy as NumPy's: opening the archive and asking for its keys reads the central
/// directory only, and reading one member reads that member's bytes and no other's. Measured with
/// a stream that marks every byte read, on members far larger than any read-ahead.
/// </summary>
public unsafe class NpzLazinessTests
{
    private const int Elements = 1 << 17; // 1 MiB of float64 per member

    private static byte[] ThreeMemberArchive(bool compressed)
    {
        using NDArray a = NDArray.Zeros(DType.Float64, [Elements]), b = NDArray.Zeros(DType.Int64, [Elements]), c = NDArray.Zeros(DType.Complex64, [Elements]);
        var rng = new Random(7);
        foreach (NDArray x in new[] { a, b, c })
            rng.NextBytes(new Span<byte>((void*)x.DataPointer, checked((int)x.NBytes)));
        var ms = new MemoryStream();
        if (compressed)
            NDArray.SaveNpzCompressed(ms, ("a", a), ("b", b), ("c", c));
        else
            NDArray.SaveNpz(ms, ("a", a), ("b", b), ("c", c));
        return ms.ToArray();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Opening_reads_no_member_and_reading_one_member_reads_only_that_member(bool compressed)
    {
        byte[] zip = ThreeMemberArchive(compressed);
        List<ZipLayout.Member> members = ZipLayout.Members(zip);
        Assert.Equal(["a.npy", "b.npy", "c.npy"], members.Select(m => m.Name));
        ZipLayout.Member a = members[0], b = members[1], c = members[2];
        Assert.All(members, m => Assert.True(m.DataEnd - m.DataStart > 512 * 1024, "members must dwarf any read-ahead"));

        var stream = new ReadRecordingStream(zip);
        using NpzFile npz = NDArray.LoadNpz(stream);
        Assert.Equal(["a", "b", "c"], npz.Keys);
        Assert.Equal(3, npz.Count);
        Assert.True(npz.ContainsKey("b"));
        Assert.Equal(["a", "b", "c"], npz.ToList());
        Assert.False(npz.TryGet("missing", out _));

        // The central directory and its end record, plus at most the one block .NET reads backwards from
        // the end to find them: no member's data, whatever its size.
        Assert.Equal(0, stream.ReadIn(a.LocalHeader, a.DataEnd));
        Assert.Equal(0, stream.ReadIn(b.LocalHeader, b.DataEnd));
        Assert.InRange(stream.ReadIn(c.LocalHeader, c.DataEnd), 0, 4096);
        Assert.InRange(stream.TotalRead, 1, 16 * 1024);
        int cBefore = stream.ReadIn(c.LocalHeader, c.DataEnd);

        using (NDArray got = npz["b"])
            Assert.Equal(Elements, got.Size);
        Assert.Equal(b.DataEnd - b.DataStart, stream.ReadIn(b.DataStart, b.DataEnd)); // all of b
        Assert.Equal(0, stream.ReadIn(a.LocalHeader, a.DataEnd));                  // none of a
        Assert.Equal(cBefore, stream.ReadIn(c.LocalHeader, c.DataEnd));            // no more of c
        // b's bytes are read once, not buffered twice over.
        Assert.InRange(stream.TotalRead, b.DataEnd - b.DataStart, (b.DataEnd - b.DataStart) + (32 * 1024));

        using (NDArray got = npz["a"])
            Assert.Equal(Elements, got.Size);
        Assert.Equal(a.DataEnd - a.DataStart, stream.ReadIn(a.DataStart, a.DataEnd));
        Assert.Equal(cBefore, stream.ReadIn(c.LocalHeader, c.DataEnd));
    }

    [Fact]
    public void A_missing_key_reads_nothing_and_names_the_key_in_numpys_words()
    {
        byte[] zip = ThreeMemberArchive(compressed: false);
        var stream = new ReadRecordingStream(zip);
        using NpzFile npz = NDArray.LoadNpz(stream);
        long before = stream.TotalRead;
        var ex = Assert.Throws<KeyNotFoundException>(() => npz["x"]);
        Assert.Equal("x is not a file in the archive", ex.Message);
        Assert.Equal(before, stream.TotalRead);
    }
}
