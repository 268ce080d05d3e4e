using System.Numerics;
using System.Runtime.InteropServices;
using ArrayBridge.Interop;

namespace ArrayBridge.Tests;

/// <summary>
/// A numeric .NET array passed to Python (as a call argument or through <see cref="PyObject.From"/>)
/// arrives as a numpy.ndarray over the same memory, for every numeric element type; other lists stay
/// Python lists.
/// </summary>
[Collection(PythonCollection.Name)]
public unsafe class ArrayArgumentTests
{
    static ArrayArgumentTests()
    {
        Python.Initialize();
        Python.Exec("import numpy as _np, gc as _gc");
    }

    /// <summary>Every numeric element type, as an array of 5 values and the NumPy dtype it must arrive as.</summary>
    public static TheoryData<string> ElementTypes => new(Arrays.Keys);

    private static readonly Dictionary<string, (Func<Array> Make, string DType)> Arrays = new()
    {
        ["bool"] = (() => new[] { true, false, true, true, false }, "bool"),
        ["sbyte"] = (() => new sbyte[] { 1, -2, 3, -4, 5 }, "int8"),
        ["short"] = (() => new short[] { 1, -2, 3, -4, 5 }, "int16"),
        ["ushort"] = (() => new ushort[] { 1, 2, 3, 4, 5 }, "uint16"),
        ["int"] = (() => new[] { 1, -2, 3, -4, 5 }, "int32"),
        ["uint"] = (() => new uint[] { 1, 2, 3, 4, 5 }, "uint32"),
        ["long"] = (() => new long[] { 1, -2, 3, -4, 5 }, "int64"),
        ["ulong"] = (() => new ulong[] { 1, 2, 3, 4, 5 }, "uint64"),
        ["Half"] = (() => new[] { (Half)1, (Half)2, (Half)3, (Half)4, (Half)5 }, "float16"),
        ["float"] = (() => new[] { 1f, 2f, 3f, 4f, 5f }, "float32"),
        ["double"] = (() => new[] { 1.0, 2.0, 3.0, 4.0, 5.0 }, "float64"),
        ["Complex64"] = (() => new[] { new Complex64(1, 1), new Complex64(2, 0), new Complex64(3, 0), new Complex64(4, 0), new Complex64(5, 0) }, "complex64"),
        ["Complex"] = (() => new[] { new Complex(1, 1), 2, 3, 4, 5 }, "complex128"),
    };

    [Theory]
    [MemberData(nameof(ElementTypes))]
    public void A_numeric_array_argument_is_an_ndarray_over_the_same_memory(string element)
    {
        (Func<Array> make, string dtype) = Arrays[element];
        Array array = make();
        using PyObject describe = Python.Eval("lambda a: (type(a).__name__, a.dtype.name, a.shape, a.ctypes.data, a.flags.writeable)");
        GCHandle pin = GCHandle.Alloc(array, GCHandleType.Pinned);
        try
        {
            using PyObject result = describe.Call(array);
            object?[] items = result.As<object?[]>();
            Assert.Equal("ndarray", items[0]);
            Assert.Equal(dtype, items[1]);
            Assert.Equal(new object?[] { 5L }, items[2]);
            Assert.Equal((long)pin.AddrOfPinnedObject(), items[3]);
            Assert.Equal(true, items[4]);
        }
        finally
        {
            pin.Free();
        }

        using PyObject same = PyObject.From(array);
        using PyObject typeName = Python.Eval("lambda a: type(a).__name__");
        using PyObject name = typeName.Call(same);
        Assert.Equal("ndarray", name.As<string>());
    }

    [Fact]
    public void Python_writes_into_the_dotnet_array_and_keeps_it_alive()
    {
        double[] values = [1, 2, 3];
        using (PyObject fill = Python.Eval("lambda a: a.__setitem__(slice(None), a * 10)"))
        {
            fill.Call(values).Dispose();
        }

        Assert.Equal([10.0, 20.0, 30.0], values);

        // Python keeps the ndarray after the call: the memory stays valid while .NET collects.
        using (PyObject keep = Python.Eval("lambda a: globals().__setitem__('_ab_kept_arg', a)"))
        {
            keep.Call(new[] { 4.0, 5.0, 6.0 }).Dispose();
        }

        for (int i = 0; i < 3; i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        using (PyObject sum = Python.Eval("float(_ab_kept_arg.sum())"))
        {
            Assert.Equal(15.0, sum.As<double>());
        }

        long before = ExportedArray.LiveCount;
        Python.Exec("del _ab_kept_arg; _gc.collect()");
        Assert.Equal(before - 1, ExportedArray.LiveCount);
    }

    [Fact]
    public void Lists_byte_arrays_and_non_numeric_arrays_keep_their_python_types()
    {
        using PyObject typeName = Python.Eval("lambda a: type(a).__name__");
        foreach ((object value, string expected) in new (object, string)[]
        {
            (new List<double> { 1, 2 }, "list"),
            (new List<int> { 1, 2 }, "list"),
            (new object?[] { 1, "x" }, "list"),
            (new[] { "a", "b" }, "list"),
            (new byte[] { 1, 2 }, "bytes"),
            (NDArray.Zeros<double>(2), "ndarray"),
        })
        {
            using PyObject name = typeName.Call(value);
            Assert.True(expected == name.As<string>(), $"{value.GetType()}: {name.As<string>()}");
        }
    }

    [Fact]
    public void Import_of_a_type_reports_the_protocol_it_used()
    {
        using NDArray<double> a = NDArray.Arange<double>(4);
        using PyObject numpyArray = NumPy.ToNumPy(a);
        using PyObject exported = PythonArrays.Export(a);
        using (NDArray<double> fromNumPy = PythonArrays.Import<double>(numpyArray, out ArrayProtocol p1))
        {
            Assert.Equal(ArrayProtocol.NumPy, p1);
            Assert.Equal(a.ToArray(), fromNumPy.ToArray());
        }

        using (NDArray<double> fromExport = PythonArrays.Import<double>(exported, out ArrayProtocol p2))
        {
            Assert.Equal(ArrayProtocol.ArrayBridge, p2);
        }

        Assert.Throws<InvalidCastException>(() => PythonArrays.Import<float>(exported, out _));
    }
}
