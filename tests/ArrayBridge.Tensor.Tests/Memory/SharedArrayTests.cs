using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace ArrayBridge.Tests;

/// <summary>
/// Arrays over named POSIX shared memory, checked against a separate <c>/usr/bin/python3</c> process
/// that maps the same segment with <c>multiprocessing.shared_memory.SharedMemory</c>. Every test uses
/// its own name and removes the segment in <c>finally</c>.
/// </summary>
public class SharedArrayTests
{
    private const string Python = "/usr/bin/python3";

    // Python 3.11 registers every segment it opens with its resource tracker, which would unlink a
    // segment this process owns when the child exits; the child gives up that claim.
    private const string Prelude =
        "import sys, numpy as np\n" +
        "from multiprocessing import shared_memory, resource_tracker\n" +
        "def attach(name):\n" +
        "    shm = shared_memory.SharedMemory(name)\n" +
        "    resource_tracker.unregister(shm._name, 'shared_memory')\n" +
        "    return shm\n";

    private static string NewName() => "ab_test_" + Guid.NewGuid().ToString("N");

    private static bool SegmentExists(string name) => File.Exists("/dev/shm/" + name);

    /// <summary>Removes the segment if it is still there, so a failing test leaves nothing behind.</summary>
    private static void Cleanup(string name)
    {
        try
        {
            NDArray.UnlinkShared(name);
        }
        catch (FileNotFoundException)
        {
        }
    }

    private static bool IsMapped(string name) =>
        File.ReadAllLines("/proc/self/maps").Any(line => line.Contains("/dev/shm/" + name, StringComparison.Ordinal));

    private static string RunPython(string script, params string[] args)
    {
        (string output, string errors) = PythonChild.Run(Prelude + script, args);
        Assert.DoesNotContain("leaked", errors, StringComparison.Ordinal);
        return output;
    }

    [Theory]
    [InlineData(ArrayOrder.C)]
    [InlineData(ArrayOrder.F)]
    public void Python_sees_what_CSharp_wrote_and_CSharp_sees_what_Python_writes_back(ArrayOrder order)
    {
        string name = NewName();
        try
        {
            using var a = (NDArray<double>)NDArray.CreateShared(name, DType.Float64, [3, 4], order);
            Assert.True(SegmentExists(name));
            Assert.Equal(3 * 4 * 8, new FileInfo("/dev/shm/" + name).Length);
            Assert.All(a.ToArray<double>(), v => Assert.Equal(0.0, v));
            for (int i = 0; i < 3; i++)
            {
                for (int j = 0; j < 4; j++)
                {
                    a[i, j] = i * 10 + j + 0.5;
                }
            }

            string seen = RunPython(
                "shm = attach(sys.argv[1])\n" +
                "a = np.ndarray((3, 4), np.float64, buffer=shm.buf, order=sys.argv[2])\n" +
                "expected = np.add.outer(np.arange(3) * 10, np.arange(4)) + 0.5\n" +
                "print(shm.size, bool((a == expected).all()))\n" +
                "a *= -2\n" +
                "del a\n" +
                "shm.close()\n",
                name, order.ToString());
            Assert.Equal("96 True", seen);
            for (int i = 0; i < 3; i++)
            {
                for (int j = 0; j < 4; j++)
                {
                    Assert.Equal(-2 * (i * 10 + j + 0.5), a[i, j]);
                }
            }

            Assert.True(SegmentExists(name), "the Python child must not remove a segment it only opened");
        }
        finally
        {
            Cleanup(name);
        }
    }

