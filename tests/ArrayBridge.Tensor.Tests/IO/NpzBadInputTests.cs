using System.Buffers.Binary;
using System.IO.Compression;
using FsCheck;
using FsCheck.Fluent;

namespace ArrayBridge.Tests;

/// <summary>
/// One row per class of bad .npz input: each fails with a specific exception whose message names the
/// problem (and the member), NumPy's or Python zipfile's wording where they have one, without
/// reading past the archive; plus every truncation point and random corruption of whole archives.
/// </summary>
public class NpzBadInputTests
{
    private const string Good = "{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }";

    /// <summary>A zip archive written by ZipArchive with the given raw member bytes.</summary>
    internal static byte[] Zip(bool compressed, params (string Name, byte[] Bytes)[] members)
    {
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach ((string name, byte[] bytes) in members)
            {
                using Stream s = zip.CreateEntry(name, compressed ? CompressionLevel.Optimal : CompressionLevel.NoCompression).Open();
                s.Write(bytes);
            }
        }

        return ms.ToArray();
    }

    private static byte[] GoodArchive(bool compressed = false)
    {
        using NDArray a = NDArray.Arange<double>(2), b = NDArray.Arange<int>(5);
        var ms = new MemoryStream();
        if (compressed)
            NDArray.SaveNpzCompressed(ms, ("a", a), ("b", b));
        else
            NDArray.SaveNpz(ms, ("a", a), ("b", b));
        return ms.ToArray();
    }

    // Patches a 32-bit field of the first member's central directory entry (offset within the entry).
    private static byte[] PatchCentral(byte[] zip, int field, uint value)
    {
        byte[] copy = [.. zip];
        BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(ZipLayout.Members(zip)[0].CentralEntry + field), value);
        return copy;
    }

    private const int CentralCrc = 16, CentralCompressedSize = 20, CentralUncompressedSize = 24;

    /// <summary>Name → (archive, key to read or null to fail on opening, exception, message fragments).</summary>
    private static readonly Dictionary<string, (Func<byte[]> Bytes, string? Key, Type Exception, string[] Message)> Rows = new()
    {
        ["empty stream"] = (() => [], null, typeof(InvalidDataException), ["File is not a zip file"]),
        ["random bytes"] = (() => [.. Enumerable.Range(0, 300).Select(i => (byte)(i * 7))], null, typeof(InvalidDataException), ["File is not a zip file"]),
        ["a .npy file"] = (() => NpyBytes.File(Good, new byte[16]), null, typeof(InvalidDataException), ["File is not a zip file", "this is a .npy file, which NDArray.Load reads"]),
        ["archive cut before its central directory"] = (() => GoodArchive()[..100], null, typeof(InvalidDataException), ["File is not a zip file"]),
        ["archive cut inside its end record"] = (() => GoodArchive()[..^5], null, typeof(InvalidDataException), ["File is not a zip file"]),
        ["bad magic in a member"] = (() => Zip(false, ("x.npy", [0x93, .. "NUMPX"u8, 1, 0, 0, 0])), "x", typeof(InvalidDataException), ["x.npy: ", "the magic string is not correct; expected b'\\x93NUMPY', got b'\\x93NUMPX'"]),
        ["a member that is not .npy at all"] = (() => Zip(true, ("notes.txt", "hello, world"u8.ToArray())), "notes.txt", typeof(InvalidDataException), ["notes.txt: ", "the magic string is not correct"]),
        ["truncated .npy header in a member"] = (() => Zip(false, ("x.npy", NpyBytes.File(Good)[..30])), "x", typeof(InvalidDataException), ["x.npy: ", "EOF: reading array header"]),
        ["unparsable .npy header in a member"] = (() => Zip(true, ("x.npy", NpyBytes.File("{'descr': '<f8',", new byte[16]))), "x", typeof(InvalidDataException), ["x.npy: ", "Cannot parse header"]),
        ["object dtype member"] = (() => Zip(false, ("o.npy", NpyBytes.File("{'descr': '|O', 'fortran_order': False, 'shape': (2,), }", new byte[16]))), "o", typeof(InvalidDataException), ["o.npy: ", "Object arrays cannot be loaded when allow_pickle=False"]),
        ["pickled object array member"] = (() => Zip(true, ("p.npy", NpyBytes.File("{'descr': 'O', 'fortran_order': False, 'shape': (1,), }", [0x80, 0x04, 0x95, .. new byte[40]]))), "p", typeof(InvalidDataException), ["p.npy: ", "Object arrays cannot be loaded when allow_pickle=False"]),
        ["unsupported dtype member"] = (() => Zip(false, ("u.npy", NpyBytes.File("{'descr': '<U2', 'fortran_order': False, 'shape': (2,), }", new byte[16]))), "u", typeof(NotSupportedException), ["u.npy: ", "'<U2'"]),
        ["header announcing more data than a stored member holds"] = (() => Zip(false, ("x.npy", NpyBytes.File("{'descr': '<f8', 'fortran_order': False, 'shape': (100,), }", new byte[16]))), "x", typeof(InvalidDataException), ["x.npy: ", "EOF: reading array data, expected 800 bytes got 16"]),
        ["header announcing more data than a deflated member holds"] = (() => Zip(true, ("x.npy", NpyBytes.File("{'descr': '<i8', 'fortran_order': False, 'shape': (5, 9), }", new byte[16]))), "x", typeof(InvalidDataException), ["x.npy: ", "EOF: reading array data, expected 360 bytes got 16"]),
        ["header announcing terabytes"] = (() => Zip(true, ("x.npy", NpyBytes.File("{'descr': '<f8', 'fortran_order': False, 'shape': (1099511627776,), }", new byte[16]))), "x", typeof(InvalidDataException), ["x.npy: ", "EOF: reading array data, expected 8796093022208 bytes got 16"]),
        ["missing member"] = (() => GoodArchive(), "c", typeof(KeyNotFoundException), ["c is not a file in the archive"]),
        ["stored data corrupted"] = (() => { byte[] z = GoodArchive(); z[ZipLayout.Members(z)[0].DataEnd - 3] ^= 0x40; return z; }, "a", typeof(InvalidDataException), ["Bad CRC-32 for file 'a.npy'"]),
        ["CRC in the directory wrong"] = (() => PatchCentral(GoodArchive(true), CentralCrc, 12345), "a", typeof(InvalidDataException), ["Bad CRC-32 for file 'a.npy'"]),
        ["directory size larger than the stored data"] = (() => PatchCentral(GoodArchive(), CentralUncompressedSize, 200), "a", typeof(InvalidDataException), ["a.npy: ", "the member holds 144 bytes, but the central directory gives 200"]),
        ["directory size smaller than the data"] = (() => PatchCentral(GoodArchive(), CentralUncompressedSize, 100), "a", typeof(InvalidDataException), ["a.npy: ", "EOF: reading array data, expected 16 bytes got 0"]),
        ["directory size beyond what deflate can produce"] = (() => PatchCentral(GoodArchive(true), CentralUncompressedSize, uint.MaxValue), "a", typeof(InvalidDataException), ["a.npy: ", "more than deflate can produce"]),
        ["directory sizes both larger than the stored member"] = (() => PatchCentral(PatchCentral(GoodArchive(), CentralUncompressedSize, 200), CentralCompressedSize, 200), "a", typeof(InvalidDataException), ["Bad CRC-32 for file 'a.npy'"]),
        ["unsupported compression method"] = (() =>
        {
            byte[] z = GoodArchive();
            ZipLayout.Member m = ZipLayout.Members(z)[0];
            BinaryPrimitives.WriteUInt16LittleEndian(z.AsSpan((int)m.LocalHeader + 8), 12); // bzip2
            BinaryPrimitives.WriteUInt16LittleEndian(z.AsSpan(m.CentralEntry + 10), 12);
            return z;
        }, "a", typeof(InvalidDataException), ["a.npy: ", "The archive entry was compressed using"]),
    };

    public static TheoryData<string> Names => new(Rows.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_bad_input_fails_with_a_specific_exception_naming_the_problem(string name)
    {
        (Func<byte[]> bytes, string? key, Type exception, string[] message) = Rows[name];
        byte[] data = bytes();
        var stream = new BoundedStream(data);
        Exception ex = Assert.Throws(exception, () =>
        {
            using NpzFile npz = NDArray.LoadNpz(stream);
            Assert.NotNull(key); // rows with no key must fail on opening
            using NDArray _ = npz[key];
        });
        foreach (string part in message)
            Assert.Contains(part, ex.Message, StringComparison.Ordinal);
        Assert.False(stream.ReadPastEnd);

        // The same from a file, which LoadNpz(path) must close again on failure.
        string path = Path.Combine(Path.GetTempPath(), $"ab_npz_bad_{Guid.NewGuid():N}.npz");
        File.WriteAllBytes(path, data);
        try
        {
            Exception fromFile = Assert.Throws(exception, () =>
            {
                using NpzFile npz = NDArray.LoadNpz(path);
                using NDArray _ = npz[key!];
            });
            Assert.Equal(ex.Message, fromFile.Message);
            using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            {
                // opening it exclusively proves LoadNpz left no handle behind
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Every_truncation_of_an_archive_is_refused_as_not_a_zip_file()
    {
        foreach (bool compressed in new[] { false, true })
        {
            byte[] zip = GoodArchive(compressed);
            for (int n = 0; n < zip.Length; n++)
            {
                var stream = new BoundedStream(zip[..n]);
                var ex = Assert.Throws<InvalidDataException>(() => NDArray.LoadNpz(stream).Dispose());
                Assert.StartsWith("File is not a zip file", ex.Message, StringComparison.Ordinal);
                Assert.False(stream.ReadPastEnd);
            }
        }
    }

    [Fact]
    public void Random_corruption_gives_the_original_arrays_or_a_specific_exception_never_another()
    {
        byte[][] originals = [GoodArchive(false), GoodArchive(true)];
        Check.One(FixedSeed.Quick(2000), Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var rng = new Random(seed);
            byte[] original = originals[seed % 2];
            byte[] zip = [.. original];
            for (int k = rng.Next(1, 4); k > 0; k--)
                zip[rng.Next(zip.Length)] ^= (byte)rng.Next(1, 256);
            var stream = new BoundedStream(zip);
            try
            {
                using NpzFile npz = NDArray.LoadNpz(stream);
                using NpzFile reference = NDArray.LoadNpz(new MemoryStream(original));
                foreach (string key in npz.Keys)
                {
                    try
                    {
                        using NDArray got = npz[key];
                        // The CRC check passed, so the data is what was written (unless the name itself changed).
                        if (reference.TryGet(key, out NDArray? expected))
                        {
                            using (expected)
                            {
                                Assert.Equal(expected.DType, got.DType);
                                Assert.Equal(NpyBytes.LittleEndianCBytes(expected), NpyBytes.LittleEndianCBytes(got));
                            }
                        }
                    }
                    catch (Exception e) when (e is InvalidDataException or NotSupportedException)
                    {
                    }
                }
            }
            catch (InvalidDataException)
            {
            }

            Assert.False(stream.ReadPastEnd, $"seed {seed}");
        }));
    }

    [Fact]
    public void A_disposed_NpzFile_refuses_every_use_and_arrays_read_before_stay_valid()
    {
        NpzFile npz = NDArray.LoadNpz(new MemoryStream(GoodArchive()));
        using NDArray a = npz["a"];
        npz.Dispose();
        npz.Dispose(); // twice is harmless
        Action[] uses =
        [
            () => _ = npz["a"],
            () => npz.TryGet("a", out _),
            () => npz.ContainsKey("a"),
            () => _ = npz.Keys,
            () => _ = npz.Count,
            () => npz.GetEnumerator(),
        ];
        foreach (Action use in uses)
        {
            var ex = Assert.Throws<ObjectDisposedException>(use);
            Assert.Contains("NpzFile", ex.Message, StringComparison.Ordinal);
        }

        Assert.Equal([0.0, 1.0], a.AsSpan<double>().ToArray());
    }

    [Fact]
    public void Streams_that_cannot_seek_or_read_are_refused_and_null_arguments_named()
    {
        var ex = Assert.Throws<ArgumentException>(() => NDArray.LoadNpz(new NonSeekableStream(GoodArchive())));
        Assert.Contains("cannot seek", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => NDArray.LoadNpz(new WriteOnly()));
        Assert.Throws<ArgumentNullException>(() => NDArray.LoadNpz((Stream)null!));
        Assert.Throws<ArgumentNullException>(() => NDArray.LoadNpz((string)null!));
        Assert.Throws<FileNotFoundException>(() => NDArray.LoadNpz(Path.Combine(Path.GetTempPath(), $"ab_npz_missing_{Guid.NewGuid():N}.npz")));
        using NpzFile npz = NDArray.LoadNpz(new MemoryStream(GoodArchive()));
        Assert.Throws<ArgumentNullException>(() => npz[null!]);
        Assert.Throws<ArgumentNullException>(() => npz.TryGet(null!, out _));
    }

    [Fact]
    public void Load_of_a_npz_archive_points_to_LoadNpz()
    {
        foreach (bool compressed in new[] { false, true })
        {
            var ex = Assert.Throws<InvalidDataException>(() => NDArray.Load(new MemoryStream(GoodArchive(compressed))));
            Assert.Contains("zip archive (.npz)", ex.Message, StringComparison.Ordinal);
            Assert.Contains("NDArray.LoadNpz", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Data_after_the_array_in_a_member_is_ignored_as_NumPy_does_but_still_covered_by_the_CRC()
    {
        byte[] zip = Zip(true, ("x.npy", NpyBytes.File(Good, [.. BitConverter.GetBytes(1.5), .. BitConverter.GetBytes(-2.0), 9, 9, 9])));
        using NpzFile npz = NDArray.LoadNpz(new MemoryStream(zip));
        using NDArray x = npz["x"];
        Assert.Equal([1.5, -2.0], x.AsSpan<double>().ToArray());
    }

    /// <summary>A read-only seekable stream over a byte array that records any attempt to read past its end.</summary>
    private sealed class BoundedStream(byte[] data) : MemoryStream(data, writable: false)
    {
        public bool ReadPastEnd { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (Position > Length)
                ReadPastEnd = true;
            return base.Read(buffer, offset, count);
        }
    }

    private sealed class WriteOnly : MemoryStream
    {
        public override bool CanRead => false;
    }
}
