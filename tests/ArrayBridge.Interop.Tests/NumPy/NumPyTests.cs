using System.Runtime.CompilerServices;
using ArrayBridge.Interop;
using FsCheck;
using FsCheck.Fluent;

namespace ArrayBridge.Tests;

[Collection(PythonCollection.Name)]
public unsafe class NumPyTests
{
    private static readonly ArrayFlags Compared = ArrayFlags.CContiguous | ArrayFlags.FContiguous | ArrayFlags.Aligned | ArrayFlags.Writeable;

    static NumPyTests()
    {
        Python.Initialize();
        Python.Exec(BridgeLayouts.ApplySource);
    }

    [Fact]
    public void Layouts_built_by_arraybridge_and_by_numpy_agree_on_everything()
    {
        using PyObject apply = Python.Eval("_arraybridge_apply");
        Check.One(FixedSeed.Quick(2000), Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            using var layouts = new BridgeLayouts(seed);
            using PyObject numpyBase = NumPy.ToNumPy(layouts.Base);
            using PyObject numpyResult = apply.Call(numpyBase, layouts.OpsForPython());
            using NDArray theirs = NumPy.FromNumPy(numpyResult);
            NDArray ours = layouts.Array;
            string context = layouts.ToString();
            Assert.True(ours.Shape.SequenceEqual(theirs.Shape), $"shape {Layout.Format(ours.Shape)} vs NumPy {Layout.Format(theirs.Shape)}; {context}");
            Assert.True(ours.Strides.SequenceEqual(theirs.Strides), $"strides {Layout.Format(ours.Strides)} vs NumPy {Layout.Format(theirs.Strides)}; {context}");
            Assert.True((ours.Flags & Compared) == (theirs.Flags & Compared), $"flags {ours.Flags & Compared} vs NumPy {theirs.Flags & Compared}; {context}");
            Assert.Equal(ours.DType, theirs.DType);
            bool oursShares = ReferenceEquals(ours.Memory, layouts.Base.Memory);
            bool theirsShares = SharesMemory(theirs, layouts.Base);
            if (ours.Size > 0)
            {
                Assert.True(oursShares == theirsShares, $"ArrayBridge {(oursShares ? "viewed" : "copied")}, NumPy {(theirsShares ? "viewed" : "copied")}; {context}");
                if (oursShares)
                {
                    Assert.True(ours.DataPointer == theirs.DataPointer, $"data offset {ours.DataPointer - layouts.Base.DataPointer} vs NumPy {theirs.DataPointer - layouts.Base.DataPointer}; {context}");
                }
            }

            Assert.True(ArrayValues.Of(ours).SequenceEqual(ArrayValues.Of(theirs)), $"values differ; {context}");
        }));
    }

    private static bool SharesMemory(NDArray view, NDArray baseArray)
    {
        if (!Layout.TryGetExtent(view.Shape, view.Strides, view.ItemSize, out nint low, out nint high) || view.Size == 0)
        {
            return false;
        }

        nint start = baseArray.Memory.Length < 0 ? baseArray.DataPointer : (nint)baseArray.Memory.Start;
        return view.DataPointer + low >= start && view.DataPointer + high <= start + baseArray.Memory.Length;
    }

    [Fact]
    public void ToNumPy_shares_memory_and_numpy_sees_writes_from_csharp()
    {
        using var a = NDArray.Arange<double>(12).Reshape(3, 4);
        using PyObject p = NumPy.ToNumPy(a);
        using PyObject iface = p.GetAttr("__array_interface__");
        using PyObject data = iface["data"];
        Assert.Equal(a.DataPointer, (nint)data[0].As<long>());
        a[2, 3] = -5;
        Assert.Equal(-5.0, p[(2, 3)].As<double>());
        using PyObject sum = p.Invoke("sum");
        Assert.Equal(66 - 11 - 5, sum.As<double>());
        using PyObject b = p.GetAttr("base");
        Assert.Contains("arraybridge.ExportedArray", b.Repr());
        Assert.Contains("(3, 4)", b.Repr());
        Assert.Equal("arraybridge", b.GetAttr("__class__").GetAttr("__module__").As<string>());
    }

    [Fact]
    public void Numpy_writes_are_seen_in_csharp()
    {
        using var a = NDArray.Zeros<int>(2, 3);
        using PyObject p = NumPy.ToNumPy(a);
        using PyObject locals = Python.Eval("{}");
        locals["p"] = p;
        Python.Exec("p[1, :] = [7, 8, 9]", null, locals);
        Assert.Equal(new[] { 0, 0, 0, 7, 8, 9 }, a.ToArray<int>());
    }

    [Fact]
    public void Every_layout_and_byte_order_goes_to_numpy_as_is()
    {
        using var a = NDArray.Arange<int>(24).Reshape(2, 3, 4);
        using NDArray swapped = a.AsType(DType.Int32.WithByteOrder(ByteOrder.Big));
        using NDArray view = swapped["::-1, :, 1::2"].Transpose(2, 0, 1);
        using PyObject p = NumPy.ToNumPy(view);
        Assert.Equal(">i4", p.GetAttr("dtype").GetAttr("str").As<string>());
        Assert.Equal(view.Strides.ToArray().Select(s => (long)s).ToArray(), p.GetAttr("strides").As<object?[]>().Select(x => (long)x!).ToArray());
        using PyObject list = p.Invoke("tolist");
        using PyObject expected = Python.Eval("__import__('numpy').arange(24).reshape(2, 3, 4)[::-1, :, 1::2].transpose(2, 0, 1).tolist()");
        Assert.Equal(expected.Repr(), list.Repr());
    }

    [Fact]
    public void A_read_only_array_gives_a_read_only_numpy_array()
    {
        using var a = NDArray.Arange<float>(4);
        using NDArray b = a.BroadcastTo(3, 4);
        using PyObject p = NumPy.ToNumPy(b);
        Assert.False(p.GetAttr("flags").GetAttr("writeable").As<bool>());
        using PyObject locals = Python.Eval("{}");
        locals["p"] = p;
        var e = Assert.Throws<PythonException>(() => Python.Exec("p[0, 0] = 1", null, locals));
        Assert.Equal("ValueError", e.PythonTypeName);
    }

    [Fact]
    public void FromNumPy_views_any_layout_without_copying()
    {
        using PyObject p = Python.Eval("__import__('numpy').asfortranarray(__import__('numpy').arange(12.0).reshape(3, 4))[::-1, 1:]");
        using NDArray<double> a = NumPy.FromNumPy<double>(p);
        Assert.Equal([3, 3], a.Shape.ToArray());
        Assert.Equal([-8, 24], a.Strides.ToArray());
        Assert.Equal(p.GetAttr("ctypes").GetAttr("data").As<long>(), a.DataPointer);
        Assert.Equal(9.0, a.At(0, 0));
        a[0, 0] = 42;
        Assert.Equal(42.0, p[(0, 0)].As<double>());

        using PyObject scalar = Python.Eval("__import__('numpy').array(3.5, dtype='>f8')");
        using NDArray s = NumPy.FromNumPy(scalar);
        Assert.Equal(0, s.NDim);
        Assert.Equal(">f8", s.DType.TypeStr);
        Assert.Equal(3.5, ArrayValues.Of(s)[0].Real);

        using PyObject empty = Python.Eval("__import__('numpy').zeros((0, 3), dtype='c8')");
        using NDArray e = NumPy.FromNumPy(empty);
        Assert.Equal([0, 3], e.Shape.ToArray());

        using PyObject ro = Python.Eval("__import__('numpy').frombuffer(b'abcdefgh', dtype='u1')");
        using NDArray<byte> r = NumPy.FromNumPy<byte>(ro);
        Assert.False(r.IsWriteable);
        Assert.Throws<InvalidOperationException>(() => r[0] = 1);
        Assert.Throws<InvalidOperationException>(() => r.IsWriteable = true);
        Assert.Equal((byte)'c', r.At(2));
    }

    [Fact]
    public void Round_trips_stay_zero_copy()
    {
        using PyObject p = Python.Eval("__import__('numpy').arange(10.0)[::3]");
        using NDArray a = NumPy.FromNumPy(p);
        using PyObject q = NumPy.ToNumPy(a);
        Assert.Equal(p.GetAttr("ctypes").GetAttr("data").As<long>(), q.GetAttr("ctypes").GetAttr("data").As<long>());
        using PyObject shares = Python.Import("numpy").Invoke("shares_memory", p, q);
        Assert.True(shares.As<bool>());
        using NDArray b = NumPy.FromNumPy(q);
        Assert.Equal(a.DataPointer, b.DataPointer);
    }

    [Fact]
    public void Non_arrays_and_non_numeric_dtypes_are_refused_clearly()
    {
        using PyObject list = Python.Eval("[1, 2, 3]");
        Assert.Contains("numpy.ndarray", Assert.Throws<ArgumentException>(() => NumPy.FromNumPy(list)).Message);
        foreach (string expr in new[] { "np.array([1, 'a'], dtype=object)", "np.array(['ab'])", "np.array([b'ab'])", "np.array(['2020-01-01'], dtype='M8[D]')", "np.zeros(2, dtype='i4,f8')", "np.zeros(2, dtype=np.longdouble)" })
        {
            using PyObject o = Python.Eval(expr.Replace("np.", "__import__('numpy').", StringComparison.Ordinal));
            var e = Assert.Throws<NotSupportedException>(() => NumPy.FromNumPy(o));
            Assert.Contains("not supported", e.Message);
        }

        using PyObject d = Python.Eval("__import__('numpy').arange(3.0)");
        Assert.Throws<InvalidCastException>(() => NumPy.FromNumPy<float>(d));
    }

    [Fact]
    public void A_numpy_array_outlives_every_csharp_reference()
    {
        PyObject p = MakeExportedArray();
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        using (p)
        {
            using PyObject total = p.Invoke("sum");
            Assert.Equal(Enumerable.Range(0, 1000).Sum(i => (double)i), total.As<double>());
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject MakeExportedArray()
    {
        NDArray<double> a = NDArray.Arange<double>(1000);
        PyObject p = NumPy.ToNumPy(a);
        a.Dispose();
        return p;
    }

    [Fact]
    public unsafe void Dotnet_memory_is_released_exactly_once_after_numpy_drops_the_array()
    {
        var owner = new CountingOwner(64);
        NDArray a = NDArray.FromPointer((void*)owner.Pointer, 64, 0, DType.Float64, [8], default, true, owner);
        PyObject p = NumPy.ToNumPy(a);
        using PyObject p2 = p.Invoke("__getitem__", Python.Eval("slice(1, None, 2)"));
        a.Dispose();
        Assert.Equal(0, owner.Releases);
        p.Dispose();
        Assert.Equal(0, owner.Releases);
        p2.Dispose();
        Assert.Equal(1, owner.Releases);
    }

    [Fact]
    public void Bridge_calls_leave_reference_counts_unchanged()
    {
        using PyObject p = Python.Eval("__import__('numpy').ones((4, 5))");
        using PyObject sys = Python.Import("sys");
        long before = sys.Invoke("getrefcount", p).As<long>();
        for (int i = 0; i < 200; i++)
        {
            using NDArray a = NumPy.FromNumPy(p);
            using NDArray t = a.Transpose();
            using PyObject back = NumPy.ToNumPy(t);
        }

        Assert.Equal(before, sys.Invoke("getrefcount", p).As<long>());
        using var c = NDArray.Zeros<float>(3);
        using PyObject q = NumPy.ToNumPy(c);
        Assert.Equal(2, sys.Invoke("getrefcount", q).As<long>()); // our reference and getrefcount's argument
    }

    [Fact]
    public void A_million_round_trips_leave_every_live_count_flat()
    {
        using var a = NDArray.Arange<double>(1000);
        using PyObject foreign = Python.Eval("__import__('numpy').arange(1000.0)");
        using PyObject sys = Python.Import("sys");
        long AllocatedBlocks()
        {
            TestGarbage.Settle();
            using PyObject blocks = sys.Invoke("getallocatedblocks");
            return blocks.As<long>();
        }

        // A round trip views the .NET memory again; the foreign array is viewed holding a reference.
        void RoundTrips(int n)
        {
            for (int i = 0; i < n; i++)
            {
                using PyObject p = NumPy.ToNumPy(a);
                using NDArray b = NumPy.FromNumPy(p);
                using NDArray c = NumPy.FromNumPy(foreign);
            }
        }

        // Warm-up fills Python's caches and free lists, which then stay put.
        RoundTrips(20_000);
        long blocksBefore = AllocatedBlocks();
        long exportsBefore = ExportedArray.LiveCount;
        long nativeBefore = NativeArrayMemory.LiveCount;
        long refsBefore = foreign.RefCount;
        RoundTrips(100_000);
        long blocksShort = AllocatedBlocks() - blocksBefore;
        RoundTrips(900_000);
        long blocksLong = AllocatedBlocks() - blocksBefore;

        Assert.Equal(exportsBefore, ExportedArray.LiveCount);
        Assert.Equal(nativeBefore, NativeArrayMemory.LiveCount);
        Assert.Equal(refsBefore, foreign.RefCount);
        Assert.True(PythonReleaseQueue.IsEmpty);

        // Anything a round trip keeps is at least one Python block per round trip: 100,000 after the
        // short run and a million after the long one. What caches hold does not grow with the count.
        Assert.True(blocksShort < 1_000 && blocksLong < 1_000, $"Python blocks grew by {blocksShort} over 100,000 round trips and by {blocksLong} over 1,000,000");
    }

    [Fact]
    public void Four_threads_do_round_trips_at_once()
    {
        var errors = new List<Exception>();
        var threads = Enumerable.Range(0, 4).Select(t => new Thread(() =>
        {
            try
            {
                using var a = NDArray.Full<int>([100], t);
                for (int i = 0; i < 5000; i++)
                {
                    using PyObject p = NumPy.ToNumPy(a);
                    using NDArray b = NumPy.FromNumPy(p);
                    if (b.ToArray<int>()[99] != t)
                    {
                        throw new InvalidOperationException("wrong data");
                    }
                }
            }
            catch (Exception e)
            {
                lock (errors)
                {
                    errors.Add(e);
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Empty(errors);
    }

    [Fact]
    public void Disposed_arrays_are_refused()
    {
        var a = NDArray.Zeros<double>(3);
        a.Dispose();
        Assert.Throws<ObjectDisposedException>(() => NumPy.ToNumPy(a));
        using PyObject p = Python.Eval("__import__('numpy').zeros(3)");
        NDArray v = NumPy.FromNumPy(p);
        v.Dispose();
        Assert.Throws<ObjectDisposedException>(() => v[0.ToString()]);
    }

    [Fact]
    public void NDArray_converts_to_and_from_python_values()
    {
        using var a = NDArray.Arange<long>(6).Reshape(2, 3);
        using PyObject np = Python.Import("numpy");
        using PyObject total = np.Invoke("sum", a);
        Assert.Equal(15L, total.As<long>());
        using PyObject t = np.Invoke("transpose", a);
        using NDArray back = t.As<NDArray>();
        Assert.Equal([3, 2], back.Shape.ToArray());
        Assert.Equal(a.DataPointer, back.DataPointer);
        using PyObject list = Python.Eval("[1]");
        Assert.Throws<InvalidCastException>(() => list.As<NDArray>());
    }
}
