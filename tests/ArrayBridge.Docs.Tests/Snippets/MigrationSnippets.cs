namespace ArrayBridge.Docs.Tests;

/// <summary>docs/coming-from-numsharp.md and docs/coming-from-pythonnet.md: ArrayBridge's side of each comparison.</summary>
[Collection(DocsCollection.Name)]
public class MigrationSnippets
{
    static MigrationSnippets() => Python.Initialize();

    [Fact]
    public void NumSharpBasics()
    {
        // <snippet:numsharp-basics>
        using NDArray<double> a = NDArray.Arange<double>(12).Reshape(3, 4);   // np.arange(12).reshape(3, 4)
        using NDArray<double> col = a[.., 1];                                 // a[:, 1], a view
        using NDArray<double> rev = a["::-1"];                                // string slices work too
        using NDArray total = NDArray.Sum(a, 0);                              // np.sum(a, axis=0)
        double x = a[2, 3];                                                   // typed element access
        // </snippet>
        Assert.Equal(new[] { 1.0, 5.0, 9.0 }, col.ToArray());
        Assert.Equal(8.0, rev.At(0, 0));
        Assert.Equal(11.0, x);
        Assert.Equal(4, total.Size);
    }

    [Fact]
    public void NumSharpArithmetic()
    {
        // <snippet:numsharp-arithmetic>
        using NDArray<int> i = NDArray.Arange<int>(6);
        using (NDArray.Scope())
        {
            NDArray half = i / 2;            // true division: float64, as NumPy (NumSharp keeps int)
            NDArray<int> twice = i * 2;      // one dtype in, the same dtype out
            NDArray<bool> big = i > 3;       // comparisons are element-wise
            // </snippet>
            Assert.Equal(DType.Float64, half.DType);
            Assert.Equal(10, twice.At(5));
            Assert.True(big.At(4));
        }
    }

    [Fact]
    public void PythonNetCalls()
    {
        // <snippet:pythonnet-calls>
        Python.Initialize();                                  // finds a python3 that imports NumPy
        using (Python.Scope())                                // instead of many using statements
        {
            PyObject np = Python.Import("numpy");             // Py.Import("numpy")
            PyObject m = np.Invoke("ones", 5);                // np.InvokeMethod("ones", new PyInt(5))
            PyObject mean = m.Invoke("mean", [], Kw.Of("keepdims", true));   // keyword arguments
            dynamic dnp = np.AsDynamic();                     // pythonnet's dynamic, opt-in
            double norm = dnp.linalg.norm(dnp.ones(4));
            // </snippet>
            Assert.Equal("array([1.])", mean.Repr());
            Assert.Equal(2.0, norm);
        }
    }

    [Fact]
    public void PythonNetArrays()
    {
        // <snippet:pythonnet-arrays>
        using NDArray<double> a = NDArray.Arange<double>(1_000_000);
        using PyObject pa = NumPy.ToNumPy(a);                 // no copy in either direction
        using NDArray<double> back = NumPy.FromNumPy<double>(pa);
        // </snippet>
        Assert.Equal(999_999.0, back.At(999_999));
    }
}
