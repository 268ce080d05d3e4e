using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;

namespace ArrayBridge.Tests;

/// <summary>
/// .npz against a separate, real NumPy process (<c>/usr/bin/python3</c>, NumPy 1.24) in both
/// directions, for every dtype in both byte orders, C and F order, 0-d, empty and strided arrays,
/// stored and deflated: archives np.savez / np.savez_compressed write load here with NumPy's keys,
/// dtype, shape, order and bytes, and NDArray.Save of what was loaded reproduces each member's .npy
/// bytes exactly; archives ArrayBridge writes load in np.load with the same keys, values, dtype and
/// order, with members byte-identical to np.save's, the compression NumPy would use and valid CRCs.
/// </summary>
public class NpzLiveTests
{
    private const string Python = "/usr/bin/python3";

    private const string Prelude = """
        import io, json, os, sys, zipfile
        import numpy as np

        KINDS = ["b1", "i1", "u1", "i2", "u2", "i4", "u4", "i8", "u8", "f2", "f4", "f8", "c8", "c16"]

        def descrs():
            for k in KINDS:
                d = np.dtype(k)
                if d.itemsize == 1:
                    yield d.str
                else:
                    yield "<" + k
                    yield ">" + k

        def values(dtype, shape):
            n = int(np.prod(shape, dtype=np.int64))
            k = np.arange(n)
            if dtype.kind == "b":
                a = k % 3 == 1
            elif dtype.kind in "iu":
                info = np.iinfo(dtype)
                a = ((k * 37 - 50) % 120 + (int(info.min) if dtype.kind == "i" else 0)).astype(dtype)
                a[:2] = [info.min, info.max][:n]
            elif dtype.kind == "f":
                a = np.concatenate([np.array([np.nan, -np.inf, -0.0], dtype), ((k * 1.37 - 3.5) / 3).astype(dtype)])[:n]
            else:
                part = np.dtype("f%d" % (dtype.itemsize // 2))
                a = np.empty(n, dtype)
                a.real = np.concatenate([np.array([np.nan, np.inf], part), ((k * 1.37 - 3.5) / 3).astype(part)])[:n]
                a.imag = np.concatenate([np.array([-np.inf, 1.0], part), ((k * -0.71 + 2) / 7).astype(part)])[:n]
            return np.asarray(a, dtype=dtype).reshape(shape)

        def le_hex(a):
            le = a.astype(a.dtype.newbyteorder("<")) if a.dtype.itemsize > 1 else a
            return np.ascontiguousarray(le).tobytes(order="C").hex()

        def fortran(a):
            return bool(a.flags.f_contiguous and not a.flags.c_contiguous)

        def npy_bytes(a):
            b = io.BytesIO()
            np.save(b, a)
            return b.getvalue()

        """;

    private static string RunPython(string script, params string[] args) => PythonChild.Run(Prelude + script, args).Output;

    private static byte[] MemberBytes(string archive, string member)
    {
        using ZipArchive zip = ZipFile.OpenRead(archive);
        using Stream s = zip.GetEntry(member)!.Open();
        var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }

