using System.Runtime.CompilerServices;
using ArrayBridge.Interop;
using FsCheck;
using FsCheck.Fluent;
using CPython = ArrayBridge.Native.Interop.Python;

namespace ArrayBridge.Tests;

/// <summary>
/// The protocols an exported <c>arraybridge.ExportedArray</c> speaks, checked against NumPy's own
/// implementation for the same layout (<see cref="NumPy.ToNumPy"/> of the same array is the oracle).
/// </summary>
[Collection(PythonCollection.Name)]
public unsafe class ExportedArrayProtocolsTests
{
    private static readonly int[] BaseRequests =
    [
        CPython.PyBUF_SIMPLE, CPython.PyBUF_ND, CPython.PyBUF_STRIDES, CPython.PyBUF_C_CONTIGUOUS,
        CPython.PyBUF_F_CONTIGUOUS, CPython.PyBUF_ANY_CONTIGUOUS, CPython.PyBUF_INDIRECT,
    ];

    static ExportedArrayProtocolsTests()
    {
        Python.Initialize();
        Python.Exec(BridgeLayouts.ApplySource);
    }

    private static Arbitrary<int> Seeds => Arb.From(Gen.Choose(0, int.MaxValue));

    [Fact]
    public void Every_buffer_request_on_every_layout_is_answered_as_numpy_answers_it()
    {
        Check.One(FixedSeed.Quick(400), Prop.ForAll(Seeds, seed =>
        {
            using var layouts = new BridgeLayouts(seed);
            using PyObject theirs = NumPy.ToNumPy(layouts.Array);
            using PyObject ours = PythonArrays.Export(layouts.Array);
            using GilScope gil = Python.Gil();
            foreach (int request in BaseRequests)
            {
                foreach (int extra in new[] { 0, CPython.PyBUF_FORMAT, CPython.PyBUF_WRITABLE, CPython.PyBUF_FORMAT | CPython.PyBUF_WRITABLE })
                {
                    CompareRequest(theirs.Handle, ours.Handle, request | extra, layouts.ToString());
                }
            }
        }));
    }

    private static void CompareRequest(nint numpyArray, nint view, int flags, string context)
    {
        CPython.Py_buffer expected = default, actual = default;
        int rcExpected = CPython.PyObject_GetBuffer(BorrowedReference.DangerousFromPointer(numpyArray), &expected, flags);
        PythonException? numpyError = rcExpected != 0 ? PythonException.FetchCurrent() : null;
        int rcActual = CPython.PyObject_GetBuffer(BorrowedReference.DangerousFromPointer(view), &actual, flags);
        PythonException? ourError = rcActual != 0 ? PythonException.FetchCurrent() : null;
        try
        {
            Assert.True(rcExpected == rcActual, $"flags 0x{flags:x}: NumPy {(numpyError is null ? "gave a buffer" : "refused: " + numpyError.Message)}, ArrayBridge {(ourError is null ? "gave a buffer" : "refused: " + ourError.Message)}; {context}");
            if (ourError is not null)
            {
                Assert.Equal("BufferError", ourError.PythonTypeName); // NumPy says ValueError, PEP 3118 BufferError
                Assert.Equal(numpyError!.PythonMessage, ourError.PythonMessage);
                Assert.Equal(0, actual.obj);
                return;
            }

            string where = $"flags 0x{flags:x}; {context}";
            Assert.True(expected.buf == actual.buf, where);
            Assert.True(expected.len == actual.len, where);
            Assert.True(expected.itemsize == actual.itemsize, where);
            Assert.True(expected.@readonly == actual.@readonly, where);
            Assert.True(expected.ndim == actual.ndim, where);
            Assert.True(view == actual.obj, where);
            Assert.True(actual.suboffsets == null, where);
            Assert.Equal(Text(expected.format), Text(actual.format));
            Assert.Equal(Span(expected.shape, expected.ndim), Span(actual.shape, actual.ndim));
            Assert.Equal(Span(expected.strides, expected.ndim), Span(actual.strides, actual.ndim));
        }
        finally
        {
            if (rcExpected == 0)
            {
                CPython.PyBuffer_Release(&expected);
            }

            if (rcActual == 0)
            {
                CPython.PyBuffer_Release(&actual);
            }
        }
    }

