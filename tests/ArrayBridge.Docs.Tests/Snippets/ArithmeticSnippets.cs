namespace ArrayBridge.Docs.Tests;

/// <summary>docs/arithmetic.md.</summary>
public class ArithmeticSnippets
{
    [Fact]
    public void Ufuncs()
    {
        // <snippet:ufuncs>
        using NDArray<double> m = NDArray.Arange<double>(12).Reshape(3, 4);
        using NDArray<double> row = NDArray.Arange<double>(4);
        using NDArray sum = NDArray.Add(m, row);                          // (3, 4) + (4,): broadcasting
        NDArray.Multiply(m, 2.0, @out: m);                                // out=: in place
        using NDArray<sbyte> small = NDArray.Zeros<sbyte>(3);
        using NDArray stillInt8 = NDArray.Add(small, 1);                  // NEP 50: a Python int is weak
        using NDArray ratio = NDArray.Divide(row, 3, dtype: DType.Float32); // dtype= picks the loop
        // </snippet>
        Assert.Equal(11.0 + 3.0, sum.ToArray<double>()[^1]);
        Assert.Equal(22.0, m.At(2, 3));
        Assert.Equal(DType.Int8, stillInt8.DType);
        Assert.Equal(DType.Float32, ratio.DType);
    }

    [Fact]
    public void Reductions()
    {
        // <snippet:reductions>
        using NDArray<double> m = NDArray.Arange<double>(12).Reshape(3, 4);
        using NDArray cols = m.Sum(0);                                  // np.sum(m, axis=0)
        using NDArray mu = NDArray.Mean(m, 1, keepdims: true);          // shape (3, 1)
        double total = m.Sum();                                         // an NDArray<double> sums to a double
        using NDArray med = NDArray.Median(m, axis: -1);
        // </snippet>
        Assert.Equal(new[] { 12.0, 15.0, 18.0, 21.0 }, cols.ToArray<double>());
        Assert.Equal("(3, 1)", mu.Shape.ToString());
        Assert.Equal(66.0, total);
        Assert.Equal(new[] { 1.5, 5.5, 9.5 }, med.ToArray<double>());
    }

    [Fact]
    public void Linalg()
    {
        // <snippet:linalg>
        using NDArray<double> a = NDArray.Arange<double>(6).Reshape(2, 3);
        using NDArray<double> b = NDArray.Arange<double>(6).Reshape(3, 2);
        using NDArray p = NDArray.MatMul(a, b);   // OpenBLAS when present, NumPy's matmul rules
        using NDArray d = NDArray.Dot(a["0"], a["1"]);
        // </snippet>
        Assert.Equal(new[] { 10.0, 13.0, 28.0, 40.0 }, p.ToArray<double>());
        Assert.Equal(14.0, d.ToArray<double>()[0]);
    }
}
