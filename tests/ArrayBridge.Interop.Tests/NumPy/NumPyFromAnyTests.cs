using ArrayBridge.Interop;

namespace ArrayBridge.Tests;

[Collection(PythonCollection.Name)]
public class NumPyFromAnyTests
{
    static NumPyFromAnyTests() => Python.Initialize();

    [Fact]
    public void Lists_and_scalars_become_arrays()
    {
        using NDArray a = NumPy.FromAny(new object[] { new object[] { 1, 2, 3 }, new List<int> { 4, 5, 6 } });
        Assert.Equal([2, 3], a.Shape.ToArray());
        Assert.Equal(DType.Int64, a.DType); // Python ints

        // An int[] arrives as an int32 ndarray over its memory, so it keeps its dtype.
        using NDArray typed = NumPy.FromAny(new object[] { new[] { 1, 2, 3 }, new[] { 4, 5, 6 } });
        Assert.Equal([2, 3], typed.Shape.ToArray());
        Assert.Equal(DType.Int32, typed.DType);
        using NDArray s = NumPy.FromAny(2.5, DType.Float32);
        Assert.Equal(0, s.NDim);
        Assert.Equal(2.5f, s.As<float>().At([]));
    }

    [Fact]
    public void A_satisfying_numpy_array_is_not_copied()
    {
        using PyObject p = Python.Eval("__import__('numpy').arange(6.0).reshape(2, 3)");
        using NDArray same = NumPy.FromAny(p, DType.Float64, ArrayFlags.CContiguous | ArrayFlags.Aligned);
        Assert.Equal(p.GetAttr("ctypes").GetAttr("data").As<long>(), same.DataPointer);
        using PyObject t = p.GetAttr("T");
        using NDArray copied = NumPy.FromAny(t, null, ArrayFlags.CContiguous);
        Assert.NotEqual(p.GetAttr("ctypes").GetAttr("data").As<long>(), copied.DataPointer);
        Assert.True(copied.IsCContiguous);
        using NDArray forced = NumPy.FromAny(p, DType.Int32, ArrayFlags.ForceCast);
        Assert.Equal(DType.Int32, forced.DType);
        var e = Assert.Throws<PythonException>(() => NumPy.FromAny(p, DType.Int32));
        Assert.Equal("TypeError", e.PythonTypeName);
    }

    [Fact]
    public void Writebackifcopy_writes_into_the_numpy_array_on_resolve()
    {
        using PyObject p = Python.Eval("__import__('numpy').zeros((3, 4))[:, ::2]");
        using NDArray<double> copy = NumPy.FromAny(p, null, ArrayFlags.CContiguous | ArrayFlags.WritebackIfCopy).As<double>();
        Assert.True((copy.Flags & ArrayFlags.WritebackIfCopy) != 0);
        Assert.False(p.GetAttr("flags").GetAttr("writeable").As<bool>());
        copy[2, 1] = 7;
        Assert.Equal(0.0, p[(2, 1)].As<double>());
        Assert.Equal(1, copy.ResolveWritebackIfCopy());
        Assert.Equal(7.0, p[(2, 1)].As<double>());
        Assert.True(p.GetAttr("flags").GetAttr("writeable").As<bool>());
        Assert.Equal(0, copy.ResolveWritebackIfCopy());
    }

    [Fact]
    public void Discarding_writebackifcopy_leaves_the_numpy_array_unchanged_and_writeable()
    {
        using PyObject p = Python.Eval("__import__('numpy').zeros((2, 2)).T");
        using NDArray<double> copy = NumPy.FromAny(p, null, ArrayFlags.CContiguous | ArrayFlags.WritebackIfCopy).As<double>();
        copy[0, 1] = 3;
        copy.DiscardWritebackIfCopy();
        Assert.Equal(0.0, p[(0, 1)].As<double>());
        Assert.True(p.GetAttr("flags").GetAttr("writeable").As<bool>());
    }

    [Fact]
    public void NDArrays_go_through_fromany_without_a_copy()
    {
        using var a = NDArray.Arange<short>(10);
        using NDArray b = NumPy.FromAny(a, DType.Int16);
        Assert.Equal(a.DataPointer, b.DataPointer);
        using NDArray c = NumPy.FromAny(a, DType.Float64);
        Assert.NotEqual(a.DataPointer, c.DataPointer);
        Assert.Equal(9.0, c.As<double>().At(9));
    }
}