    private static string? Text(byte* s) => s == null ? null : new string((sbyte*)s);

    private static long[]? Span(nint* p, int n) => p == null ? null : new ReadOnlySpan<nint>(p, n).ToArray().Select(x => (long)x).ToArray();

    [Fact]
    public void Memoryview_and_numpy_of_the_exported_array_read_what_numpy_reads_for_every_layout()
    {
        using var scope = new PyScope();
        scope.Exec("""
            def same(ours, theirs):
                m = memoryview(ours)
                t = memoryview(theirs)
                a = np.asarray(ours)
                b = np.asarray(t)
                return (m.format == t.format and m.shape == t.shape and m.strides == t.strides and m.readonly == t.readonly
                        and a.dtype == b.dtype and a.shape == b.shape and a.strides == b.strides
                        and a.ctypes.data == b.ctypes.data and a.flags.writeable == b.flags.writeable
                        and np.array_equal(a, theirs))
            """);
        using PyObject same = scope.Get("same");
        Check.One(FixedSeed.Quick(400), Prop.ForAll(Seeds, seed =>
        {
            using var layouts = new BridgeLayouts(seed);
            using PyObject theirs = NumPy.ToNumPy(layouts.Array);
            using PyObject ours = PythonArrays.Export(layouts.Array);
            using PyObject result = same.Call(ours, theirs);
            Assert.True(result.As<bool>(), layouts.ToString());
        }));
    }

    [Fact]
    public void The_array_interface_is_numpys_own_for_every_layout()
    {
        using var scope = new PyScope();
        Check.One(FixedSeed.Quick(400), Prop.ForAll(Seeds, seed =>
        {
            using var layouts = new BridgeLayouts(seed);
            scope["theirs"] = NumPy.ToNumPy(layouts.Array);
            scope["ours"] = PythonArrays.Export(layouts.Array);
            using PyObject mine = scope.Eval("ours.__array_interface__");
            using PyObject numpys = scope.Eval("theirs.__array_interface__");
            Assert.True(scope.Eval<bool>("ours.__array_interface__ == theirs.__array_interface__"), $"{mine.Repr()} vs NumPy {numpys.Repr()}; {layouts}");
            // NumPy reading the interface lands on the same memory and values.
            Assert.True(scope.Eval<bool>("np.array_equal(np.asarray(type('I', (), {'__array_interface__': ours.__array_interface__})()), theirs)"), layouts.ToString());
        }));
    }

    [Fact]
    public void Dlpack_exports_what_numpy_exports_and_refuses_what_it_refuses()
    {
        using var scope = new PyScope();
        scope.Exec("""
            def attempt(f):
                try:
                    return f(), None
                except Exception as e:
                    return None, e
            def compare(ours, theirs):
                t, terr = attempt(lambda: np.from_dlpack(theirs))
                o, oerr = attempt(lambda: ours.__dlpack__())
                if o is not None:
                    o, oerr = attempt(lambda: np.from_dlpack(type('D', (), {'__dlpack__': lambda self, stream=None: o, '__dlpack_device__': lambda self: (1, 0)})()))
                return t, terr, o, oerr
            """);
        using PyObject compare = scope.Get("compare");
        TestGarbage.Settle();
        long exported = DLPackExporter.ExportedCount, deleted = DLPackExporter.DeletedCount;
        int shared = 0;
        Check.One(FixedSeed.Quick(400), Prop.ForAll(Seeds, seed =>
        {
            using var layouts = new BridgeLayouts(seed);
            NDArray a = layouts.Array;
            using PyObject theirs = NumPy.ToNumPy(a);
            using PyObject ours = PythonArrays.Export(a);
            using PyObject result = compare.Call(ours, theirs);
            using PyObject t = result[0], terr = result[1], o = result[2], oerr = result[3];
            bool negative = a.Size > 1 && Enumerable.Range(0, a.NDim).Any(i => a.Shape[i] > 1 && a.Strides[i] < 0);
            bool isBool = a.DType.Kind == 'b';
            string context = layouts.ToString();
            if (!t.IsNone && !negative)
            {
                Assert.False(o.IsNone, $"NumPy exported, ArrayBridge refused: {oerr.Repr()}; {context}");
                shared++;
                using var s = new PyScope(("t", t), ("o", o));
                Assert.True(s.Eval<bool>("t.shape == o.shape and t.dtype == o.dtype and np.array_equal(t, o)"), context);
                Assert.True(a.Size == 0 || s.Eval<bool>("t.ctypes.data == o.ctypes.data"), context);
                Assert.True(s.Eval<bool>("all(a == b for a, b, n in zip(t.strides, o.strides, t.shape) if n > 1)"), context);
            }
            else if (isBool)
            {
                // NumPy 1.24 refuses bool both ways; ArrayBridge exports kDLBool, which NumPy 2 reads.
                Assert.True(t.IsNone || !o.IsNone, context);
            }
            else if (t.IsNone)
            {
                Assert.True(o.IsNone, $"NumPy refused ({terr.Repr()}), ArrayBridge exported; {context}");
                Assert.Equal("BufferError", oerr.GetAttr("__class__").GetAttr("__name__").As<string>());
            }
            else if (negative)
            {
                Assert.True(o.IsNone, context);
                Assert.Contains("negative strides", oerr.ToString());
            }
        }));
        Assert.True(shared > 50, $"only {shared} layouts were exported");
        Collect();
        Assert.Equal(DLPackExporter.ExportedCount - exported, DLPackExporter.DeletedCount - deleted);
    }

