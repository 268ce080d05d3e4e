using System.Numerics.Tensors;
using CommunityToolkit.HighPerformance;

namespace ArrayBridge.Tests;

public class NDArraySpansTests
{
    [Fact]
    public void AsSpan_covers_contiguous_arrays_in_memory_order()
    {
        using var a = NDArray.Arange<int>(6).Reshape(2, 3);
        Span<int> s = a.AsSpan<int>();
        s[4] = 40;
        Assert.Equal(40, a.At(1, 1));
        using NDArray<int> f = a.Copy(ArrayOrder.F);
        Assert.Equal(new[] { 0, 3, 1, 40, 2, 5 }, f.AsReadOnlySpan<int>().ToArray());
        using NDArray<int> t = a.Transpose();
        Assert.Equal(6, t.AsSpan<int>().Length); // F-contiguous view
        using NDArray<int> stepped = a[":, ::2"];
        Assert.Throws<InvalidOperationException>(() => stepped.AsSpan<int>());
        Assert.Throws<InvalidCastException>(() => a.AsSpan<long>());
    }

    [Fact]
    public void TensorSpan_sees_strided_and_broadcast_layouts()
    {
        using var a = NDArray.Arange<double>(12).Reshape(3, 4);
        using NDArray<double> v = a["::2, 1:"];
        TensorSpan<double> t = v.AsTensorSpan<double>();
        Assert.Equal(v.Shape.ToArray(), t.Lengths.ToArray());
        Assert.Equal(9, t[[1, 0]]);
        t[[1, 2]] = -1;
        Assert.Equal(-1, a.At(2, 3));
        using NDArray<double> b = a["0"].BroadcastTo(5, 4);
        ReadOnlyTensorSpan<double> rb = b.AsReadOnlyTensorSpan<double>();
        Assert.Equal(3, rb[[4, 3]]);
        using NDArray<double> reversed = a["::-1"];
        Assert.Throws<InvalidOperationException>(() => reversed.AsTensorSpan<double>());
    }

    [Fact]
    public void Span2D_needs_unit_inner_stride()
    {
        using var a = NDArray.Arange<float>(20).Reshape(4, 5);
        using NDArray<float> v = a["1:, 1:4"];
        Span2D<float> s = v.AsSpan2D<float>();
        Assert.Equal(3, s.Height);
        Assert.Equal(3, s.Width);
        Assert.Equal(a.At(2, 3), s[1, 2]);
        s[0, 0] = 100;
        Assert.Equal(100, a.At(1, 1));
        using NDArray<float> t = a.Transpose();
        Assert.Throws<InvalidOperationException>(() => t.AsSpan2D<float>());
        Assert.Throws<InvalidCastException>(() => a.AsSpan2D<double>());
    }

    [Fact]
    public void ToArray_reads_any_layout_in_c_order()
    {
        using var a = NDArray.Arange<short>(24).Reshape(2, 3, 4);
        using NDArray<short> v = a.Transpose(2, 0, 1)["::-1"];
        short[] values = v.ToArray<short>();
        Assert.Equal(24, values.Length);
        Assert.Equal(v.At(0, 0, 0), values[0]);
        Assert.Equal(v.At(3, 1, 2), values[^1]);
    }
}
