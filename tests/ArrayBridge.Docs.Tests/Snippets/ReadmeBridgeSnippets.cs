namespace ArrayBridge.Docs.Tests;

/// <summary>README.md, "Zero-copy NumPy" and "Python objects": the bridge in short.</summary>
[Collection(DocsCollection.Name)]
public class ReadmeBridgeSnippets
{
    static ReadmeBridgeSnippets() => Python.Initialize();

    [Fact]
    public void ZeroCopyNumPy()
    {
        // <snippet:readme-numpy>
        Python.Initialize();                        // finds the interpreter that imports NumPy
        using PyObject np = Python.Import("numpy");

        using NDArray<double> a = NDArray.Zeros<double>(4, 3);
        // ... fill a in C# ...
        using PyObject pa = NumPy.ToNumPy(a);       // same memory; pa.base is an arraybridge.ExportedArray
        using PyObject svd = np.GetAttr("linalg").Invoke("svd", pa, false);
        using NDArray s = NumPy.FromNumPy(svd[1]);  // NumPy's result, viewed in place

        a[0, 0] = 100;                              // NumPy sees it: pa[0, 0] == 100
        using PyObject pv = NumPy.ToNumPy(a.Transpose()["::-1"]);   // strides (-8, 24) on both sides
        using PyObject spectrum = np.GetAttr("fft").Invoke("rfft", a["0"]);  // NDArray arguments convert too
        // </snippet>
        using (PyObject owner = pa.GetAttr("base"))
        using (PyObject type = owner.GetAttr("__class__"))
        {
            Assert.Contains("arraybridge.ExportedArray", type.Repr(), StringComparison.Ordinal);
        }

        using (PyObject first = pa[(0, 0)])
        {
            Assert.Equal(100.0, first.As<double>());
        }

        using (PyObject strides = pv.GetAttr("strides"))
        {
            Assert.Equal("(-8, 24)", strides.Repr());
        }

        using (PyObject shape = spectrum.GetAttr("shape"))
        {
            Assert.Equal("(2,)", shape.Repr());
        }

        Assert.Equal(3, s.Size);
    }

    [Fact]
    public void PythonObjects()
    {
        using PyObject ensemble = Python.Import("sklearn.ensemble");
        using PyObject numpy = Python.Import("numpy");
        using PyObject x = numpy.Invoke("arange", 4.0);
        using PyObject y = PyObject.From(2.0);
        // <snippet:readme-pyobject>
        using (Python.Scope())                                    // releases every PyObject made inside it
        {
            PyObject model = ensemble.GetAttr("RandomForestClassifier")
                .Call([], Kw.Of("n_estimators", 100), ("random_state", 0));   // keywords, no dictionary
            PyObject r = (x - 1L) / y;                            // Python's operators; x.MatMul(y) is @
            dynamic np = numpy.AsDynamic();                       // opt-in dynamic: np.linalg.norm(a, ord: 2)
            double n = np.linalg.norm(np.ones(4));
        }
        // </snippet>
        Assert.False(x.IsDisposed);                              // made outside the scope: still alive
        Assert.Equal(2.0, y.As<double>());
    }

    [Fact]
    public void PythonObjectsAnswers()
    {
        // The values the block above computes inside its scope, checked outside one.
        using PyObject numpy = Python.Import("numpy");
        using PyObject x = numpy.Invoke("arange", 4.0);
        using PyObject y = PyObject.From(2.0);
        using PyObject r = (x - 1L) / y;
        Assert.Equal("array([-0.5,  0. ,  0.5,  1. ])", r.Repr());
        dynamic np = numpy.AsDynamic();
        double n = np.linalg.norm(np.ones(4));
        Assert.Equal(2.0, n);
    }
}
