namespace ArrayBridge.Docs.Tests;

/// <summary>docs/ndarray.md.</summary>
public class NDArraySnippets
{
    [Fact]
    public void Create()
    {
        // <snippet:create>
        using NDArray<double> a = NDArray.Arange<double>(12).Reshape(3, 4);   // np.arange(12.).reshape(3, 4)
        using NDArray<float> z = NDArray.Zeros<float>(2, 3);
        using NDArray<int> w = NDArray.Wrap(new[] { 1, 2, 3, 4, 5, 6 }, [2, 3]); // shares the .NET array
        using NDArray big = a.AsType(DType.Parse(">f4"));                       // a cast, big-endian float32
        // </snippet>
        Assert.Equal("(3, 4)", a.Shape.ToString());
        Assert.Equal(0f, z.At(1, 2));
        Assert.Equal(6, w.At(1, 2));
        Assert.Equal(">f4", big.DType.TypeStr);
    }

    [Fact]
    public void Views()
    {
        using NDArray<double> a = NDArray.Arange<double>(12).Reshape(3, 4);
        // <snippet:views>
        using NDArray<double> v = a["::-1, 1::2"];            // NumPy's basic indexing: a view
        using NDArray<double> t = a.Transpose();              // F-contiguous view
        using NDArray<double> row = a["0"].BroadcastTo(5, 4); // zero strides, read-only
        v[0, 1] = -1;                                         // writes through: a[2, 3] is now -1
        // </snippet>
        Assert.Equal(-1, a.At(2, 3));
        Assert.Equal(-1, t.At(3, 2));
        Assert.Equal(new nint[] { 0, 8 }, row.Strides.ToArray());
        Assert.False(row.Flags.HasFlag(ArrayFlags.Writeable));
    }

    [Fact]
    public void Scope()
    {
        using NDArray<double> a = NDArray.Arange<double>(6).Reshape(2, 3);
        // <snippet:scope>
        NDArray result;
        using (NDArrayScope scope = NDArray.Scope())
        {
            NDArray centered = a - a.Mean(axis: 0);   // temporaries: the scope disposes them
            result = scope.MoveToOuter(centered * 2); // except what is moved out
        }
        // </snippet>
        using (result)
        {
            Assert.Equal(new[] { -3.0, -3.0, -3.0, 3.0, 3.0, 3.0 }, result.ToArray<double>());
        }
    }
}
