using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ArrayBridge.Interop;
using FsCheck;
using FsCheck.Fluent;
using CPython = ArrayBridge.Native.Interop.Python;
using DLPackC = ArrayBridge.Native.Interop.DLPack;

namespace ArrayBridge.Tests;

/// <summary>Importing Python arrays through each protocol, and choosing the protocol.</summary>
[Collection(PythonCollection.Name)]
public unsafe class PythonArraysTests
{
    private static int s_fakeDeletes;

    static PythonArraysTests()
    {
        Python.Initialize();
        Python.Exec(BridgeLayouts.ApplySource);
    }

    private static Arbitrary<int> Seeds => Arb.From(Gen.Choose(0, int.MaxValue));

    // ---------------------------------------------------------------- buffer protocol

    [Fact]
    public void Bytes_are_viewed_read_only_and_bytearrays_writeable_without_copying()
    {
        using var scope = new PyScope();
        scope.Exec("b = b'abcdef'; ba = bytearray(b'xyz')");
        using PyObject b = scope.Get("b"), ba = scope.Get("ba");
        using NDArray<byte> vb = PythonArrays.Import<byte>(b);
        Assert.False(vb.IsWriteable);
        Assert.Equal("abcdef"u8.ToArray(), vb.ToArray<byte>());
        using NDArray<byte> vba = PythonArrays.Import<byte>(ba);
        Assert.True(vba.IsWriteable);
        vba[1] = (byte)'Y';
        Assert.Equal("xYz", scope.Eval<string>("ba.decode()"));
        Assert.Equal(scope.Eval<long>("__import__('ctypes').addressof((__import__('ctypes').c_char * 3).from_buffer(ba))"), vba.DataPointer);
    }

    [Theory]
    [InlineData("b", "|i1")]
    [InlineData("B", "|u1")]
    [InlineData("h", "<i2")]
    [InlineData("H", "<u2")]
    [InlineData("i", "<i4")]
    [InlineData("I", "<u4")]
    [InlineData("l", "<i8")]
    [InlineData("L", "<u8")]
    [InlineData("q", "<i8")]
    [InlineData("Q", "<u8")]
    [InlineData("f", "<f4")]
    [InlineData("d", "<f8")]
    public void Array_module_arrays_of_every_numeric_typecode_are_viewed_in_place(string typecode, string typestr)
    {
        using var scope = new PyScope();
        scope.Exec($"import array; arr = array.array('{typecode}', [1, 2, 3, 4])");
        using PyObject arr = scope.Get("arr");
        using NDArray view = PythonArrays.FromBuffer(arr);
        Assert.Equal(DType.Parse(typestr), view.DType);
        Assert.Equal(new nint[] { 4 }, view.Shape.ToArray());
        Assert.Equal(scope.Eval<long>("arr.buffer_info()[0]"), view.DataPointer);
        using NDArray doubled = view.AsType(DType.Float64);
        Assert.Equal(new[] { 1.0, 2, 3, 4 }, doubled.ToArray<double>());
        using var nine = NDArray.Full<double>([4], 9);
        nine.CopyTo(view, Casting.Unsafe);
        Assert.Equal(new long[] { 9, 9, 9, 9 }, scope.Eval<long[]>("[int(v) for v in arr]"));
    }

    [Fact]
    public void Strided_and_cast_memoryviews_keep_their_layout()
    {
        using var scope = new PyScope();
        scope.Exec("""
            base = np.arange(48, dtype=np.int16).reshape(6, 8)
            s = memoryview(base[1::2, ::-3])
            c = memoryview(bytearray(24)).cast('i', (2, 3))
            r = memoryview(bytearray(b'0123456789'))[::-3]
            """);
        using PyObject s = scope.Get("s"), c = scope.Get("c"), r = scope.Get("r");
        using NDArray sv = PythonArrays.FromBuffer(s);
        Assert.Equal(scope.Eval<long[]>("list(s.shape)"), sv.Shape.ToArray().Select(x => (long)x).ToArray());
        Assert.Equal(scope.Eval<long[]>("list(s.strides)"), sv.Strides.ToArray().Select(x => (long)x).ToArray());
        Assert.Equal(scope.Eval<long[]>("base[1::2, ::-3].ravel().tolist()"), sv.AsType(DType.Int64).ToArray<long>());
        using NDArray cv = PythonArrays.FromBuffer(c);
        Assert.Equal(DType.Int32, cv.DType);
        Assert.Equal(new nint[] { 2, 3 }, cv.Shape.ToArray());
        using NDArray rv = PythonArrays.FromBuffer(r);
        Assert.Equal(new nint[] { -3 }, rv.Strides.ToArray());
        Assert.Equal("9630"u8.ToArray(), rv.ToArray<byte>());
    }