    [Fact]
    public void Round_trips_through_each_protocol_land_on_the_same_memory_for_every_layout()
    {
        Check.One(FixedSeed.Quick(400), Prop.ForAll(Seeds, seed =>
        {
            using var layouts = new BridgeLayouts(seed);
            NDArray a = layouts.Array;
            string context = layouts.ToString();
            using PyObject x = PythonArrays.Export(a);
            using NDArray viaBuffer = PythonArrays.FromBuffer(x);
            using NDArray viaInterface = PythonArrays.FromArrayInterface(x);
            foreach (NDArray back in new[] { viaBuffer, viaInterface })
            {
                Assert.Equal(a.DType, back.DType);
                Assert.True(a.Shape.SequenceEqual(back.Shape), context);
                Assert.True(a.Size == 0 || a.DataPointer == back.DataPointer, context);
                Assert.True(a.IsContiguous || a.Strides.SequenceEqual(back.Strides), context); // contiguous ones get fresh strides
                Assert.Equal(a.IsWriteable, back.IsWriteable);
                Assert.True(ArrayValues.Of(a).SequenceEqual(ArrayValues.Of(back)), context);
            }

            NDArray? viaDLPack = null;
            try
            {
                viaDLPack = PythonArrays.FromDLPack(PythonArrays.ToDLPack(a, versioned: true));
            }
            catch (BufferRefusedException)
            {
                Assert.True(!a.DType.IsNativeByteOrder || a.Strides.ToArray().Any(s => s < 0 || s % a.ItemSize != 0), context);
            }

            using (viaDLPack)
            {
                if (viaDLPack is not null)
                {
                    Assert.Equal(a.DType, viaDLPack.DType);
                    Assert.True(a.Shape.SequenceEqual(viaDLPack.Shape), context);
                    Assert.True(a.Size == 0 || a.DataPointer == viaDLPack.DataPointer, context);
                    Assert.Equal(a.IsWriteable, viaDLPack.IsWriteable);
                    Assert.True(ArrayValues.Of(a).SequenceEqual(ArrayValues.Of(viaDLPack)), context);
                }
            }
        }));
    }

    [Fact]
    public void Writes_through_memoryview_numpy_and_dlpack_are_seen_in_csharp_and_back()
    {
        using var a = NDArray.Zeros<int>(3, 4);
        using var scope = new PyScope(("x", PythonArrays.Export(a)));
        scope.Exec("np.asarray(memoryview(x))[0, 1] = 7");
        scope.Exec("np.asarray(x)[1, 2] = 8");
        scope.Exec("import torch; torch.from_dlpack(x)[2, 3] = 9"); // NumPy 1.24's from_dlpack arrays are read-only
        scope.Exec("np.asarray(type('I', (), {'__array_interface__': x.__array_interface__})())[0, 0] = 6");
        Assert.Equal(new[] { 6, 7, 0, 0, 0, 0, 8, 0, 0, 0, 0, 9 }, a.ToArray<int>());
        a[1, 1] = -1;
        Assert.Equal(-1, scope.Eval<int>("memoryview(x)[1, 1]"));
        Assert.Equal(-1, scope.Eval<int>("int(np.from_dlpack(x)[1, 1])"));
    }