    /// <summary>
    /// Every dtype, in both byte orders and both memory orders, over a 3-d shape: Python reads each
    /// segment as <c>np.ndarray(shape, typestr, buffer=shm.buf, order=...)</c> and checks the values
    /// C# wrote, then writes them reversed, which C# must read back. One Python process checks all.
    /// </summary>
    [Fact]
    public void Every_dtype_byte_order_and_memory_order_round_trips_through_a_Python_process()
    {
        ScalarType[] types =
        [
            ScalarType.Bool, ScalarType.Int8, ScalarType.UInt8, ScalarType.Int16, ScalarType.UInt16, ScalarType.Int32, ScalarType.UInt32,
            ScalarType.Int64, ScalarType.UInt64, ScalarType.Float16, ScalarType.Float32, ScalarType.Float64, ScalarType.Complex64, ScalarType.Complex128,
        ];
        nint[] shape = [2, 3, 4];
        var cases = new List<(string Name, DType DType, ArrayOrder Order, NDArray Array)>();
        try
        {
            foreach (ScalarType type in types)
            {
                var dtypes = new List<DType> { DType.Create(type) };
                if (DType.Create(type).ItemSize > 1)
                {
                    dtypes.Add(DType.Create(type, DType.NativeOrder == ByteOrder.Little ? ByteOrder.Big : ByteOrder.Little));
                }

                foreach (DType dtype in dtypes)
                {
                    foreach (ArrayOrder order in new[] { ArrayOrder.C, ArrayOrder.F })
                    {
                        string name = NewName();
                        NDArray shared = NDArray.CreateShared(name, dtype, shape, order);
                        cases.Add((name, dtype, order, shared));
                        using NDArray values = NDArray.Arange<double>(24).Reshape(shape);
                        values.CopyTo(shared, Casting.Unsafe);
                    }
                }
            }

            string spec = string.Join(";", cases.Select(c => $"{c.Name},{c.DType.TypeStr},{c.Order}"));
            string seen = RunPython(
                "bad = []\n" +
                "for item in sys.argv[1].split(';'):\n" +
                "    name, typestr, order = item.split(',')\n" +
                "    shm = attach(name)\n" +
                "    a = np.ndarray((2, 3, 4), np.dtype(typestr), buffer=shm.buf, order=order)\n" +
                "    expected = np.arange(24.0).reshape(2, 3, 4).astype(typestr)\n" +
                "    if not (a == expected).all() or a.flags.c_contiguous != (order == 'C'):\n" +
                "        bad.append(item)\n" +
                "    a[...] = np.arange(23.0, -1, -1).reshape(2, 3, 4).astype(typestr)\n" +
                "    del a\n" +
                "    shm.close()\n" +
                "print('bad=' + ';'.join(bad))\n",
                spec);
            Assert.Equal("bad=", seen);
            foreach (var c in cases)
            {
                using NDArray back = c.Array.AsType(DType.Float64, Casting.Unsafe, ArrayOrder.C);
                double[] expected = Enumerable.Range(0, 24).Select(i => (double)(23 - i)).ToArray();
                if (c.DType.Type == ScalarType.Bool)
                {
                    expected = expected.Select(v => v != 0 ? 1.0 : 0.0).ToArray();
                }

                Assert.True(expected.SequenceEqual(back.ToArray<double>()), $"{c.DType.TypeStr} {c.Order}: {string.Join(", ", back.ToArray<double>())}");
            }
        }
        finally
        {
            foreach (var c in cases)
            {
                c.Array.Dispose();
                Cleanup(c.Name);
            }
        }
    }

    [Fact]
    public void CSharp_opens_a_segment_Python_created_and_writes_Python_sees()
    {
        string name = NewName();
        try
        {
            // The child creates the segment and leaves it for this process to own and unlink.
            RunPython(
                "shm = shared_memory.SharedMemory(sys.argv[1], create=True, size=5 * 2 * 4)\n" +
                "resource_tracker.unregister(shm._name, 'shared_memory')\n" +
                "a = np.ndarray((5, 2), np.int32, buffer=shm.buf)\n" +
                "a[...] = np.arange(10).reshape(5, 2) * 7\n" +
                "del a\n" +
                "shm.close()\n",
                name);
            using (var a = (NDArray<int>)NDArray.OpenShared(name, DType.Int32, [5, 2]))
            {
                Assert.Equal(Enumerable.Range(0, 10).Select(i => i * 7).ToArray(), a.ToArray<int>());
                a[4, 1] = -123;
            }

            string seen = RunPython(
                "shm = attach(sys.argv[1])\n" +
                "a = np.ndarray((5, 2), np.int32, buffer=shm.buf)\n" +
                "print(a[4, 1], a[0, 1])\n" +
                "del a\n" +
                "shm.close()\n",
                name);
            Assert.Equal("-123 7", seen);
        }
        finally
        {
            Cleanup(name);
        }
    }

    /// <summary>
    /// Starts a Python child that runs <paramref name="script"/>, which must print "ready" once it
    /// holds the segment and then block; returns the running process after that line.
    /// </summary>
    private static Process StartHoldingPython(string script, params string[] args)
    {
        var start = new ProcessStartInfo(Python)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("-u");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Prelude + script + "print('ready')\nimport time\ntime.sleep(3600)\n");
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process process = Process.Start(start)!;
        Task<string?> line = process.StandardOutput.ReadLineAsync();
        if (!line.Wait(Hang.Bound) || line.Result != "ready")
        {
            process.Kill(entireProcessTree: true);
            string errors = process.StandardError.ReadToEnd();
            process.Dispose();
            Assert.Fail($"the Python child did not get ready: {(line.IsCompleted ? line.Result : $"no output in {Hang.Bound.TotalMinutes} min")}\n{errors}");
        }