    [Fact]
    public void Numpy_arrays_through_the_buffer_protocol_match_numpys_own_view_for_every_layout()
    {
        using var scope = new PyScope();
        using PyObject apply = Python.Eval("_arraybridge_apply");
        Check.One(FixedSeed.Quick(300), Prop.ForAll(Seeds, seed =>
        {
            using var layouts = new BridgeLayouts(seed);
            using PyObject numpyBase = NumPy.ToNumPy(layouts.Base);
            using PyObject p = apply.Call(numpyBase, layouts.OpsForPython());
            using NDArray expected = NumPy.FromNumPy(p);
            using NDArray viaBuffer = PythonArrays.FromBuffer(p);
            scope["p"] = p;
            string context = layouts.ToString();
            Assert.Equal(expected.DType, viaBuffer.DType);
            Assert.True(expected.Shape.SequenceEqual(viaBuffer.Shape), context);
            Assert.True(expected.Size == 0 || expected.DataPointer == viaBuffer.DataPointer, context);
            Assert.Equal(expected.IsWriteable, viaBuffer.IsWriteable);
            Assert.Equal(scope.Eval<long[]>("list(memoryview(p).strides)"), viaBuffer.Strides.ToArray().Select(x => (long)x).ToArray());
            Assert.True(ArrayValues.Of(expected).SequenceEqual(ArrayValues.Of(viaBuffer)), context);
        }));
    }

    [Fact]
    public void A_buffer_is_held_until_the_last_view_is_disposed_and_released_exactly_once()
    {
        using var scope = new PyScope();
        scope.Exec("ba = bytearray(range(16))");
        using PyObject ba = scope.Get("ba");
        scope.Exec("before = sys.getrefcount(ba)");
        TestGarbage.Settle();
        long acquired = PythonBufferOwner.AcquiredCount, released = PythonBufferOwner.ReleasedCount;
        NDArray view = PythonArrays.FromBuffer(ba);
        NDArray slice = view["2:6"];
        view.Dispose();
        Assert.Equal("BufferError", scope.Raises("ba.append(1)")?.PythonTypeName); // "Existing exports of data"
        slice.Dispose();
        Assert.Null(scope.Raises("ba.append(1)"));
        Assert.Equal(1, PythonBufferOwner.AcquiredCount - acquired);
        Assert.Equal(1, PythonBufferOwner.ReleasedCount - released);
        Assert.True(scope.Eval<bool>("sys.getrefcount(ba) == before"));
    }