    [Fact]
    public void A_read_only_array_gives_read_only_buffers_and_refuses_writable_requests()
    {
        using var a = NDArray.Arange<double>(4);
        using NDArray b = a.BroadcastTo(3, 4);
        using var scope = new PyScope(("x", PythonArrays.Export(b)));
        Assert.True(scope.Eval<bool>("memoryview(x).readonly"));
        Assert.False(scope.Eval<bool>("np.asarray(x).flags.writeable"));
        Assert.True(scope.Eval<bool>("x.__array_interface__['data'][1]"));
        PythonException? e = scope.Raises("np.asarray(x)[0, 0] = 1");
        Assert.Equal("ValueError", e?.PythonTypeName);
        using (GilScope gil = Python.Gil())
        {
            CPython.Py_buffer view = default;
            using PyObject x = scope.Get("x");
            Assert.Equal(-1, CPython.PyObject_GetBuffer(x.Reference, &view, CPython.PyBUF_RECORDS));
            PythonException refused = PythonException.FetchCurrent();
            Assert.Equal("BufferError", refused.PythonTypeName);
            Assert.Equal("buffer source array is read-only", refused.PythonMessage);
        }

        // Unversioned DLPack cannot say "read-only", so it refuses; the versioned capsule says it.
        e = scope.Raises("x.__dlpack__()");
        Assert.Equal("BufferError", e?.PythonTypeName);
        Assert.Contains("readonly", e!.PythonMessage);
        using PyObject capsule = scope.Eval("x.__dlpack__(max_version=(1, 0))");
        using NDArray back = PythonArrays.FromDLPack(capsule);
        Assert.False(back.IsWriteable);
        Assert.Equal(b.DataPointer, back.DataPointer);
        Assert.Equal(b.Strides.ToArray(), back.Strides.ToArray());
    }

    [Fact]
    public void Formats_carry_numpys_byte_order_prefixes()
    {
        using var scope = new PyScope();
        (NDArray Array, string Format)[] cases =
        [
            (NDArray.Zeros<double>(2), "d"),
            (NDArray.Zeros<long>(2), "l"),
            (NDArray.Zeros(DType.Complex64, [2]), "Zf"),
            (NDArray.Zeros(DType.Int64.WithByteOrder(ByteOrder.Big), [2]), ">q"),
            (NDArray.Zeros(DType.Complex128.WithByteOrder(ByteOrder.Big), [2]), ">Zd"),
            (NDArray.Zeros<byte>(2), "B"),
            (NDArray.Zeros<bool>(2), "?"),
            (NDArray.Zeros<byte>(17)["1:"].View(DType.Int16), "=h"),
            (NDArray.Zeros<byte>(17)["1:"].View(DType.Int64), "=q"),
        ];
        foreach ((NDArray array, string format) in cases)
        {
            using (array)
            {
                scope["x"] = PythonArrays.Export(array);
                Assert.Equal(format, scope.Eval<string>("memoryview(x).format"));
            }
        }
    }

    [Fact]
    public void Every_buffer_is_released_exactly_once_and_every_dlpack_tensor_deleted_exactly_once()
    {
        using var a = NDArray.Arange<float>(24).Reshape(2, 3, 4);
        TestGarbage.Settle();
        long acquired = ExportedArrayProtocols.BuffersAcquired, released = ExportedArrayProtocols.BuffersReleased;
        long exported = DLPackExporter.ExportedCount, deleted = DLPackExporter.DeletedCount;
        using (var scope = new PyScope(("x", PythonArrays.Export(a))))
        {
            scope.Exec("""
                import torch
                for i in range(50):
                    m = memoryview(x); m2 = m[1:]; m.release() if False else None
                    n = np.asarray(x); k = np.array(x)
                    c = x.__dlpack__(); del c                      # dies unconsumed: the capsule deletes
                    d = np.from_dlpack(x)                           # consumed: NumPy deletes with d
                    t = torch.from_dlpack(x)                        # consumed: torch deletes with t
                    v = x.__dlpack__(max_version=(1, 0)); del v
                    try:
                        memoryview(x[::-1] if False else x).cast('B')
                    except TypeError:
                        pass
                del m, m2, n, k, d, t
                gc.collect()
                """);
        }

        Collect();
        Assert.True(ExportedArrayProtocols.BuffersAcquired - acquired >= 150);
        Assert.Equal(ExportedArrayProtocols.BuffersAcquired - acquired, ExportedArrayProtocols.BuffersReleased - released);
        Assert.True(DLPackExporter.ExportedCount - exported >= 200);
        Assert.Equal(DLPackExporter.ExportedCount - exported, DLPackExporter.DeletedCount - deleted);
    }

