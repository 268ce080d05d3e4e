namespace ArrayBridge.Tests;

public class NDArrayIndexingTests
{
    [Fact]
    public unsafe void GetPointer_computes_numpys_getptr_through_strides()
    {
        using var a = NDArray.Arange<int>(24).Reshape(2, 3, 4);
        using NDArray v = a["::-1, 1:, ::2"];
        Assert.Equal(a.DataPointer + 12 * 4 + 1 * 16, (nint)v.GetPointer(0, 0, 0));
        Assert.Equal(1 * 16 + 2 * 4, (nint)a.GetPointer(0, 1, 2) - a.DataPointer);
        Assert.Equal(20, *(int*)v.GetPointer(0, 1, 0)); // v[0, 1, 0] is a[1, 2, 0]
        using NDArray r = a.Reshape(2, 3, 2, 2);
        Assert.Equal(23, *(int*)r.GetPointer(1, 2, 1, 1));
        Assert.Equal(23, *(int*)r.GetPointer([1, 2, 1, 1]));
        using NDArray s = a["1, 2, 3"];
        Assert.Equal(23, *(int*)s.GetPointer());
    }

    [Fact]
    public void Typed_indexer_reads_and_writes_through_any_strides()
    {
        using var a = NDArray.Arange<double>(12).Reshape(3, 4);
        using NDArray<double> t = a.Transpose()["::-1"];
        Assert.Equal(11, t.At(0, 2));
        t[0, 2] = -11;
        Assert.Equal(-11, a.At(2, 3));
        using NDArray<double> bcast = a["0"].BroadcastTo(5, 4);
        Assert.Equal(3, bcast.At(4, 3));
    }

    [Fact]
    public void Out_of_range_and_wrong_rank_indices_throw()
    {
        using var a = NDArray.Zeros<float>(2, 3);
        Assert.Contains("index 3 is out of bounds for axis 1 with size 3", Assert.Throws<ArgumentOutOfRangeException>(() => a[0, 3]).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => a[-1, 0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => a.At(2, 0));
        Assert.Throws<ArgumentException>(() => a[0]);
        Assert.Throws<ArgumentException>(() => a[0, 0, 0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => a[[0, 9]]);
        Assert.Throws<ArgumentException>(() => a.At([0, 0, 0, 0]));
    }

    [Fact]
    public void Writes_through_a_read_only_array_throw_and_reads_still_work()
    {
        using var a = NDArray.Arange<int>(6).Reshape(2, 3);
        using NDArray<int> b = a.BroadcastTo(4, 2, 3);
        var e = Assert.Throws<InvalidOperationException>(() => b[0, 0, 0] = 1);
        Assert.Contains("read-only", e.Message);
        Assert.Equal(5, b.At(3, 1, 2));
        Assert.Throws<InvalidOperationException>(() => b.AsSpan<int>());
        Assert.Throws<InvalidOperationException>(() => a.CopyTo(b));
        using var target = NDArray.Zeros<int>(4, 2, 3);
        b.CopyTo(target); // reading a read-only array is fine
        Assert.Equal(5, target.At(3, 1, 2));
    }
}
