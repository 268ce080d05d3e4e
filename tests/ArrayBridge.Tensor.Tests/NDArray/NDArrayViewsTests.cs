namespace ArrayBridge.Tests;

public class NDArrayViewsTests
{
    [Fact]
    public void Basic_indexing_moves_the_pointer_and_scales_strides_like_numpy()
    {
        using var b = NDArray.Arange<long>(24).Reshape(2, 3, 4);
        using NDArray v = b[":, ::-1, 1:3"];
        Assert.Equal([2, 3, 2], v.Shape.ToArray());
        Assert.Equal([96, -32, 8], v.Strides.ToArray());
        Assert.Equal(72, v.DataPointer - b.DataPointer);
        using NDArray empty = b[":, 5:2"];
        Assert.Equal([2, 0, 4], empty.Shape.ToArray());
        Assert.Equal(b.DataPointer, empty.DataPointer);
    }

    [Fact]
    public void Typed_indices_and_csharp_ranges_equal_the_string_syntax()
    {
        using var b = NDArray.Arange<int>(60).Reshape(3, 4, 5);
        using NDArray<int> s = b["1:, ::-2, None, ..., -1"];
        using NDArray<int> t = b[1.., NDIndex.Slice(step: -2), NDIndex.NewAxis, NDIndex.Ellipsis, -1];
        Assert.Equal(s.Shape.ToArray(), t.Shape.ToArray());
        Assert.Equal(s.Strides.ToArray(), t.Strides.ToArray());
        Assert.Equal(s.DataPointer, t.DataPointer);
        Assert.Equal(s.ToArray<int>(), t.ToArray<int>());
        using NDArray<int> r = b[.., ^2.., 1..^1];
        Assert.Equal([3, 2, 3], r.Shape.ToArray());
        Assert.Equal(b.At(0, 2, 1), r.At(0, 0, 0));
    }

    [Fact]
    public void Bad_indices_throw_specific_exceptions_with_numpys_messages()
    {
        using var a = NDArray.Arange<int>(6).Reshape(2, 3);
        Assert.Contains("index 5 is out of bounds for axis 1 with size 3", Assert.Throws<ArgumentOutOfRangeException>(() => a["0, 5"]).Message);
        Assert.Contains("index -3 is out of bounds for axis 0 with size 2", Assert.Throws<ArgumentOutOfRangeException>(() => a["-3"]).Message);
        Assert.Contains("too many indices", Assert.Throws<ArgumentException>(() => a["0, 0, 0"]).Message);
        Assert.Contains("single ellipsis", Assert.Throws<ArgumentException>(() => a["..., ..."]).Message);
        Assert.Contains("step cannot be zero", Assert.Throws<ArgumentException>(() => a["::0"]).Message);
        Assert.Contains("'[1]'", Assert.Throws<FormatException>(() => a["[1]"]).Message);
    }

    [Fact]
    public void Transpose_permutes_shape_and_strides_and_rejects_bad_axes()
    {
        using var a = NDArray.Zeros<double>(2, 3, 4);
        using NDArray t = a.Transpose(1, -1, 0);
        Assert.Equal([3, 4, 2], t.Shape.ToArray());
        Assert.Equal([32, 8, 96], t.Strides.ToArray());
        Assert.Equal(a.DataPointer, t.DataPointer);
        Assert.Contains("axes don't match array", Assert.Throws<ArgumentException>(() => a.Transpose(0, 1)).Message);
        Assert.Contains("repeated axis in transpose", Assert.Throws<ArgumentException>(() => a.Transpose(0, 1, 1)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => a.Transpose(0, 1, 3));
    }

    public static TheoryData<nint[], nint[]> BroadcastSucceeds => new()
    {
        // numpy/lib/tests/test_stride_tricks.py::test_broadcast_to_succeeds
        { [], [0] }, { [], [1] }, { [], [3] }, { [1], [1] }, { [1], [2] }, { [1], [1, 2, 3] },
        { [3], [3] }, { [3], [1, 3] }, { [3], [2, 3] }, { [0], [0] }, { [1], [0] }, { [1, 2], [0, 2] }, { [2, 1], [2, 0] },
    };

    [Theory]
    [MemberData(nameof(BroadcastSucceeds))]
    public void BroadcastTo_succeeds_where_numpy_does(nint[] from, nint[] to)
    {
        using var a = NDArray.Zeros<double>(from);
        using NDArray b = a.BroadcastTo(to);
        Assert.Equal(to, b.Shape.ToArray());
        Assert.False(b.IsWriteable);
        for (int i = 0; i < to.Length; i++)
        {
            int j = i - (to.Length - from.Length);
            if (j < 0 || from[j] != to[i] || to[i] == 1)
            {
                Assert.Equal(0, b.Strides[i]);
            }
        }
    }

    public static TheoryData<nint[], nint[]> BroadcastRaises => new()
    {
        // numpy/lib/tests/test_stride_tricks.py::test_broadcast_to_raises
        { [0], [] }, { [1], [] }, { [3], [] }, { [3], [1] }, { [3], [2] }, { [3], [4] }, { [1, 2], [2, 1] }, { [1, 1], [1] },
        { [1], [-1] }, { [1, 2], [-1, 2] },
    };

    [Theory]
    [MemberData(nameof(BroadcastRaises))]
    public void BroadcastTo_raises_where_numpy_does(nint[] from, nint[] to)
    {
        using var a = NDArray.Zeros<double>(from);
        Assert.ThrowsAny<ArgumentException>(() => a.BroadcastTo(to));
    }

    [Fact]
    public void AsStrided_refuses_a_layout_outside_the_buffer()
    {
        using var a = NDArray.Zeros<int>(10);
        using NDArray ok = a.AsStrided([5, 2], [8, 4]);
        Assert.Equal(40, ok.NBytes);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => a.AsStrided([6, 2], [8, 4]));
        Assert.Contains("reaches bytes [0, 48)", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => a.AsStrided([2], [-4]));
        using NDArray back = a["9:"].AsStrided([10], [-4]);
        Assert.Equal(-4, back.Strides[0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => a.AsStrided([2], [nint.MaxValue]));
    }

    [Fact]
    public void Squeeze_and_ExpandDims_follow_numpy()
    {
        using var a = NDArray.Zeros<float>(1, 3, 1, 2);
        using NDArray s = a.Squeeze();
        Assert.Equal([3, 2], s.Shape.ToArray());
        using NDArray s2 = a.Squeeze(2);
        Assert.Equal([1, 3, 2], s2.Shape.ToArray());
        Assert.Throws<ArgumentException>(() => a.Squeeze(1));
        using NDArray e = s.ExpandDims(-1);
        Assert.Equal([3, 2, 1], e.Shape.ToArray());
    }

    [Fact]
    public void View_reinterprets_the_dtype_and_its_last_axis()
    {
        using var a = NDArray.Zeros<double>(2, 3);
        using NDArray b = a.View(DType.UInt8);
        Assert.Equal([2, 24], b.Shape.ToArray());
        using NDArray swapped = a.View(DType.Float64.WithByteOrder(ByteOrder.Big));
        Assert.False(swapped.DType.IsNativeByteOrder);
        using NDArray t = a.Transpose();
        Assert.Throws<ArgumentException>(() => t.View(DType.Float32));
        Assert.Throws<InvalidCastException>(() => b.As<double>());
        Assert.Throws<InvalidCastException>(() => swapped.As<double>());
    }
}