    [Fact]
    public void Reference_counts_are_unchanged_by_every_protocol_call()
    {
        using var a = NDArray.Arange<double>(12).Reshape(3, 4);
        using var scope = new PyScope(("x", PythonArrays.Export(a)));
        scope.Exec("import torch; before = sys.getrefcount(x)");
        for (int i = 0; i < 100; i++)
        {
            scope.Exec("""
                memoryview(x).release(); np.asarray(x).sum(); x.__array_interface__; x.__dlpack_device__()
                x.__dlpack__(); np.from_dlpack(x).sum(); torch.from_dlpack(x).sum(); x.__dlpack__(max_version=(1, 0))
                """);
            using PyObject x = scope.Get("x");
            PythonArrays.Import(x).Dispose();
            PythonArrays.FromBuffer(x).Dispose();
            PythonArrays.FromArrayInterface(x).Dispose();
            PythonArrays.FromDLPack(x).Dispose();
        }

        Assert.True(scope.Eval<bool>("sys.getrefcount(x) == before"));
        using PyObject fresh = PythonArrays.Export(a);
        Assert.Equal(1, fresh.RefCount);
    }

    [Fact]
    public void Dlpack_arguments_are_checked_as_numpy_checks_them()
    {
        using var a = NDArray.Arange<double>(4);
        using var scope = new PyScope(("x", PythonArrays.Export(a)));
        (string Code, string Type, string Message)[] cases =
        [
            ("x.__dlpack__(1)", "TypeError", "positional"),
            ("x.__dlpack__(strm=None)", "TypeError", "'strm'"),
            ("x.__dlpack__(stream=1)", "ValueError", "stream=None"),
            ("x.__dlpack__(max_version=3)", "TypeError", "max_version"),
            ("x.__dlpack__(max_version=(1,))", "TypeError", "max_version"),
            ("x.__dlpack__(dl_device=(2, 0))", "BufferError", "unsupported device"),
            ("x.__dlpack__(dl_device='cpu')", "TypeError", "dl_device"),
            ("x.__dlpack_device__(1)", "TypeError", "argument"),
        ];
        foreach ((string code, string type, string message) in cases)
        {
            PythonException? e = scope.Raises(code);
            Assert.True(e is not null, code);
            Assert.Equal(type, e.PythonTypeName);
            Assert.Contains(message, e.PythonMessage);
        }

        Assert.Equal("dltensor", scope.Eval<string>("repr(x.__dlpack__(stream=None, max_version=None, dl_device=(1, 0), copy=False)).split('\"')[1]"));
        Assert.Equal("dltensor", scope.Eval<string>("repr(x.__dlpack__(max_version=(0, 8))).split('\"')[1]"));
        Assert.Equal("dltensor_versioned", scope.Eval<string>("repr(x.__dlpack__(max_version=(1, 2))).split('\"')[1]"));
        Assert.Equal(new object?[] { 1L, 0L }, scope.Eval<object?[]>("x.__dlpack_device__()"));
    }

