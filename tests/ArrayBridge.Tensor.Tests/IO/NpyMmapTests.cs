using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace ArrayBridge.Tests;

/// <summary>
/// Memory-mapped .npy files (<see cref="NDArray.Load(string, MmapMode)"/>, <see cref="NDArray.OpenMemmap(string, MmapMode)"/>,
/// <see cref="NDArray.OpenMemmap(string, DType, ReadOnlySpan{nint}, ArrayOrder)"/>), checked against a separate
/// <c>/usr/bin/python3</c> process that maps the same files with <c>np.load(mmap_mode=...)</c> and
/// <c>np.lib.format.open_memmap</c>. Every test works in its own temporary directory and removes it.
/// </summary>
[Collection(nameof(NpyMmapTests))]
public sealed class NpyMmapTests : IDisposable
{
    private const string Python = "/usr/bin/python3";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "ab_mmap_" + Guid.NewGuid().ToString("N"));

    public NpyMmapTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File(string name) => Path.Combine(_dir, name);

    private static string RunPython(string script, params string[] args) =>
        PythonChild.Run("import sys, numpy as np\n" + script, args).Output;

    private static bool IsMapped(string path) =>
        System.IO.File.ReadAllLines("/proc/self/maps").Any(line => line.EndsWith(" " + path, StringComparison.Ordinal));

    /// <summary>Every dtype in both byte orders (where it has two) and both memory orders.</summary>
    public static TheoryData<string, ArrayOrder> Layouts()
    {
        var data = new TheoryData<string, ArrayOrder>();
        string[] types = ["|b1", "|i1", "|u1", "<i2", ">i2", "<u2", "<i4", ">i4", "<u4", "<i8", ">u8", "<f2", "<f4", ">f4", "<f8", ">f8", "<c8", ">c16"];
        foreach (string t in types)
        {
            data.Add(t, ArrayOrder.C);
            data.Add(t, ArrayOrder.F);
        }

        return data;
    }

    /// <summary>
    /// C# creates the file ('w+'), NumPy's own <c>open_memmap('w+')</c> makes a twin: the two files
    /// are byte for byte equal once both hold the same values. NumPy reads C#'s file mapped and
    /// writes through <c>np.load(mmap_mode='r+')</c>; the still-open C# mapping sees those bytes.
    /// </summary>
    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_file_CSharp_creates_is_NumPys_and_NumPys_writes_reach_the_CSharp_mapping(string typestr, ArrayOrder order)
    {
        string ours = File("ours.npy"), theirs = File("theirs.npy");
        DType dtype = DType.Parse(typestr);
        nint[] shape = [2, 3, 4];
        using NDArray a = NDArray.OpenMemmap(ours, dtype, shape, order);
        Assert.Equal(order == ArrayOrder.F, a.IsFContiguous && !a.IsCContiguous);
        Assert.True(a.IsWriteable);
        using (NDArray zeros = a.AsType(DType.Float64, Casting.Unsafe))
        {
            Assert.All(zeros.ToArray<double>(), v => Assert.Equal(0.0, v));
        }

        using (NDArray values = NDArray.Arange<double>(24).Reshape(shape))
        {
            values.CopyTo(a, Casting.Unsafe);
        }

        string seen = RunPython(
            "ours, theirs, typestr, order = sys.argv[1:5]\n" +
            "t = np.lib.format.open_memmap(theirs, mode='w+', dtype=np.dtype(typestr), shape=(2, 3, 4), fortran_order=(order == 'F'))\n" +
            "t[...] = np.arange(24.0).reshape(2, 3, 4).astype(typestr)\n" +
            "t.flush(); del t\n" +
            "same = open(ours, 'rb').read() == open(theirs, 'rb').read()\n" +
            "m = np.load(ours, mmap_mode='r+')\n" +
            "ok = m.dtype == np.dtype(typestr) and m.flags.f_contiguous == (order == 'F') and (m == np.arange(24.0).reshape(2, 3, 4).astype(typestr)).all()\n" +
            "m[...] = np.arange(23.0, -1, -1).reshape(2, 3, 4).astype(typestr)\n" +
            "del m\n" +
            "print(same, bool(ok))\n",
            ours, theirs, typestr, order.ToString());
        Assert.Equal("True True", seen);
        using NDArray back = a.AsType(DType.Float64, Casting.Unsafe, ArrayOrder.C);
        double[] expected = Enumerable.Range(0, 24).Select(i => (double)(23 - i)).ToArray();
        if (dtype.Type == ScalarType.Bool)
        {
            expected = expected.Select(v => v != 0 ? 1.0 : 0.0).ToArray();
        }

        Assert.Equal(expected, back.ToArray<double>());
    }

    /// <summary>
    /// NumPy creates the file with <c>open_memmap('w+')</c> and <c>np.save</c>; C# maps it 'r'
    /// (values, dtype, order as NumPy wrote them), writes through 'r+', and NumPy reads the change.
    /// </summary>
    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_file_NumPy_writes_maps_here_and_writes_through_r_plus_reach_NumPy(string typestr, ArrayOrder order)
    {
        string path = File("numpy.npy");
        RunPython(
            "path, typestr, order = sys.argv[1:4]\n" +
            "a = np.lib.format.open_memmap(path, mode='w+', dtype=np.dtype(typestr), shape=(3, 5), fortran_order=(order == 'F'))\n" +
            "a[...] = (np.arange(15.0).reshape(3, 5) * 3 % 7).astype(typestr)\n" +
            "a.flush(); del a\n",
            path, typestr, order.ToString());
        DType dtype = DType.Parse(typestr);
        double[] expected = Enumerable.Range(0, 15).Select(i => (double)(i * 3 % 7)).Select(v => dtype.Type == ScalarType.Bool ? (v != 0 ? 1.0 : 0.0) : v).ToArray();
        using (NDArray r = NDArray.Load(path, MmapMode.ReadOnly))
        {
            Assert.Equal(dtype, r.DType);
            Assert.Equal([3, 5], r.Shape.ToArray());
            Assert.Equal(order == ArrayOrder.F, r.IsFContiguous && !r.IsCContiguous);
            Assert.False(r.IsWriteable);
            using NDArray values = r.AsType(DType.Float64, Casting.Unsafe, ArrayOrder.C);
            Assert.Equal(expected, values.ToArray<double>());
        }

        using (NDArray w = NDArray.OpenMemmap(path, MmapMode.ReadWrite))
        using (NDArray one = NDArray.Full<double>([], 1.0))
        using (NDArray corner = w[2, 4])
        {
            one.CopyTo(corner, Casting.Unsafe);
        }

        string seen = RunPython("a = np.load(sys.argv[1]); print(a[2, 4] == 1, a.dtype.str)\n", path);
        Assert.Equal($"True {typestr}", seen);
    }

    [Fact]
    public void Writes_through_r_plus_reach_the_file_and_every_other_mapping()
    {
        string path = File("a.npy");
        using (NDArray<long> seed = NDArray.Arange<long>(1000))
        {
            NDArray.Save(path, seed);
        }

        byte[] before = System.IO.File.ReadAllBytes(path);
        using var other = (NDArray<long>)NDArray.Load(path, MmapMode.ReadOnly);
        using (var w = (NDArray<long>)NDArray.Load(path, MmapMode.ReadWrite))
        {
            w[999] = -5;
            w[0] = 77;
            Assert.Equal(-5, other.At(999));
        }

        byte[] after = System.IO.File.ReadAllBytes(path);
        Assert.Equal(before.Length, after.Length);
        using var loaded = (NDArray<long>)NDArray.Load(path);
        Assert.Equal(77, loaded[0]);
        Assert.Equal(-5, loaded[999]);
        Assert.Equal(500, loaded[500]);
        Assert.Equal("-5", RunPython("print(np.load(sys.argv[1])[-1])", path));
    }

    [Fact]
    public void Flush_syncs_the_whole_mapping_of_writable_file_maps_and_nothing_else()
    {
        string path = File("f.npy");
        using (NDArray<double> seed = NDArray.Full<double>([16, 16], 1.0))
        {
            NDArray.Save(path, seed);
        }

        long before = MappedFileMemory.FlushCount;
        using (var rw = (NDArray<double>)NDArray.Load(path, MmapMode.ReadWrite))
        using (NDArray<double> view = rw["1:3, ::2"])
        {
            view[0, 0] = 42.0;
            view.Flush();                         // a view flushes its whole mapping
            rw.Flush();
        }

        using (var created = (NDArray<double>)NDArray.OpenMemmap(File("g.npy"), DType.Float64, [8]))
        {
            created[7] = 3.0;
            created.Flush();
        }

        Assert.Equal(before + 3, MappedFileMemory.FlushCount);
        using (var ro = NDArray.Load(path, MmapMode.ReadOnly))
        using (var cow = NDArray.Load(path, MmapMode.CopyOnWrite))
        using (NDArray<double> plain = NDArray.Zeros<double>([4]))
        {
            ro.Flush();
            cow.Flush();
            plain.Flush();
        }

        Assert.Equal(before + 3, MappedFileMemory.FlushCount);
        using (var loaded = (NDArray<double>)NDArray.Load(path))
            Assert.Equal(42.0, loaded[1, 0]);
        var disposed = NDArray.Load(path, MmapMode.ReadWrite);
        disposed.Dispose();
        Assert.Throws<ObjectDisposedException>(disposed.Flush);
    }

    [Fact]
    public void Copy_on_write_is_writable_in_memory_and_never_reaches_the_file()
    {
        string path = File("c.npy");
        using (NDArray<float> seed = NDArray.Full<float>([64, 64], 2f))
        {
            NDArray.Save(path, seed);
        }

        byte[] before = System.IO.File.ReadAllBytes(path);
        using var shared = (NDArray<float>)NDArray.Load(path, MmapMode.ReadOnly);
        using (var c = (NDArray<float>)NDArray.Load(path, MmapMode.CopyOnWrite))
        {
            Assert.True(c.IsWriteable);
            c[63, 63] = 9f;
            c[0, 0] = -1f;
            Assert.Equal(9f, c[63, 63]);
            Assert.Equal(2f, shared.At(63, 63));
            Assert.Equal(2f, c[1, 1]);
        }

        Assert.Equal(before, System.IO.File.ReadAllBytes(path));
        Assert.Equal("2.0", RunPython("print(np.load(sys.argv[1])[-1, -1])", path));
    }

    [Fact]
    public void A_read_only_mapping_refuses_writes_in_NumPys_words_and_cannot_be_made_writable()
    {
        string path = File("r.npy");
        using (NDArray<int> seed = NDArray.Arange<int>(6))
        {
            NDArray.Save(path, seed);
        }

        using var r = (NDArray<int>)NDArray.Load(path, MmapMode.ReadOnly);
        Assert.False(r.IsWriteable);
        var e = Assert.Throws<InvalidOperationException>(() => r[0] = 1);
        Assert.Contains("assignment destination is read-only", e.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => r.IsWriteable = true);
        using NDArray<int> view = r["::2"];
        Assert.False(view.IsWriteable);
        Assert.Throws<InvalidOperationException>(() => view[0] = 1);
        Assert.Equal(5, r.At(5));
    }

    [Fact]
    public void The_mapping_is_unmapped_once_when_the_last_holder_goes()
    {
        string path = File("m.npy");
        using (NDArray<double> seed = NDArray.Arange<double>(8))
        {
            NDArray.Save(path, seed);
        }

        long unmappedBefore = MappedFileMemory.UnmappedCount;
        var a = (NDArray<double>)NDArray.Load(path, MmapMode.ReadWrite);
        NDArray<double> view = a["1::2"];
        ArrayMemory memory = a.Memory;
        Assert.IsType<MappedFileMemory>(memory);
        Assert.True(IsMapped(path));
        a.Dispose();
        a.Dispose();
        Assert.False(memory.IsReleased);
        Assert.True(IsMapped(path));
        view[0] = 30;
        view.Dispose();
        Assert.True(memory.IsReleased);
        Assert.False(IsMapped(path));
        Assert.True(MappedFileMemory.UnmappedCount >= unmappedBefore + 1);
        using var again = (NDArray<double>)NDArray.Load(path);
        Assert.Equal(30, again[1]);
    }

    [Fact]
    public void A_mapping_whose_arrays_were_dropped_undisposed_is_unmapped_by_the_finalizer()
    {
        string path = File("f.npy");
        using (NDArray<int> seed = NDArray.Arange<int>(64))
        {
            NDArray.Save(path, seed);
        }

        DropUndisposed(path);
        for (int i = 0; i < 10 && IsMapped(path); i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(IsMapped(path));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void DropUndisposed(string path)
    {
        var a = (NDArray<int>)NDArray.Load(path, MmapMode.CopyOnWrite);
        NDArray<int> view = a["::2"];
        view[0] = 1;
        Assert.True(IsMapped(path));
    }

    /// <summary>
    /// The file may be deleted while mapped: the mapping keeps the data, as every mmap does.
    /// </summary>
    [Fact]
    public void A_mapped_file_may_be_deleted_and_the_array_keeps_working()
    {
        string path = File("d.npy");
        using (NDArray<short> seed = NDArray.Arange<short>(100))
        {
            NDArray.Save(path, seed);
        }

        using var a = (NDArray<short>)NDArray.Load(path, MmapMode.ReadWrite);
        System.IO.File.Delete(path);
        a[99] = 1234;
        Assert.Equal(1234, a[99]);
        Assert.Equal(50, a[50]);
    }

    [Theory]
    [InlineData(MmapMode.ReadOnly)]
    [InlineData(MmapMode.ReadWrite)]
    [InlineData(MmapMode.CopyOnWrite)]
    public void Zero_size_and_zero_dimensional_arrays_map(MmapMode mode)
    {
        string empty = File("e.npy"), scalar = File("s.npy");
        RunPython("np.save(sys.argv[1], np.zeros((0, 3), '>i4')); np.save(sys.argv[2], np.float64(2.5))", empty, scalar);
        using (NDArray e = NDArray.Load(empty, mode))
        {
            Assert.Equal([0, 3], e.Shape.ToArray());
            Assert.Equal(DType.Parse(">i4"), e.DType);
        }

        using var s = (NDArray<double>)NDArray.Load(scalar, mode);
        Assert.Equal(0, s.NDim);
        Assert.Equal(2.5, s.At([]));
    }

    /// <summary>
    /// A data offset past the first page: mmap offsets must be page-aligned, so the mapping starts at
    /// the page below the data, as NumPy's memmap maps. A version 2.0 header of about 9000 bytes puts
    /// the data in the third page.
    /// </summary>
    [Fact]
    public void Data_that_starts_past_the_first_page_maps_at_its_offset()
    {
        string path = File("long_header.npy");
        byte[] data = new byte[5 * 8];
        for (int i = 0; i < 5; i++)
        {
            BitConverter.TryWriteBytes(data.AsSpan(i * 8), (double)(i + 1));
        }

        string header = "{'descr': '<f8', 'fortran_order': False, 'shape': (5,), }" + new string(' ', 9000);
        byte[] file = NpyBytes.File(header, data, major: 2);
        long offset = file.Length - data.Length;
        Assert.True(offset > 2 * Environment.SystemPageSize);
        System.IO.File.WriteAllBytes(path, file);
        Assert.Equal("[1. 2. 3. 4. 5.]", RunPython("print(np.load(sys.argv[1], mmap_mode='r'))", path));
        foreach (MmapMode mode in new[] { MmapMode.ReadOnly, MmapMode.ReadWrite, MmapMode.CopyOnWrite })
        {
            using var a = (NDArray<double>)NDArray.Load(path, mode);
            Assert.Equal([1.0, 2, 3, 4, 5], a.ToArray<double>());
            Assert.Equal(offset % Environment.SystemPageSize, a.DataPointer % Environment.SystemPageSize);
        }
    }

    /// <summary>
    /// Every bad-header row of <see cref="NpyBadInputTests"/>, written to a file and opened in every
    /// mode: the same exception and message as <see cref="NDArray.Load(string)"/>, except that data
    /// shorter than the header announces is NumPy's mmap wording; nothing is mapped and the file is unchanged.
    /// </summary>
    [Theory]
    [MemberData(nameof(NpyBadInputTests.Names), MemberType = typeof(NpyBadInputTests))]
    public void Bad_files_are_refused_before_mapping_in_every_mode(string row)
    {
        (Func<byte[]> make, Type type, string message) = NpyBadInputTests.Rows[row];
        if (message.StartsWith("EOF: reading array data", StringComparison.Ordinal))
        {
            message = "mmap length is greater than file size";
        }

        string path = File("bad.npy");
        byte[] bytes = make();
        System.IO.File.WriteAllBytes(path, bytes);
        long live = MappedFileMemory.LiveCount;
        foreach (MmapMode mode in new[] { MmapMode.ReadOnly, MmapMode.ReadWrite, MmapMode.CopyOnWrite })
        {
            Exception e = Assert.Throws(type, () => NDArray.Load(path, mode));
            Assert.Contains(message, e.Message, StringComparison.Ordinal);
            Exception o = Assert.Throws(type, () => NDArray.OpenMemmap(path, mode));
            Assert.Contains(message, o.Message, StringComparison.Ordinal);
        }

        Assert.Equal(live, MappedFileMemory.LiveCount);
        Assert.Equal(bytes, System.IO.File.ReadAllBytes(path));
    }

    /// <summary>
    /// A header announcing more data than the file holds, the file cut at every length from the end
    /// of the header to one byte short of complete: refused with both sizes in every mode (NumPy's
    /// 'r+' would grow the file instead), never mapped, so never a SIGBUS; the file is not grown.
    /// </summary>
    [Fact]
    public void Every_truncation_of_the_data_is_refused_with_the_sizes_and_the_file_is_not_grown()
    {
        string path = File("t.npy");
        using (NDArray<int> seed = NDArray.Arange<int>(40))
        {
            NDArray.Save(path, seed);
        }

        byte[] whole = System.IO.File.ReadAllBytes(path);
        int headerLength = whole.Length - 160;
        for (int cut = headerLength; cut < whole.Length; cut += 7)
        {
            System.IO.File.WriteAllBytes(path, whole[..cut]);
            foreach (MmapMode mode in new[] { MmapMode.ReadOnly, MmapMode.ReadWrite, MmapMode.CopyOnWrite })
            {
                var e = Assert.Throws<InvalidDataException>(() => NDArray.Load(path, mode));
                Assert.Contains("mmap length is greater than file size", e.Message, StringComparison.Ordinal);
                Assert.Contains($"announces 160 bytes of data after {headerLength} header bytes, but the file has {cut} bytes", e.Message, StringComparison.Ordinal);
            }

            Assert.Equal(cut, new FileInfo(path).Length);
        }
    }

    [Fact]
    public void Other_bad_arguments_have_specific_exceptions()
    {
        string missing = File("missing.npy");
        Assert.Throws<FileNotFoundException>(() => NDArray.Load(missing, MmapMode.ReadOnly));
        Assert.Throws<FileNotFoundException>(() => NDArray.OpenMemmap(missing));
        Assert.Throws<ArgumentNullException>(() => NDArray.Load(null!, MmapMode.ReadOnly));
        Assert.Throws<ArgumentNullException>(() => NDArray.OpenMemmap(null!));
        Assert.Throws<ArgumentNullException>(() => NDArray.OpenMemmap(null!, DType.Float64, [2]));

        var w = Assert.Throws<ArgumentException>(() => NDArray.Load(missing, MmapMode.WritePlus));
        Assert.Contains("'w+' creates a new file", w.Message, StringComparison.Ordinal);
        Assert.Equal("mmapMode", w.ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentException>(() => NDArray.OpenMemmap(missing, MmapMode.WritePlus)).ParamName);
        Assert.False(System.IO.File.Exists(missing));

        nint big = nint.MaxValue / 4;
        Assert.Throws<OverflowException>(() => NDArray.OpenMemmap(missing, DType.Float64, [big]));
        Assert.Throws<ArgumentOutOfRangeException>(() => NDArray.OpenMemmap(missing, DType.Float64, [-1]));
        var k = Assert.Throws<ArgumentException>(() => NDArray.OpenMemmap(missing, DType.Float64, [2], ArrayOrder.K));
        Assert.Contains("only 'C' or 'F' order", k.Message, StringComparison.Ordinal);
        Assert.False(System.IO.File.Exists(missing), "a refused shape or order creates no file");
        Assert.ThrowsAny<IOException>(() => NDArray.OpenMemmap(Path.Combine(_dir, "no", "such", "dir.npy"), DType.Float64, [2]));
    }

    private static long AllocatedBytes(string path)
    {
        var start = new ProcessStartInfo("/usr/bin/stat", ["-c", "%b %B", path]) { RedirectStandardOutput = true, UseShellExecute = false };
        using Process p = Process.Start(start)!;
        string[] parts = p.StandardOutput.ReadToEnd().Trim().Split(' ');
        p.WaitForExit();
        return long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) * long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A 16 GiB file (two thirds of this machine's memory, so no copying load could hold it) made
    /// sparse by 'w+': it takes almost no disk, opens without reading its data, and its last element
    /// is written here, read back through a new mapping, and read by NumPy's own memmap.
    /// </summary>
    /// <summary>
    /// A directory whose file system keeps holes in files unallocated: the test directory when its
    /// file system does, else /dev/shm (tmpfs does too). Probed with a 64 MiB extended file, so that
    /// a file system without sparse files never gets 16 GiB of real zeros written to it.
    /// </summary>
    private string SparseDirectory()
    {
        foreach (string dir in new[] { _dir, "/dev/shm" })
        {
            string probe = Path.Combine(dir, "ab_sparse_probe_" + Guid.NewGuid().ToString("N"));
            try
            {
                using (var f = new FileStream(probe, FileMode.CreateNew))
                {
                    f.SetLength(64L << 20);
                }

                if (AllocatedBytes(probe) < 1 << 20)
                {
                    return dir;
                }
            }
            finally
            {
                System.IO.File.Delete(probe);
            }
        }

        Assert.Fail($"neither {_dir} nor /dev/shm keeps a file's holes unallocated; the 16 GiB sparse-file test needs one that does");
        return "";
    }

    [Fact]
    public void A_sparse_file_larger_than_half_of_memory_opens_and_its_last_element_reads_and_writes()
    {
        string path = Path.Combine(SparseDirectory(), "ab_huge_" + Guid.NewGuid().ToString("N") + ".npy");
        try
        {
            CheckHugeFile(path);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    private static void CheckHugeFile(string path)
    {
        long elements = 1L << 31; // 16 GiB of float64
        nint length = checked((nint)elements);
        using (var a = (NDArray<double>)NDArray.OpenMemmap(path, DType.Float64, [length]))
        {
            Assert.Equal(elements * 8 + 128, new FileInfo(path).Length);
            Assert.True(AllocatedBytes(path) < 1 << 20, $"the file system gave a new 16 GiB file {AllocatedBytes(path)} bytes of disk: it has no sparse files");
            Assert.Equal(0.0, a[length - 1]);
            a[length - 1] = 42.5;
            a[0] = -1;
        }

        foreach (MmapMode mode in new[] { MmapMode.ReadOnly, MmapMode.ReadWrite, MmapMode.CopyOnWrite })
        {
            using var b = (NDArray<double>)NDArray.Load(path, mode);
            Assert.Equal(length, b.Size);
            Assert.Equal(42.5, b.At(length - 1));
            Assert.Equal(-1, b.At(0));
            Assert.Equal(0.0, b.At(length / 2));
        }

        Assert.Equal("42.5 -1.0 (2147483648,)", RunPython("a = np.load(sys.argv[1], mmap_mode='r'); print(a[-1], a[0], a.shape)", path));
        Assert.True(AllocatedBytes(path) < 1 << 20);
    }

    [Fact]
    public void A_mapped_array_describes_its_file()
    {
        string path = File("desc.npy");
        using NDArray a = NDArray.OpenMemmap(path, DType.UInt8, [3]);
        Assert.Contains(path, a.DescribeMemory(), StringComparison.Ordinal);
        Assert.Contains("'w+'", a.DescribeMemory(), StringComparison.Ordinal);
    }
}

/// <summary>Not run in parallel with the other classes: the sparse-file test maps 16 GiB.</summary>
[CollectionDefinition(nameof(NpyMmapTests), DisableParallelization = true)]
public sealed class NpyMmapCollection;
