namespace ArrayBridge.Docs.Tests;

/// <summary>The examples in the packages' own READMEs (src/*/README.md), which nuget.org shows.</summary>
[Collection(DocsCollection.Name)]
public class PackageReadmeSnippets
{
    static PackageReadmeSnippets() => Python.Initialize();

    [Fact]
    public void Tensor()
    {
        // <snippet:tensor-readme>
        using NDArray<double> a = NDArray.Arange<double>(12).Reshape(3, 4);
        using (NDArray.Scope())
        {
            NDArray z = (a - a.Mean(axis: 0)) * 2;   // broadcasting; the scope disposes temporaries
            Console.WriteLine(z);
        }
        // </snippet>
        Assert.False(a.IsDisposed);
    }

    [Fact]
    public void Interop()
    {
        // <snippet:interop-readme>
        Python.Initialize();                          // finds a python3 that imports NumPy
        using PyObject np = Python.Import("numpy");
        using NDArray<double> a = NDArray.Arange<double>(6).Reshape(2, 3);
        using PyObject pa = NumPy.ToNumPy(a);         // no copy
        using PyObject total = np.Invoke("sum", pa);
        Console.WriteLine(total.As<double>());        // 15
        // </snippet>
        Assert.Equal(15.0, total.As<double>());
    }
}
