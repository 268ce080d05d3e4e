namespace ArrayBridge.Tests;

/// <summary>Reshape cases from NumPy's own test suite (test_multiarray.py, test_regression.py).</summary>
public class NDArrayReshapeTests
{
    [Fact]
    public void Reshape_gives_trailing_ones_the_strides_numpy_gives_them()
    {
        // gh-2949
        using var z = NDArray.Zeros<int>(12);
        using NDArray a = z["::2"];
        using NDArray c = a.Reshape(3, 2, 1, 1);
        Assert.Equal([16, 8, 8, 8], c.Strides.ToArray());
        using NDArray f = a.Reshape([3, 2, 1, 1], ArrayOrder.F);
        Assert.Equal([8, 24, 48, 48], f.Strides.ToArray());
        Assert.Equal(z.DataPointer, c.DataPointer);
        using var s = NDArray.Zeros<int>();
        using NDArray s11 = s.Reshape(1, 1);
        Assert.Equal([4, 4], s11.Strides.ToArray());
    }

    [Fact]
    public void Reshape_of_zero_strides_keeps_them()
    {
        // Issue #380
        using var one = NDArray.Full<double>([1], 1.0);
        using NDArray a = one.AsStrided([5], [0]);
        using NDArray r = a.Reshape(5, 1);
        Assert.Equal(0, r.Strides[0]);
        Assert.Equal(one.DataPointer, r.DataPointer);
    }

    [Fact]
    public void Reshape_of_zero_size_arrays_resolves_the_unknown_length()
    {
        // Issue #2700
        using var a = NDArray.Full<double>([0, 2], 1.0);
        using NDArray r = a.Reshape(-1, 2);
        Assert.Equal([0, 2], r.Shape.ToArray());
        using NDArray q = a.Reshape(2, 0, 5);
        Assert.Equal([2, 0, 5], q.Shape.ToArray());
        Assert.Throws<ArgumentException>(() => a.Reshape(-1, 0));
    }

    [Fact]
    public void Reshape_in_fortran_order_reads_columns_first()
    {
        using var a = NDArray.Arange<long>(6).Reshape([2, 3], ArrayOrder.F);
        Assert.Equal(new long[] { 0, 2, 4, 1, 3, 5 }, a.ToArray<long>());
        using var m = NDArray.FromArray(new long[,] { { 1, 2 }, { 3, 4 }, { 5, 6 }, { 7, 8 } });
        using NDArray b = m[":, 1"];
        using NDArray r = b.Reshape([2, 2], ArrayOrder.F);
        Assert.Equal(new long[] { 2, 6, 4, 8 }, r.ToArray<long>());
    }

    [Fact]
    public void Reshape_of_transposed_view_copies_like_numpy()
    {
        using var a = NDArray.Arange<double>(12).Reshape(3, 4);
        using NDArray t = a.Transpose();
        using NDArray flat = t.Reshape(-1);
        Assert.NotEqual(a.DataPointer, flat.DataPointer);
        Assert.False(ReferenceEquals(flat.Memory, a.Memory));
        Assert.Equal(new double[] { 0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11 }, flat.ToArray<double>());
        using NDArray fview = t.Reshape([12], ArrayOrder.F);
        Assert.Same(a.Memory, fview.Memory);
    }

    [Fact]
    public void Bad_reshapes_name_the_problem()
    {
        using var a = NDArray.Arange<int>(12);
        Assert.Contains("cannot reshape array of size 12 into shape (5,)", Assert.Throws<ArgumentException>(() => a.Reshape(5)).Message);
        Assert.Contains("only specify one unknown dimension", Assert.Throws<ArgumentException>(() => a.Reshape(-1, -1)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => a.Reshape(-2, -6));
        Assert.Contains("order 'K'", Assert.Throws<ArgumentException>(() => a.Reshape([3, 4], ArrayOrder.K)).Message);
    }

    [Fact]
    public void Ravel_returns_a_view_only_when_numpy_does()
    {
        using var a = NDArray.Arange<int>(10);
        using NDArray stepped = a["::2"];
        using NDArray r1 = stepped.Ravel();
        Assert.NotSame(a.Memory, r1.Memory);
        using var m = NDArray.Zeros<int>(3, 4);
        using NDArray t = m.Transpose();
        using NDArray k = t.Ravel(ArrayOrder.K);
        Assert.Same(m.Memory, k.Memory);
        using NDArray rev = NDArray.Arange<int>(4)["::-1"];
        using NDArray kf = rev.Flatten(ArrayOrder.K);
        Assert.Equal(new[] { 3, 2, 1, 0 }, kf.ToArray<int>());
    }
}