    [Fact]
    public void An_undisposed_buffer_view_is_released_under_the_gil_after_collection()
    {
        using var scope = new PyScope();
        scope.Exec("ba = bytearray(8)");
        using PyObject ba = scope.Get("ba");
        scope.Exec("before = sys.getrefcount(ba)");
        TestGarbage.Settle();
        long released = PythonBufferOwner.ReleasedCount;
        ImportAndDrop(ba);
        Assert.Equal("BufferError", scope.Raises("ba.append(1)")?.PythonTypeName);
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Python.Gil().Dispose(); // the next GIL holder runs the queued release
        Assert.Null(scope.Raises("ba.append(1)"));
        Assert.Equal(1, PythonBufferOwner.ReleasedCount - released);
        Assert.True(scope.Eval<bool>("sys.getrefcount(ba) == before"));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ImportAndDrop(PyObject obj)
    {
        NDArray view = PythonArrays.Import(obj);
        GC.KeepAlive(view["1:"]);
    }

    [Fact]
    public void Buffers_with_formats_that_are_not_one_numeric_item_are_refused_clearly()
    {
        using var scope = new PyScope();
        foreach (string expr in new[] { "np.zeros(2, 'i4,f8')", "np.zeros(2, 'S3')", "np.zeros(2, np.longdouble)", "memoryview(b'ab').cast('c')", "(__import__('ctypes').c_int * 2)() if False else memoryview(np.zeros(3, 'c8')).cast('B').cast('c')" })
        {
            using PyObject o = scope.Eval(expr);
            TestGarbage.Settle();
            long released = PythonBufferOwner.ReleasedCount;
            var e = Assert.Throws<NotSupportedException>(() => PythonArrays.FromBuffer(o));
            Assert.Contains("format", e.Message);
            Assert.Equal(1, PythonBufferOwner.ReleasedCount - released); // released at once
        }

        using PyObject list = scope.Eval("[1, 2]");
        Assert.Contains("buffer protocol", Assert.Throws<ArgumentException>(() => PythonArrays.FromBuffer(list)).Message);
    }

    [Fact]
    public void Buffers_with_suboffsets_are_refused_clearly()
    {
        byte* row0 = stackalloc byte[4];
        byte** rows = stackalloc byte*[2];
        rows[0] = row0;
        rows[1] = row0;
        nint* shape = stackalloc nint[2];
        nint* strides = stackalloc nint[2];
        nint* suboffsets = stackalloc nint[2];
        shape[0] = 2; shape[1] = 4; strides[0] = sizeof(nint); strides[1] = 1; suboffsets[0] = 0; suboffsets[1] = -1;
        byte* format = stackalloc byte[2];
        format[0] = (byte)'B'; format[1] = 0;
        var info = new CPython.Py_buffer { buf = rows, len = 8, itemsize = 1, @readonly = 1, ndim = 2, format = format, shape = shape, strides = strides, suboffsets = suboffsets };
        var fromBuffer = (delegate* unmanaged<CPython.Py_buffer*, nint>)NativeLibrary.GetExport(CPython.Library, "PyMemoryView_FromBuffer");
        PyObject indirect;
        using (Python.Gil())
        {
            indirect = PyObject.Steal(StolenReference.DangerousFromPointer(fromBuffer(&info)));
        }

        using (indirect)
        {
            var e = Assert.Throws<NotSupportedException>(() => PythonArrays.FromBuffer(indirect));
            Assert.Contains("suboffsets", e.Message);
        }
    }

    // ---------------------------------------------------------------- __array_interface__

    [Fact]
    public void The_array_interface_data_tuple_form_reads_numpys_interface_for_every_layout()
    {
        using var scope = new PyScope();
        scope.Exec("class Holder:\n    def __init__(self, a): self.a = a; self.__array_interface__ = a.__array_interface__");
        using PyObject holder = scope.Get("Holder");
        Check.One(FixedSeed.Quick(300), Prop.ForAll(Seeds, seed =>
        {
            using var layouts = new BridgeLayouts(seed);
            NDArray a = layouts.Array;
            using PyObject p = NumPy.ToNumPy(a);
            using PyObject h = holder.Call(p);
            using NDArray view = PythonArrays.FromArrayInterface(h);
            string context = layouts.ToString();
            Assert.Equal(a.DType, view.DType);
            Assert.True(a.Shape.SequenceEqual(view.Shape), context);
            Assert.True(a.DataPointer == view.DataPointer, context);
            Assert.True(a.IsCContiguous || a.Strides.SequenceEqual(view.Strides), context); // None strides mean fresh C strides
            Assert.Equal(a.IsWriteable, view.IsWriteable);
            Assert.True(ArrayValues.Of(a).SequenceEqual(ArrayValues.Of(view)), context);
        }));
    }

    [Fact]
    public void The_array_interface_buffer_form_applies_the_offset_and_checks_bounds()
    {
        using var scope = new PyScope();
        scope.Exec("""
            class Iface:
                def __init__(self, d): self.__array_interface__ = d
            ba = bytearray(range(16))
            a = Iface({'shape': (3,), 'typestr': '|u1', 'data': ba, 'offset': 4, 'strides': (2,), 'version': 3})
            ro = Iface({'shape': (2, 2), 'typestr': '<u2', 'data': b'\x01\x00\x02\x00\x03\x00\x04\x00', 'version': 3})
            far = Iface({'shape': (3,), 'typestr': '<f8', 'data': ba, 'offset': 8, 'version': 3})
            class Own(bytearray):
                @property
                def __array_interface__(self): return {'shape': (2,), 'typestr': '<i2', 'version': 3}
            own = Own(b'\x05\x00\x06\x00')
            """);
        using PyObject a = scope.Get("a"), ro = scope.Get("ro"), far = scope.Get("far"), own = scope.Get("own");
        using (NDArray<byte> v = PythonArrays.Import<byte>(a))
        {
            Assert.Equal(new byte[] { 4, 6, 8 }, v.ToArray<byte>());
            Assert.True(v.IsWriteable);
            v[1] = 99;
            Assert.Equal(99, scope.Eval<int>("ba[6]"));
            Assert.Equal("BufferError", scope.Raises("ba.append(0)")?.PythonTypeName);
        }

        Assert.Null(scope.Raises("ba.pop()"));
        using (NDArray<ushort> v = PythonArrays.Import<ushort>(ro))
        {
            Assert.False(v.IsWriteable);
            Assert.Equal(new ushort[] { 1, 2, 3, 4 }, v.ToArray<ushort>());
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => PythonArrays.FromArrayInterface(far));
        using NDArray<short> o = PythonArrays.Import<short>(own);
        Assert.Equal(new short[] { 5, 6 }, o.ToArray<short>());
    }

    [Fact]
    public void The_array_interface_provider_stays_alive_while_the_view_lives()
    {
        using var scope = new PyScope();
        scope.Exec("""
            import weakref
            class Holder:
                def __init__(self, a): self.a = a; self.__array_interface__ = a.__array_interface__
            h = Holder(np.arange(5.0)); r = weakref.ref(h); before = sys.getrefcount(h)
            """);
        NDArray view;
        using (PyObject h = scope.Get("h"))
        {
            view = PythonArrays.FromArrayInterface(h);
        }

        Assert.True(scope.Eval<bool>("sys.getrefcount(h) == before + 1"));
        scope.Exec("del h; gc.collect()");
        Assert.False(scope.Eval<bool>("r() is None"));
        Assert.Equal(10.0, view.AsType(DType.Float64).ToArray<double>().Sum());
        view.Dispose();
        Assert.True(scope.Eval<bool>("r() is None"));
    }

    [Theory]
    [InlineData("{'shape': (2,), 'data': (0, False)}", "typestr")]
    [InlineData("{'typestr': '<f8', 'data': (0, False)}", "shape")]
    [InlineData("{'shape': (2, 3), 'typestr': '<f8', 'strides': (8,), 'data': (0, False)}", "strides")]
    [InlineData("{'shape': (2, -3), 'typestr': '<f8', 'data': (0, False)}", "negative")]
    [InlineData("{'shape': [2], 'typestr': '<f8', 'data': (0, False)}", "tuple")]
    [InlineData("{'shape': (2,), 'typestr': 'xyz', 'data': (0, False)}", "typestr")]
    [InlineData("{'shape': (2,), 'typestr': 8, 'data': (0, False)}", "typestr")]
    [InlineData("{'shape': (2,), 'typestr': '<f8', 'data': (0,)}", "2-tuple")]
    [InlineData("{'shape': (2,), 'typestr': '<f8', 'data': ('x', False)}", "integer")]
    [InlineData("{'shape': (2,), 'typestr': '<f8', 'data': (0, False)}", "null")]
    [InlineData("{'shape': ('a',), 'typestr': '<f8', 'data': (0, False)}", "integers")]
    [InlineData("{'shape': (2,), 'typestr': '<f8', 'data': bytearray(16), 'offset': -1}", "offset")]
    [InlineData("{'shape': (2,), 'typestr': '<f8', 'data': [1, 2]}", "buffer")]
    [InlineData("[1, 2]", "dict")]
    public void Malformed_array_interfaces_are_refused_with_the_reason(string iface, string reason)
    {
        using var scope = new PyScope();
        scope.Exec($"class Bad:\n    __array_interface__ = {iface}\nbad = Bad()");
        using PyObject bad = scope.Get("bad");
        var e = Assert.ThrowsAny<ArgumentException>(() => PythonArrays.FromArrayInterface(bad));
        Assert.Contains(reason, e.Message);
        Assert.Equal(2, scope.Eval<long>("sys.getrefcount(bad)") - 1); // the dict and our PyObject: nothing leaked
    }

    [Theory]
    [InlineData("|O8")]
    [InlineData("<M8[s]")]
    [InlineData("|V16")]
    [InlineData("<U3")]
    public void Array_interfaces_of_types_arraybridge_lacks_are_refused_as_unsupported(string typestr)
    {
        using var scope = new PyScope();
        scope.Exec($"class Other:\n    __array_interface__ = {{'shape': (1,), 'typestr': '{typestr}', 'data': (8, False)}}\nother = Other()");
        using PyObject other = scope.Get("other");
        Assert.Throws<NotSupportedException>(() => PythonArrays.FromArrayInterface(other));
    }

    // ---------------------------------------------------------------- DLPack

    [Fact]
    public void Numpy_dlpack_capsules_are_consumed_and_match_numpys_view_for_every_layout_numpy_exports()
    {
        using var scope = new PyScope();
        int imported = 0;
        Check.One(FixedSeed.Quick(300), Prop.ForAll(Seeds, seed =>
        {
            using var layouts = new BridgeLayouts(seed);
            NDArray a = layouts.Array;
            scope["p"] = NumPy.ToNumPy(a);
            PyObject capsule;
            try
            {
                capsule = scope.Eval("p.__dlpack__()");
            }
            catch (PythonException)
            {
                return; // NumPy 1.24 exports writeable, native-order numbers only
            }

            using (capsule)
            {
                using NDArray view = PythonArrays.FromDLPack(capsule);
                imported++;
                string context = layouts.ToString();
                Assert.Contains("used_dltensor", capsule.Repr());
                Assert.Equal(a.DType, view.DType);
                Assert.True(a.Shape.SequenceEqual(view.Shape), context);
                Assert.True(a.Size == 0 || a.DataPointer == view.DataPointer, context);
                Assert.True(a.Size <= 1 || a.IsCContiguous || Enumerable.Range(0, a.NDim).All(i => a.Shape[i] == 1 || a.Strides[i] == view.Strides[i]), context);
                Assert.True(ArrayValues.Of(a).SequenceEqual(ArrayValues.Of(view)), context);
            }
        }));
        Assert.True(imported > 50);
    }

    [Fact]
    public void A_consumed_capsule_cannot_be_imported_twice_and_its_producer_is_released_exactly_once()
    {
        using var scope = new PyScope();
        scope.Exec("arr = np.arange(6.0); before = sys.getrefcount(arr); c = arr.__dlpack__()");
        using PyObject c = scope.Get("c");
        Assert.True(scope.Eval<bool>("sys.getrefcount(arr) == before + 1")); // NumPy's tensor holds the array
        TestGarbage.Settle();
        long deleted = DLPackTensorOwner.DeletedCount;
        NDArray view = PythonArrays.FromDLPack(c);
        Assert.Contains("already consumed", Assert.Throws<ArgumentException>(() => PythonArrays.FromDLPack(c)).Message);
        using (var v2 = (NDArray<double>)view["::2"])
        {
            view.Dispose();
            Assert.True(scope.Eval<bool>("sys.getrefcount(arr) == before + 1"));
            v2[1] = 42;
            Assert.Equal(42.0, scope.Eval<double>("arr[2]"));
        }

        Assert.True(scope.Eval<bool>("sys.getrefcount(arr) == before"));
        Assert.Equal(1, DLPackTensorOwner.DeletedCount - deleted);
        scope.Exec("del c");
        Assert.True(scope.Eval<bool>("sys.getrefcount(arr) == before")); // the used capsule does not delete again
    }

    [Fact]
    public void An_undisposed_dlpack_view_calls_the_deleter_under_the_gil_after_collection()
    {
        using var scope = new PyScope();
        scope.Exec("arr = np.arange(6.0)");
        using PyObject arr = scope.Get("arr");
        scope.Exec("before = sys.getrefcount(arr)");
        TestGarbage.Settle();
        long deleted = DLPackTensorOwner.DeletedCount;
        DLPackAndDrop(arr);
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Python.Gil().Dispose();
        Assert.Equal(1, DLPackTensorOwner.DeletedCount - deleted);
        Assert.True(scope.Eval<bool>("sys.getrefcount(arr) == before"));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void DLPackAndDrop(PyObject obj) => GC.KeepAlive(PythonArrays.FromDLPack(obj));

    [Fact]
    public void Versioned_capsules_carry_read_only_and_round_trip_through_arraybridge()
    {
        using var a = NDArray.Arange<short>(10);
        using NDArray ro = a.BroadcastTo(3, 10);
        using PyObject capsule = PythonArrays.ToDLPack(ro, versioned: true);
        Assert.Contains("dltensor_versioned", capsule.Repr());
        using NDArray back = PythonArrays.FromDLPack(capsule);
        Assert.Contains("used_dltensor_versioned", capsule.Repr());
        Assert.False(back.IsWriteable);
        Assert.Equal(ro.Strides.ToArray(), back.Strides.ToArray());
        Assert.Equal(a.DataPointer, back.DataPointer);
        Assert.Throws<BufferRefusedException>(() => PythonArrays.ToDLPack(ro)); // unversioned cannot say read-only
    }

    [Fact]
    public void Producers_from_before_dlpack_1_are_asked_without_max_version()
    {
        using var scope = new PyScope();
        scope.Exec("""
            class Old:
                calls = []
                def __init__(self, a): self.a = a
                def __dlpack__(self, stream=None):
                    Old.calls.append(stream)
                    return self.a.__dlpack__()
                def __dlpack_device__(self): return (1, 0)
            old = Old(np.arange(4, dtype=np.int32))
            """);
        using PyObject old = scope.Get("old");
        using var v = (NDArray<int>)PythonArrays.Import(old, out ArrayProtocol protocol);
        Assert.Equal(ArrayProtocol.DLPack, protocol);
        Assert.Equal(new[] { 0, 1, 2, 3 }, v.ToArray<int>());
        Assert.Equal(1, scope.Eval<int>("len(Old.calls)"));
    }

    [Fact]
    public void Tensors_on_devices_the_cpu_cannot_read_are_refused_before_export()
    {
        using var scope = new PyScope();
        scope.Exec("""
            class Gpu:
                asked = False
                def __dlpack__(self, **kw):
                    Gpu.asked = True
                    raise AssertionError('must not be called')
                def __dlpack_device__(self): return (2, 1)
            gpu = Gpu()
            """);
        using PyObject gpu = scope.Get("gpu");
        var e = Assert.Throws<NotSupportedException>(() => PythonArrays.FromDLPack(gpu));
        Assert.Contains("kDLCUDA:1", e.Message);
        Assert.False(scope.Eval<bool>("Gpu.asked"));
    }

    [Theory]
    [InlineData(DLPackC.kDLCUDA, 2, 64, 1, 1, "kDLCUDA")]
    [InlineData(DLPackC.kDLCPU, DLPackC.kDLFloat, 64, 2, 1, "lanes")]
    [InlineData(DLPackC.kDLCPU, DLPackC.kDLBfloat, 16, 1, 1, "code 4")]
    [InlineData(DLPackC.kDLCPU, DLPackC.kDLFloat, 128, 1, 1, "128 bits")]
    [InlineData(DLPackC.kDLCPU, DLPackC.kDLFloat, 64, 1, 65, "ndim 65")]
    [InlineData(DLPackC.kDLCPU, DLPackC.kDLFloat, 64, 1, 1L << 62, "address space")]
    [InlineData(DLPackC.kDLCPU, DLPackC.kDLFloat, 64, 1, -1, "negative")]
    public void Malformed_or_foreign_tensors_are_refused_and_left_to_their_capsule(int device, byte code, byte bits, ushort lanes, long shape0, string reason)
    {
        using var memory = NDArray.Zeros<double>(4);
        var m = (DLPackC.DLManagedTensor*)NativeMemory.AllocZeroed((nuint)sizeof(DLPackC.DLManagedTensor));
        long* shape = stackalloc long[1];
        shape[0] = shape0;
        m->dl_tensor = new DLPackC.DLTensor
        {
            data = (void*)memory.DataPointer,
            device = new DLPackC.DLDevice { device_type = device },
            ndim = shape0 == 65 ? 65 : 1,
            dtype = new DLPackC.DLDataType { code = code, bits = bits, lanes = lanes },
            shape = shape,
        };
        m->deleter = &CountingDeleter;
        int deletes = s_fakeDeletes;
        PyObject capsule;
        using (Python.Gil())
        {
            capsule = PyObject.Steal(CPython.PyCapsule_New(m, DLPackC.CapsuleName, 0).Steal());
        }

        using (capsule)
        {
            Exception e = Assert.ThrowsAny<Exception>(() => PythonArrays.FromDLPack(capsule));
            Assert.True(e is NotSupportedException or ArgumentException, e.ToString());
            Assert.Contains(reason, e.Message);
            Assert.Contains("\"dltensor\"", capsule.Repr()); // not consumed: still the producer's to free
            Assert.Equal(deletes, s_fakeDeletes);
        }

        NativeMemory.Free(m);
    }

    [Fact]
    public void Versioned_tensors_of_another_major_version_are_refused()
    {
        using var memory = NDArray.Zeros<float>(2);
        var m = (DLPackC.DLManagedTensorVersioned*)NativeMemory.AllocZeroed((nuint)sizeof(DLPackC.DLManagedTensorVersioned));
        long shape = 2;
        m->version = new DLPackC.DLPackVersion { major = 2 };
        m->dl_tensor = new DLPackC.DLTensor { data = (void*)memory.DataPointer, device = new DLPackC.DLDevice { device_type = DLPackC.kDLCPU }, ndim = 1, dtype = new DLPackC.DLDataType { code = DLPackC.kDLFloat, bits = 32, lanes = 1 }, shape = &shape };
        PyObject capsule;
        using (Python.Gil())
        {
            capsule = PyObject.Steal(CPython.PyCapsule_New(m, DLPackC.VersionedCapsuleName, 0).Steal());
        }

        using (capsule)
        {
            Assert.Contains("version 2.0", Assert.Throws<NotSupportedException>(() => PythonArrays.FromDLPack(capsule)).Message);
        }

        NativeMemory.Free(m);
    }

    [Fact]
    public void A_well_formed_foreign_tensor_is_deleted_exactly_once_with_strides_in_elements()
    {
        using var memory = NDArray.Arange<double>(12);
        var m = (DLPackC.DLManagedTensor*)NativeMemory.AllocZeroed((nuint)sizeof(DLPackC.DLManagedTensor));
        long* shape = stackalloc long[2];
        long* strides = stackalloc long[2];
        shape[0] = 3; shape[1] = 2; strides[0] = 4; strides[1] = -1;
        m->dl_tensor = new DLPackC.DLTensor { data = (void*)memory.DataPointer, device = new DLPackC.DLDevice { device_type = DLPackC.kDLCPU }, ndim = 2, dtype = new DLPackC.DLDataType { code = DLPackC.kDLFloat, bits = 64, lanes = 1 }, shape = shape, strides = strides, byte_offset = 8 };
        m->deleter = &CountingDeleter;
        int deletes = s_fakeDeletes;
        PyObject capsule;
        using (Python.Gil())
        {
            capsule = PyObject.Steal(CPython.PyCapsule_New(m, DLPackC.CapsuleName, 0).Steal());
        }

        using (capsule)
        using (NDArray<double> v = PythonArrays.Import<double>(capsule))
        {
            Assert.Equal(new nint[] { 32, -8 }, v.Strides.ToArray());
            Assert.Equal(new[] { 1.0, 0, 5, 4, 9, 8 }, v.ToArray<double>());
        }

        Assert.Equal(deletes + 1, s_fakeDeletes);
        NativeMemory.Free(m);
    }

    [UnmanagedCallersOnly]
    private static void CountingDeleter(DLPackC.DLManagedTensor* self) => Interlocked.Increment(ref s_fakeDeletes);

    // ---------------------------------------------------------------- reference counts and threads

    [Fact]
    public void Reference_counts_are_unchanged_after_importing_through_every_protocol()
    {
        using var scope = new PyScope();
        scope.Exec("""
            import torch, array
            class Iface:
                def __init__(self, a): self.a = a; self.__array_interface__ = a.__array_interface__
            n = np.arange(12.0).reshape(3, 4); t = torch.arange(6); ar = array.array('i', [1, 2]); i = Iface(n)
            """);
        string[] names = ["n", "t", "ar", "i"];
        var objects = names.Select(scope.Get).ToArray();
        scope.Exec("before = [sys.getrefcount(o) for o in (n, t, ar, i)]");
        for (int k = 0; k < 200; k++)
        {
            foreach (PyObject o in objects)
            {
                PythonArrays.Import(o).Dispose();
            }

            PythonArrays.FromBuffer(objects[0]).Dispose();
            PythonArrays.FromDLPack(objects[0]).Dispose();
            PythonArrays.FromArrayInterface(objects[0]).Dispose();
            PythonArrays.FromBuffer(objects[2]).Dispose();
            using PyObject capsule = objects[1].Invoke("__dlpack__");
            PythonArrays.FromDLPack(capsule).Dispose();
        }

        Assert.True(scope.Eval<bool>("before == [sys.getrefcount(o) for o in (n, t, ar, i)]"), scope.Eval<string>("repr((before, [sys.getrefcount(o) for o in (n, t, ar, i)]))"));
        foreach (PyObject o in objects)
        {
            o.Dispose();
        }
    }

    [Fact]
    public void Four_threads_export_and_import_through_every_protocol_at_once()
    {
        var errors = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var threads = Enumerable.Range(0, 4).Select(t => new Thread(() =>
        {
            try
            {
                using var a = NDArray.Full<int>([100], t);
                for (int i = 0; i < 500; i++)
                {
                    using PyObject x = PythonArrays.Export(a);
                    using NDArray viaBuffer = PythonArrays.FromBuffer(x);
                    using NDArray viaInterface = PythonArrays.FromArrayInterface(x);
                    using NDArray viaDLPack = PythonArrays.FromDLPack(x);
                    using PyObject m = PythonArrays.ToMemoryView(a);
                    using NDArray viaMemoryView = PythonArrays.Import(m);
                    foreach (NDArray v in new[] { viaBuffer, viaInterface, viaDLPack, viaMemoryView })
                    {
                        if (v.DataPointer != a.DataPointer || v.ToArray<int>()[99] != t)
                        {
                            throw new InvalidOperationException("wrong data");
                        }
                    }
                }
            }
            catch (Exception e)
            {
                errors.Enqueue(e);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Empty(errors);
    }

    // ---------------------------------------------------------------- choosing the protocol

    [Fact]
    public void Import_picks_the_best_protocol_each_object_speaks()
    {
        using var a = NDArray.Arange<int>(6);
        using var scope = new PyScope(("x", PythonArrays.Export(a)), ("cap", PythonArrays.ToDLPack(a)));
        scope.Exec("""
            import array
            class Iface:
                def __init__(self, a): self.a = a; self.__array_interface__ = a.__array_interface__
            class NoDLPack(Iface):
                def __dlpack__(self, **kw): raise BufferError('cannot')
                def __dlpack_device__(self): return (1, 0)
            n = np.arange(3.0); i = Iface(n); nd = NoDLPack(n); b = b'xy'; ar = array.array('h', [1, 2])
            """);
        (string Name, ArrayProtocol Protocol)[] cases =
        [
            ("x", ArrayProtocol.ArrayBridge), ("n", ArrayProtocol.NumPy), ("cap", ArrayProtocol.DLPack),
            ("i", ArrayProtocol.ArrayInterface), ("nd", ArrayProtocol.ArrayInterface), ("b", ArrayProtocol.Buffer),
            ("ar", ArrayProtocol.Buffer), ("memoryview(n)", ArrayProtocol.Buffer),
        ];
        foreach ((string name, ArrayProtocol expected) in cases)
        {
            using PyObject o = scope.Eval(name);
            using NDArray v = PythonArrays.Import(o, out ArrayProtocol protocol);
            Assert.True(expected == protocol, $"{name}: {protocol}");
        }

        using PyObject x = scope.Get("x");
        using NDArray same = PythonArrays.Import(x);
        Assert.Equal(a.DataPointer, same.DataPointer);
        using PyObject list = scope.Eval("[1, 2, 3]");
        Assert.Contains("NumPy.FromAny", Assert.Throws<ArgumentException>(() => PythonArrays.Import(list)).Message);
        using PyObject n = scope.Get("n");
        Assert.Throws<InvalidCastException>(() => PythonArrays.Import<float>(n));
    }
}
