namespace ArrayBridge.Docs.Tests;

/// <summary>docs/bridge.md and docs/coming-from-pythonnet.md.</summary>
[Collection(DocsCollection.Name)]
public class BridgeSnippets
{
    static BridgeSnippets() => Python.Initialize();

    [Fact]
    public void ToNumPyAndBack()
    {
        // <snippet:to-numpy>
        using PyObject np = Python.Import("numpy");
        using NDArray<double> a = NDArray.Arange<double>(12).Reshape(4, 3);
        using PyObject pa = NumPy.ToNumPy(a);                  // same memory: no copy
        using PyObject svd = np.GetAttr("linalg").Invoke("svd", pa, false);
        using NDArray s = NumPy.FromNumPy(svd[1]);             // NumPy's result, viewed in place
        a[0, 0] = 100;                                         // NumPy sees the write
        // </snippet>
        using PyObject first = pa[(0, 0)];
        Assert.Equal(100.0, first.As<double>());
        Assert.Equal(3, s.Size);
    }

    [Fact]
    public void Protocols()
    {
        // <snippet:protocols>
        using PyObject memory = Python.Eval("memoryview(bytearray(b'\\x01\\x02\\x03\\x04'))");
        using NDArray bytes = PythonArrays.FromBuffer(memory);             // PEP 3118 buffer protocol
        using PyObject np = Python.Import("numpy");
        using PyObject x = np.Invoke("arange", 6.0);
        using NDArray viaInterface = PythonArrays.FromArrayInterface(x);   // __array_interface__
        using NDArray viaDLPack = PythonArrays.FromDLPack(x);              // __dlpack__
        // </snippet>
        Assert.Equal(new byte[] { 1, 2, 3, 4 }, bytes.ToArray<byte>());
        Assert.Equal(viaInterface.ToArray<double>(), viaDLPack.ToArray<double>());
    }

    [Fact]
    public void Dynamic()
    {
        // <snippet:dynamic>
        double norm;
        using (Python.Scope())                                  // releases every intermediate object
        {
            dynamic np = Python.Import("numpy").AsDynamic();
            dynamic a = np.arange(12.0).reshape(3, 4);
            dynamic scaled = (a - a.mean(axis: 0)) / a.std(axis: 0);   // named arguments are keywords
            norm = np.linalg.norm(scaled.MatMul(scaled.T));            // @ is MatMul
        }
        // </snippet>
        Assert.Equal(12.0, norm, 9);
    }

    [Fact]
    public void Typed()
    {
        // <snippet:typed>
        using (Python.Scope())
        {
            PyObject ensemble = Python.Import("sklearn.ensemble");
            PyObject model = ensemble.GetAttr("RandomForestClassifier")
                .Call([], Kw.Of("n_estimators", 10), ("random_state", 0));   // keywords without a dictionary
            PyObject x = NumPy.ToNumPy(NDArray.Arange<double>(20).Reshape(10, 2));
            PyObject y = PyObject.From(new long[] { 0, 0, 0, 0, 0, 1, 1, 1, 1, 1 });
            model.Invoke("fit", x, y);
            long[] predicted = model.Invoke("predict", x).As<long[]>();
            // </snippet>
            Assert.Equal(new long[] { 0, 0, 0, 0, 0, 1, 1, 1, 1, 1 }, predicted);
        }
    }

    [Fact]
    public void Operators()
    {
        // <snippet:operators>
        using (Python.Scope())
        {
            PyObject seven = PyObject.From(7);
            PyObject half = seven / 2L;                 // Python's true division: 3.5
            PyObject floor = seven.FloorDivide(2);      // //: 3
            PyObject mod = -seven % 3L;                 // Python's modulo: 2
            bool bigger = (seven > 3.0).IsTrue();
            // </snippet>
            Assert.Equal((3.5, 3L, 2L, true), (half.As<double>(), floor.As<long>(), mod.As<long>(), bigger));
        }
    }
}
