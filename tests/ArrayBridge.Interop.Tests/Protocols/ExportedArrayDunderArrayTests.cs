using ArrayBridge.Interop;
using FsCheck;
using FsCheck.Fluent;

namespace ArrayBridge.Tests;

/// <summary>
/// <c>ExportedArray.__array__(dtype=None, copy=None)</c>: a zero-copy ndarray whose base is the
/// export, with NumPy 2's copy keyword, on every layout and dtype <see cref="BridgeLayouts"/> makes.
/// </summary>
[Collection(PythonCollection.Name)]
public class ExportedArrayDunderArrayTests
{
    static ExportedArrayDunderArrayTests()
    {
        Python.Initialize();
        Python.Exec(BridgeLayouts.ApplySource);
        Python.Exec("""
            import numpy as _np
            def _ab_check_dunder_array(x, oracle):
                a = _np.asarray(x)
                b = x.__array__()
                c = x.__array__(copy=False)
                d = x.__array__(None, True)
                e = x.__array__(dtype=oracle.dtype)
                problems = []
                # np.asarray takes the buffer protocol before __array__, so only the others have the export as base.
                # (and NumPy's buffer import may renormalize the strides of length-1 axes).
                if a.size and not _np.shares_memory(a, oracle): problems.append("asarray does not share memory")
                for name, v in (("__array__()", b), ("copy=False", c), ("same dtype", e)):
                    if type(v) is not _np.ndarray: problems.append(name + " is " + type(v).__name__)
                    elif v.base is not x: problems.append(name + ": base is not the export")
                    elif v.size and not _np.shares_memory(v, oracle): problems.append(name + " does not share memory")
                    elif v.shape != oracle.shape or v.strides != oracle.strides or v.dtype != oracle.dtype: problems.append(name + f": layout {v.shape} {v.strides} {v.dtype}")
                    elif v.flags.writeable != oracle.flags.writeable: problems.append(name + ": writeable differs")
                if d.size and _np.shares_memory(d, oracle): problems.append("copy=True shares memory")
                for name, v in (("asarray", a), ("copy=True", d)):
                    if not _np.array_equal(v, oracle, equal_nan=v.dtype.kind in "fc"): problems.append(name + ": values differ")
                return "; ".join(problems)
            """);
    }

    private static Arbitrary<int> Seeds => Arb.From(Gen.Choose(0, int.MaxValue));

    [Fact]
    public void Dunder_array_is_zero_copy_on_every_layout_and_dtype_with_the_export_as_base()
    {
        using PyObject check = Python.Eval("_ab_check_dunder_array");
        Check.One(FixedSeed.Quick(200), Prop.ForAll(Seeds, seed =>
        {
            using var layouts = new BridgeLayouts(seed);
            using PyObject oracle = NumPy.ToNumPy(layouts.Array);
            using PyObject exported = PythonArrays.Export(layouts.Array);
            using PyObject problems = check.Call(exported, oracle);
            Assert.True(problems.As<string>() == "", $"{problems.As<string>()}; {layouts}");
        }));
    }

    [Fact]
    public void Dtype_casts_only_when_it_differs_and_copy_false_refuses_a_cast()
    {
        using NDArray<int> a = NDArray.Arange<int>(6).Reshape(2, 3);
        using PyObject x = PythonArrays.Export(a);
        using PyObject run = Python.Eval("""
            lambda x: (
                _np.shares_memory(x.__array__("int32"), x.__array__()),
                _np.shares_memory(x.__array__("float64"), x.__array__()),
                x.__array__("float64").dtype.name,
                x.__array__("float64", copy=True).tolist(),
                _np.shares_memory(x.__array__("int32", copy=True), x.__array__()))
            """);
        using PyObject result = run.Call(x);
        object?[] items = result.As<object?[]>();
        Assert.Equal(true, items[0]);
        Assert.Equal(false, items[1]);
        Assert.Equal("float64", items[2]);
        Assert.Equal("[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]]", PyObject.From(items[3]).Repr());
        Assert.Equal(false, items[4]);

        using PyObject refuse = Python.Eval("lambda x: x.__array__('float64', copy=False)");
        var e = Assert.Throws<PythonException>(() => refuse.Call(x).Dispose());
        Assert.Equal("ValueError", e.PythonTypeName);
        Assert.Contains("Unable to avoid copy while creating an array as requested.", e.Message);

        using PyObject bad = Python.Eval("lambda x: x.__array__(order='C')");
        Assert.Equal("TypeError", Assert.Throws<PythonException>(() => bad.Call(x).Dispose()).PythonTypeName);
    }

    [Fact]
    public void Writes_through_the_ndarray_reach_the_dotnet_array()
    {
        using NDArray<double> a = NDArray.Zeros<double>(2, 3);
        using PyObject x = PythonArrays.Export(a);
        using PyObject write = Python.Eval("lambda x: _np.asarray(x).__setitem__((1, 2), 7.5)");
        write.Call(x).Dispose();
        Assert.Equal(7.5, a.At(1, 2));
    }

    [Fact]
    public unsafe void The_export_lives_as_long_as_the_ndarray_from_dunder_array()
    {
        Python.Exec("import gc as _gc");
        using PyObject keep = Python.Eval("lambda x: globals().__setitem__('_ab_kept', x.__array__())");
        var owner = new FreeOnDispose(1000 * sizeof(long));
        for (int i = 0; i < 1000; i++)
        {
            ((long*)owner.Pointer)[i] = i;
        }

        using (NDArray a = NDArray.FromPointer((void*)owner.Pointer, DType.Int64, [1000], owner: owner))
        using (PyObject x = PythonArrays.Export(a))
        {
            keep.Call(x).Dispose();
        }

        // The .NET array and the PyObject are gone; only the ndarray refers to the export.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Python.Exec("_gc.collect()");
        Assert.False(owner.Disposed);
        using (PyObject kept = Python.Eval("type(_ab_kept.base).__module__ + '.' + type(_ab_kept.base).__name__ + ' ' + str(int(_ab_kept.sum()))"))
        {
            Assert.Equal("arraybridge.ExportedArray 499500", kept.As<string>());
        }

        // Dropping the ndarray drops the export, which releases the memory there and then.
        Python.Exec("del _ab_kept; _gc.collect()");
        Assert.True(owner.Disposed);
    }

    /// <summary>Native memory whose release is observable.</summary>
    private sealed unsafe class FreeOnDispose(int bytes) : IDisposable
    {
        public nint Pointer { get; } = (nint)System.Runtime.InteropServices.NativeMemory.Alloc((nuint)bytes);

        public bool Disposed { get; private set; }

        public void Dispose()
        {
            System.Runtime.InteropServices.NativeMemory.Free((void*)Pointer);
            Disposed = true;
        }
    }

    [Fact]
    public void Torch_takes_the_export_zero_copy_through_dunder_array_and_dlpack()
    {
        using NDArray<float> a = NDArray.Arange<float>(12).Reshape(3, 4);
        using PyObject x = PythonArrays.Export(a);
        using PyObject run = Python.Eval("""
            lambda x: (lambda torch: (
                torch.as_tensor(_np.asarray(x)).data_ptr() == _np.asarray(x).ctypes.data,
                torch.from_dlpack(x).data_ptr() == _np.asarray(x).ctypes.data,
                torch.as_tensor(_np.asarray(x)).sum().item()))(__import__("torch"))
            """);
        using PyObject result = run.Call(x);
        object?[] items = result.As<object?[]>();
        Assert.Equal(true, items[0]);
        Assert.Equal(true, items[1]);
        Assert.Equal(66.0, items[2]);
    }
}