    [Fact]
    public void Archives_numpy_writes_load_with_numpys_keys_dtype_shape_order_and_bytes()
    {
        string dir = Directory.CreateTempSubdirectory("ab_npz_np_").FullName;
        try
        {
            RunPython("""
                out = sys.argv[1]
                manifest = {}
                for i, descr in enumerate(descrs()):
                    dt = np.dtype(descr)
                    c = values(dt, (2, 3, 4))
                    arrays = {"c": c, "f": np.asfortranarray(c), "scalar": values(dt, ()), "empty": np.zeros(0, dt),
                              "empty_f": np.zeros((3, 0, 2), dt, order="F"), "strided": c[:, ::-2, 1::2]}
                    for prefix, save in (("s", np.savez), ("z", np.savez_compressed)):
                        name = "%s%d.npz" % (prefix, i)
                        save(os.path.join(out, name), **arrays)
                        manifest[name] = [[k, a.dtype.str, list(a.shape), fortran(a), le_hex(a)] for k, a in arrays.items()]
                a, b, w = values(np.dtype("<i4"), (3,)), values(np.dtype(">f8"), (2, 2)).T, values(np.dtype("|b1"), ())
                np.savez(os.path.join(out, "positional"), a, b, w=w)
                manifest["positional.npz"] = [[k, x.dtype.str, list(x.shape), fortran(x), le_hex(x)] for k, x in (("w", w), ("arr_0", a), ("arr_1", b))]
                with open(os.path.join(out, "manifest.json"), "w") as f:
                    json.dump(manifest, f)
                """, dir);

            using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json")));
            int checkedArrays = 0;
            foreach (JsonProperty file in manifest.RootElement.EnumerateObject())
            {
                string archive = Path.Combine(dir, file.Name);
                using NpzFile npz = NDArray.LoadNpz(archive);
                Assert.Equal(file.Value.EnumerateArray().Select(e => e[0].GetString()!), npz.Keys);
                foreach (JsonElement e in file.Value.EnumerateArray())
                {
                    string key = e[0].GetString()!, what = $"{file.Name}[{key}]";
                    using NDArray a = npz[key];
                    Assert.Equal(e[1].GetString(), a.DType.TypeStr);
                    Assert.Equal(e[2].EnumerateArray().Select(x => (nint)x.GetInt64()), a.Shape.ToArray());
                    bool fortran = e[3].GetBoolean();
                    Assert.Equal(fortran, a.IsFContiguous && !a.IsCContiguous);
                    Assert.True(fortran || a.IsCContiguous, what);
                    Assert.Equal(e[4].GetString(), Convert.ToHexStringLower(NpyBytes.LittleEndianCBytes(a)));
                    // The member NumPy wrote is byte for byte what NDArray.Save writes for the array it holds.
                    Assert.Equal(MemberBytes(archive, key + ".npy"), NpzRoundTripTests.NpyBytesOf(a));
                    checkedArrays++;
                }
            }

            Assert.Equal((25 * 2 * 6) + 3, checkedArrays);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Archives_ArrayBridge_writes_load_in_numpy_with_the_same_keys_values_dtype_order_and_member_bytes()
    {
        string dir = Directory.CreateTempSubdirectory("ab_npz_ab_").FullName;
        var manifest = new Dictionary<string, List<object[]>>();
        try
        {
            int index = 0;
            foreach (DType dtype in NpzRoundTripTests.AllDTypes)
            {
                List<(string Name, NDArray Array)> arrays = NpzRoundTripTests.SampleArrays(dtype);
                try
                {
                    string stored = $"s{index}.npz", deflated = $"z{index}.npz", streamed = $"n{index}.npz";
                    NDArray.SaveNpz(Path.Combine(dir, stored), [.. arrays]);
                    NDArray.SaveNpzCompressed(Path.Combine(dir, deflated), [.. arrays]);
                    // Through a stream that cannot seek: the archive gets data descriptors.
                    using (var file = new FileStream(Path.Combine(dir, streamed), FileMode.Create))
                    using (var pipe = new UnseekableWriter(file))
                        NDArray.SaveNpzCompressed(pipe, [.. arrays]);
                    List<object[]> entries = [.. arrays.Select(a => new object[]
                    {
                        a.Name, a.Array.DType.TypeStr, a.Array.Shape.ToArray().Select(n => (long)n).ToArray(),
                        a.Array.IsFContiguous && !a.Array.IsCContiguous, Convert.ToHexStringLower(NpyBytes.LittleEndianCBytes(a.Array)),
                    })];
                    manifest[stored] = entries;
                    manifest[deflated] = entries;
                    manifest[streamed] = entries;
                }
                finally
                {
                    foreach ((string _, NDArray a) in arrays.AsEnumerable().Reverse())
                        a.Dispose();
                }

                index++;
            }

            File.WriteAllText(Path.Combine(dir, "manifest.json"), JsonSerializer.Serialize(manifest));
            string seen = RunPython("""
                out = sys.argv[1]
                with open(os.path.join(out, "manifest.json")) as f:
                    manifest = json.load(f)
                count = 0
                for name, entries in manifest.items():
                    path = os.path.join(out, name)
                    with zipfile.ZipFile(path) as z:
                        assert z.testzip() is None, name  # every CRC checks out
                        want = zipfile.ZIP_STORED if name.startswith("s") else zipfile.ZIP_DEFLATED
                        assert [i.compress_type for i in z.infolist()] == [want] * len(entries), name
                        assert z.namelist() == [e[0] + ".npy" for e in entries], (name, z.namelist())
                    with np.load(path) as npz:
                        assert npz.files == [e[0] for e in entries], (name, npz.files)
                        for key, descr, shape, fort, hexvalues in entries:
                            a = npz[key]
                            what = "%s[%s]" % (name, key)
                            assert a.dtype.str == descr, (what, a.dtype.str, descr)
                            assert list(a.shape) == shape, (what, a.shape, shape)
                            assert fortran(a) == fort and (fort or a.flags.c_contiguous), (what, a.flags)
                            assert le_hex(a) == hexvalues, what
                            # the member is exactly what np.save writes for the array
                            assert npz.zip.read(key + ".npy") == npy_bytes(a), what
                            count += 1
                print(count)
                """, dir);
            Assert.Equal((manifest.Count * 6).ToString(System.Globalization.CultureInfo.InvariantCulture), seen);
            Assert.Equal(25 * 3, manifest.Count);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Positional_and_named_arrays_get_numpys_member_names_and_order_in_np_load()
    {
        string dir = Directory.CreateTempSubdirectory("ab_npz_pos_").FullName;
        try
        {
            using NDArray a = NDArray.Arange<int>(3), b = NDArray.Arange<double>(4), w = NDArray.Zeros(DType.Bool, []);
            NDArray.SaveNpz(Path.Combine(dir, "ours"), [a, b], ("w", w));
            string seen = RunPython("""
                out = sys.argv[1]
                with np.load(os.path.join(out, "ours.npz")) as ours:
                    b = io.BytesIO()
                    np.savez(b, ours["arr_0"], ours["arr_1"], w=ours["w"])
                    b.seek(0)
                    with np.load(b) as theirs:
                        assert ours.files == theirs.files, (ours.files, theirs.files)
                        assert all(ours.zip.read(k + ".npy") == theirs.zip.read(k + ".npy") for k in ours.files)
                    print(",".join(ours.files))
                """, dir);
            Assert.Equal("w,arr_0,arr_1", seen);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_member_past_4_GiB_gets_ZIP64_sizes_that_numpy_reads_with_a_valid_CRC()
    {
        string dir = Directory.CreateTempSubdirectory("ab_npz_zip64_").FullName;
        try
        {
            // A broadcast view (stride 0) streams 4 GiB + 8000 bytes through a 1 MiB buffer, and deflate
            // keeps the file small; only the uncompressed size needs ZIP64.
            nint n = (nint)((4L << 30) / 8) + 1000;
            using NDArray one = NDArray.Full<double>([1], 2.5), big = one.BroadcastTo([n]), small = NDArray.Arange<int>(5);
            string path = Path.Combine(dir, "big.npz");
            NDArray.SaveNpzCompressed(path, big, small);
            using (NpzFile npz = NDArray.LoadNpz(path))
            {
                Assert.Equal(["arr_0", "arr_1"], npz.Keys);
                using NDArray back = npz["arr_1"];
                Assert.Equal([0, 1, 2, 3, 4], back.AsSpan<int>().ToArray());
            }

            string seen = RunPython("""
                path = os.path.join(sys.argv[1], "big.npz")
                with zipfile.ZipFile(path) as z:
                    info = z.getinfo("arr_0.npy")
                    with z.open(info) as f:
                        version = np.lib.format.read_magic(f)
                        shape, fort, dtype = np.lib.format._read_array_header(f, version)
                        assert dtype == np.dtype("<f8") and not fort, (dtype, fort)
                        count = 0
                        while True:
                            chunk = f.read(1 << 26)  # zipfile checks the CRC when this reaches the end
                            if not chunk:
                                break
                            assert (np.frombuffer(chunk, "<f8") == 2.5).all()
                            count += len(chunk) // 8
                    print(shape[0], count, info.file_size, int(info.file_size > 0xFFFFFFFF))
                with np.load(path) as npz:
                    assert npz["arr_1"].tolist() == [0, 1, 2, 3, 4]
                """, dir);
            string[] parts = seen.Split(' ');
            Assert.Equal(n.ToString(System.Globalization.CultureInfo.InvariantCulture), parts[0]);
            Assert.Equal(parts[0], parts[1]);
            Assert.Equal("1", parts[3]);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Forwards writes to a file but cannot seek, like a pipe.</summary>
    private sealed class UnseekableWriter(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