        return process;
    }

    /// <summary>Kills the child with SIGKILL, so it runs no cleanup of any kind, and waits (bounded) for it to be gone.</summary>
    private static void KillHard(Process process)
    {
        process.Kill(); // SIGKILL on Unix
        Assert.True(process.WaitForExit(Hang.Bound), "the killed child did not exit");
        Assert.Equal(137, process.ExitCode); // 128 + SIGKILL, as the runtime reports a signalled child
        process.Dispose();
    }

    [Fact]
    public void A_Python_process_killed_while_holding_a_segment_CSharp_made_leaves_it_usable_and_unlinkable()
    {
        string name = NewName();
        try
        {
            using var a = (NDArray<long>)NDArray.CreateShared(name, DType.Int64, [1000]);
            a[0] = 11;
            Process child = StartHoldingPython(
                "shm = attach(sys.argv[1])\n" +
                "a = np.ndarray((1000,), np.int64, buffer=shm.buf)\n" +
                "a[1:] = a[0] * np.arange(1, 1000)\n",
                name);
            KillHard(child);

            // The dead process's writes are in the segment; this side keeps reading, writing and reopening it.
            Assert.Equal(11L * 999, a[999]);
            a[500] = -1;
            using (var again = (NDArray<long>)NDArray.OpenShared(name, DType.Int64, [1000]))
            {
                Assert.Equal(-1, again[500]);
                Assert.Equal(11L * 3, again[3]);
            }

            Assert.True(SegmentExists(name));
            NDArray.UnlinkShared(name);
            Assert.False(SegmentExists(name));
            a[1] = 5;
            Assert.Equal(5, a[1]);
        }
        finally
        {
            Cleanup(name);
        }
    }

    [Fact]
    public void A_segment_whose_Python_creator_was_killed_opens_here_and_is_unlinked_here()
    {
        string name = NewName();
        try
        {
            // The creator gives its claim up to this process, so its resource tracker leaves the name alone when it dies.
            Process child = StartHoldingPython(
                "shm = shared_memory.SharedMemory(sys.argv[1], create=True, size=64 * 8)\n" +
                "resource_tracker.unregister(shm._name, 'shared_memory')\n" +
                "a = np.ndarray((8, 8), np.float64, buffer=shm.buf, order='F')\n" +
                "a[...] = np.arange(64.0).reshape(8, 8)\n",
                name);
            KillHard(child);

            Assert.True(SegmentExists(name));
            using (var a = (NDArray<double>)NDArray.OpenShared(name, DType.Float64, [8, 8], ArrayOrder.F))
            {
                Assert.Equal(63.0, a[7, 7]);
                Assert.Equal(8.0, a[1, 0]);
                a[0, 0] = 100;
                NDArray.UnlinkShared(name);
                Assert.False(SegmentExists(name));
                Assert.Equal(100.0, a[0, 0]);
            }

            Assert.Throws<FileNotFoundException>(() => NDArray.OpenShared(name, DType.Float64, [8, 8]));
        }
        finally
        {
            Cleanup(name);
        }
    }

    [Fact]
    public void Opening_a_missing_name_throws_FileNotFoundException_naming_it()
    {
        string name = NewName();
        var e = Assert.Throws<FileNotFoundException>(() => NDArray.OpenShared(name, DType.Float64, [2]));
        Assert.Contains(name, e.Message, StringComparison.Ordinal);
        Assert.False(SegmentExists(name));
    }

    [Fact]
    public void Unlinking_a_missing_name_throws_FileNotFoundException_naming_it()
    {
        string name = NewName();
        var e = Assert.Throws<FileNotFoundException>(() => NDArray.UnlinkShared(name));
        Assert.Contains(name, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new long[] { 11 }, 88)]
    [InlineData(new long[] { 3, 4 }, 96)]
    [InlineData(new long[] { 2, 3, 2 }, 96)]
    public void A_segment_smaller_than_the_shape_is_refused_with_both_sizes(long[] shape, long needed)
    {
        string name = NewName();
        try
        {
            using (NDArray.CreateShared(name, DType.Float64, [10]))
            {
                nint[] s = shape.Select(n => (nint)n).ToArray();
                var e = Assert.Throws<ArgumentException>(() => NDArray.OpenShared(name, DType.Float64, s));
                Assert.Contains(name, e.Message, StringComparison.Ordinal);
                Assert.Contains("80 bytes", e.Message, StringComparison.Ordinal);
                Assert.Contains($"{needed} bytes", e.Message, StringComparison.Ordinal);
            }

            // Exactly the segment's size and anything smaller are accepted.
            using var whole = NDArray.OpenShared(name, DType.Float64, [2, 5]);
            using var part = NDArray.OpenShared(name, DType.Int32, [3]);
            Assert.Equal(80, whole.Memory.Length);
        }
        finally
        {
            Cleanup(name);
        }
    }

    [Fact]
    public void Overflowing_and_negative_shapes_are_refused_before_any_segment_is_touched()
    {
        string name = NewName();
        try
        {
            nint big = nint.MaxValue / 4;
            Assert.Throws<OverflowException>(() => NDArray.CreateShared(name, DType.Float64, [big]));
            Assert.Throws<OverflowException>(() => NDArray.CreateShared(name, DType.Float64, [big, big]));
            Assert.Throws<ArgumentOutOfRangeException>(() => NDArray.CreateShared(name, DType.Float64, [-1]));
            Assert.False(SegmentExists(name));
            using (NDArray.CreateShared(name, DType.UInt8, [16]))
            {
                Assert.ThrowsAny<ArgumentException>(() => NDArray.OpenShared(name, DType.Float64, [big]));
                Assert.ThrowsAny<ArgumentException>(() => NDArray.OpenShared(name, DType.Float64, [big, big]));
                Assert.ThrowsAny<ArgumentException>(() => NDArray.OpenShared(name, DType.Float64, [-1]));
            }
        }
        finally
        {
            Cleanup(name);
        }
    }

    [Fact]
    public void Creating_over_an_existing_name_throws_IOException_naming_it_and_leaves_the_segment_intact()
    {
        string name = NewName();
        try
        {
            using var a = (NDArray<int>)NDArray.CreateShared(name, DType.Int32, [4]);
            a[2] = 42;
            var e = Assert.Throws<IOException>(() => NDArray.CreateShared(name, DType.Int32, [100]));
            Assert.IsNotType<FileNotFoundException>(e);
            Assert.Contains(name, e.Message, StringComparison.Ordinal);
            Assert.Contains("already exists", e.Message, StringComparison.Ordinal);
            Assert.Equal(16, new FileInfo("/dev/shm/" + name).Length);
            using var b = (NDArray<int>)NDArray.OpenShared(name, DType.Int32, [4]);
            Assert.Equal(42, b[2]);
        }
        finally
        {
            Cleanup(name);
        }
    }

    [Fact]
    public void The_mapping_is_unmapped_once_when_the_last_array_over_it_is_disposed()
    {
        string name = NewName();
        try
        {
            long unmappedBefore = SharedArrayMemory.UnmappedCount;
            var a = (NDArray<float>)NDArray.CreateShared(name, DType.Float32, [8]);
            NDArray<float> view = a["1::2"];
            ArrayMemory memory = a.Memory;
            Assert.IsType<SharedArrayMemory>(memory);
            Assert.True(IsMapped(name));
            a.Dispose();
            a.Dispose();
            Assert.False(memory.IsReleased);
            Assert.True(IsMapped(name));
            view[0] = 3;
            view.Dispose();
            Assert.True(memory.IsReleased);
            Assert.False(IsMapped(name));
            Assert.True(SharedArrayMemory.UnmappedCount >= unmappedBefore + 1);

            // Unmapping is not unlinking: the name and its bytes remain for other processes.
            Assert.True(SegmentExists(name));
            using var again = (NDArray<float>)NDArray.OpenShared(name, DType.Float32, [8]);
            Assert.Equal(3f, again[1]);
        }
        finally
        {
            Cleanup(name);
        }
    }

    [Fact]
    public void A_mapping_whose_arrays_were_dropped_undisposed_is_unmapped_by_the_finalizer()
    {
        string name = NewName();
        try
        {
            DropUndisposed(name);
            for (int i = 0; i < 10 && IsMapped(name); i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }

            Assert.False(IsMapped(name));
            Assert.True(SegmentExists(name), "finalizing unmaps; it never unlinks");
        }
        finally
        {
            Cleanup(name);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void DropUndisposed(string name)
    {
        var a = (NDArray<int>)NDArray.CreateShared(name, DType.Int32, [64]);
        NDArray<int> view = a["::2"];
        view[0] = 1;
        Assert.True(IsMapped(name));
    }

    [Fact]
    public void Unlinking_removes_the_name_while_existing_arrays_keep_working()
    {
        string name = NewName();
        try
        {
            using var a = (NDArray<long>)NDArray.CreateShared(name, DType.Int64, [3]);
            using var b = (NDArray<long>)NDArray.OpenShared(name, DType.Int64, [3]);
            NDArray.UnlinkShared(name);
            Assert.False(SegmentExists(name));
            Assert.Throws<FileNotFoundException>(() => NDArray.OpenShared(name, DType.Int64, [3]));
            Assert.Throws<FileNotFoundException>(() => NDArray.UnlinkShared(name));
            a[1] = 77;
            Assert.Equal(77, b[1]);

            // The name is free again for a new, separate segment.
            using var c = (NDArray<long>)NDArray.CreateShared(name, DType.Int64, [3]);
            Assert.Equal(0, c[1]);
        }
        finally
        {
            Cleanup(name);
        }
    }

    [Fact]
    public void A_read_only_open_maps_read_only_and_refuses_writes()
    {
        string name = NewName();
        try
        {
            using var a = (NDArray<short>)NDArray.CreateShared(name, DType.Int16, [4]);
            a[3] = 9;
            using var r = (NDArray<short>)NDArray.OpenShared(name, DType.Int16, [4], writeable: false);
            Assert.False(r.IsWriteable);
            Assert.Equal(new short[] { 0, 0, 0, 9 }, r.ToArray<short>());
            Assert.Throws<InvalidOperationException>(() => r[0] = 1);
            a[0] = 5;
            Assert.Equal(new short[] { 5, 0, 0, 9 }, r.ToArray<short>());
        }
        finally
        {
            Cleanup(name);
        }
    }

    [Fact]
    public void Zero_size_arrays_get_a_one_byte_segment_Python_can_map()
    {
        string name = NewName();
        try
        {
            using var a = NDArray.CreateShared(name, DType.Float64, [0, 3]);
            Assert.Equal(0, a.Size);
            Assert.Equal(1, new FileInfo("/dev/shm/" + name).Length);
            using var b = NDArray.OpenShared(name, DType.Float64, [0, 3]);
            Assert.Equal(0, b.Size);
        }
        finally
        {
            Cleanup(name);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("/leading")]
    [InlineData("a/b")]
    [InlineData("nul\0inside")]
    [InlineData(".")]
    [InlineData("..")]
    public void Bad_names_are_argument_errors_on_every_entry_point(string name)
    {
        Assert.ThrowsAny<ArgumentException>(() => NDArray.CreateShared(name, DType.Float64, [2]));
        Assert.ThrowsAny<ArgumentException>(() => NDArray.OpenShared(name, DType.Float64, [2]));
        Assert.ThrowsAny<ArgumentException>(() => NDArray.UnlinkShared(name));
    }

    [Fact]
    public void A_name_longer_than_the_system_allows_is_an_argument_error()
    {
        string name = new('n', 256);
        var e = Assert.ThrowsAny<ArgumentException>(() => NDArray.CreateShared(name, DType.Float64, [2]));
        Assert.Contains("255 bytes", e.Message, StringComparison.Ordinal);
        Assert.ThrowsAny<ArgumentException>(() => NDArray.OpenShared(name, DType.Float64, [2]));

        // 255 bytes is the longest name the system (and so Python) accepts.
        string longest = "ab_" + Guid.NewGuid().ToString("N") + new string('n', 255 - 35);
        try
        {
            using NDArray a = NDArray.CreateShared(longest, DType.Float64, [2]);
            Assert.True(SegmentExists(longest));
        }
        finally
        {
            Cleanup(longest);
        }
    }

    [Fact]
    public void Orders_other_than_C_and_F_are_refused()
    {
        string name = NewName();
        Assert.Throws<ArgumentException>(() => NDArray.CreateShared(name, DType.Float64, [2], ArrayOrder.K));
        Assert.Throws<ArgumentOutOfRangeException>(() => NDArray.CreateShared(name, DType.Float64, [2], (ArrayOrder)99));
        Assert.False(SegmentExists(name));
    }
}