    [Fact]
    public void Dlpack_refuses_what_it_cannot_express_with_numpys_errors()
    {
        using var a = NDArray.Arange<int>(12).Reshape(3, 4);
        using NDArray swapped = a.AsType(DType.Int32.WithByteOrder(ByteOrder.Big));
        using NDArray bytes = NDArray.Zeros<byte>(30);
        using NDArray odd = bytes.Reshape(5, 6)[":, :4"].View(DType.Int32); // strides (6, 4)
        using NDArray reversed = a["::-1"];
        using NDArray fine = a["::-1"].Copy();
        (NDArray Array, string Message)[] cases =
        [
            (swapped, "DLPack only supports native byte order."),
            (odd, "DLPack only supports strides which are a multiple of itemsize."),
            (reversed, "negative strides"),
        ];
        foreach ((NDArray array, string message) in cases)
        {
            using var scope = new PyScope(("x", PythonArrays.Export(array)));
            PythonException? e = scope.Raises("x.__dlpack__()");
            Assert.Equal("BufferError", e?.PythonTypeName);
            Assert.Contains(message, e!.PythonMessage);
            var direct = Assert.Throws<BufferRefusedException>(() => PythonArrays.ToDLPack(array));
            Assert.Contains(message, direct.Message);
        }

        // A copy is always expressible, and says so in the versioned flags.
        using var s = new PyScope(("x", PythonArrays.Export(reversed)));
        using PyObject copied = s.Eval("x.__dlpack__(copy=True, max_version=(1, 0))");
        using NDArray c = PythonArrays.FromDLPack(copied);
        Assert.NotEqual(reversed.DataPointer, c.DataPointer);
        Assert.Equal(reversed.ToArray<int>(), c.ToArray<int>());
        using NDArray f = PythonArrays.FromDLPack(PythonArrays.ToDLPack(fine));
        Assert.Equal(fine.DataPointer, f.DataPointer);
    }

    [Fact]
    public void Bool_arrays_export_as_kDLBool_which_numpy_1_24_refuses_cleanly()
    {
        using var a = NDArray.Zeros<bool>(4);
        a[2] = true;
        using var scope = new PyScope(("x", PythonArrays.Export(a)));
        TestGarbage.Settle();
        long deleted = DLPackExporter.DeletedCount;
        PythonException? e = scope.Raises("np.from_dlpack(x)");
        if (e is not null)
        {
            Assert.Contains("dtype", e.PythonMessage, StringComparison.OrdinalIgnoreCase); // NumPy < 2: "Unsupported dtype in DLTensor."
            Assert.Equal(deleted + 1, DLPackExporter.DeletedCount); // the unconsumed capsule deleted its tensor
        }

        using NDArray back = PythonArrays.FromDLPack(PythonArrays.ToDLPack(a));
        Assert.Equal(DType.Bool, back.DType);
        Assert.Equal(new[] { false, false, true, false }, back.ToArray<bool>());
    }

    [Fact]
    public void The_exported_object_outlives_the_csharp_array_and_releases_it_exactly_once()
    {
        PyObject x = ExportDisposed(out WeakReference memory);
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        using (var scope = new PyScope(("x", x)))
        {
            Assert.Equal(Enumerable.Range(0, 100).Sum(), scope.Eval<long>("int(np.asarray(memoryview(x)).sum())"));
            scope.Exec("c = x.__dlpack__()");
            x.Dispose();
            scope.Exec("del x");
            Collect();
            Assert.False(((ArrayMemory)memory.Target!).IsReleased); // the view object is gone; the capsule's tensor holds the memory
            Assert.Equal(Enumerable.Range(0, 100).Sum(), scope.Eval<long>("int(np.from_dlpack(type('D', (), {'__dlpack__': lambda s, stream=None: c, '__dlpack_device__': lambda s: (1, 0)})()).sum())"));
        }

        Collect();

        // Released; a small owner may live on, released, in its thread's cache for the next array.
        Assert.True(memory.Target is not ArrayMemory released || released.IsReleased);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject ExportDisposed(out WeakReference memory)
    {
        var a = NDArray.Arange<long>(100);
        memory = new WeakReference(a.Memory);
        PyObject x = PythonArrays.Export(a);
        a.Dispose();
        return x;
    }

    [Fact]
    public void Disposed_arrays_are_refused()
    {
        var a = NDArray.Zeros<double>(3);
        a.Dispose();
        Assert.Throws<ObjectDisposedException>(() => PythonArrays.Export(a));
        Assert.Throws<ObjectDisposedException>(() => PythonArrays.ToDLPack(a));
        Assert.Throws<ObjectDisposedException>(() => PythonArrays.ToMemoryView(a));
    }

    internal static void Collect()
    {
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            using (Python.Gil())
            {
                Python.Exec("import gc; gc.collect()");
            }
        }
    }
}
