namespace ArrayBridge.Tests;

/// <summary>
/// The ufunc engine through <see cref="NDArray.Add"/>: broadcasting, output allocation order,
/// out/where/dtype/casting keywords, overlap, conversions and NumPy's messages.
/// </summary>
public class UfuncEngineTests
{
    private static NDArray<double> Range(params nint[] shape)
    {
        nint size = 1;
        foreach (nint n in shape)
        {
            size *= n;
        }

        using var flat = NDArray.Arange<double>(size);
        return (NDArray<double>)flat.Reshape(shape).Copy();
    }

    private static double[] Values(NDArray a) => a.AsType<double>(ArrayOrder.C).ToArray<double>();

    [Fact]
    public void Broadcasts_a_row_over_a_matrix()
    {
        using var a = Range(3, 4);
        using var b = Range(4);
        using NDArray r = NDArray.Add(a, b);
        Assert.Equal([3, 4], r.Shape.ToArray());
        Assert.Equal(Enumerable.Range(0, 12).Select(i => (double)(i + i % 4)), Values(r));
    }

    [Fact]
    public void Mismatched_shapes_give_numpys_message()
    {
        using var a = Range(2, 3);
        using var b = Range(3, 2);
        var e = Assert.Throws<ArgumentException>(() => NDArray.Add(a, b));
        Assert.Equal("operands could not be broadcast together with shapes (2,3) (3,2) ", e.Message);
    }

    [Fact]
    public void F_ordered_inputs_give_an_F_ordered_result_and_reversed_ones_positive_strides()
    {
        using var a = Range(3, 4);
        using NDArray f = a.Copy(ArrayOrder.F);
        using NDArray r = NDArray.Add(f, 1.0);
        Assert.True(r.IsFContiguous && !r.IsCContiguous);
        using NDArray rev = a["::-1, ::-1"];
        using NDArray r2 = NDArray.Add(rev, 1.0);
        Assert.Equal([32, 8], r2.Strides.ToArray());
        Assert.Equal(Enumerable.Range(0, 12).Select(i => 12.0 - i), Values(r2));
    }

    [Fact]
    public void Out_may_be_an_input_and_overlapping_out_gives_numpys_answer()
    {
        using var a = Range(6);
        NDArray.Add(a, a, @out: a);
        Assert.Equal([0.0, 2, 4, 6, 8, 10], Values(a));

        using var b = Range(6);
        using NDArray tail = b["1:"], head = b[":-1"];
        NDArray.Add(tail, head, @out: tail);
        Assert.Equal([0.0, 1, 3, 5, 7, 9], Values(b));
    }

    [Fact]
    public void Where_writes_only_selected_elements()
    {
        using var a = Range(4);
        using var o = NDArray.Full<double>([4], -1.0);
        using var mask = NDArray.FromArray(new[] { true, false, true, false });
        NDArray.Add(a, 10.0, @out: o, where: mask);
        Assert.Equal([10.0, -1, 12, -1], Values(o));
    }

    [Fact]
    public void Output_casting_is_checked_with_numpys_message()
    {
        using var a = Range(3);
        using var o = NDArray.Zeros<long>(3);
        var e = Assert.Throws<InvalidCastException>(() => NDArray.Add(a, a, @out: o));
        Assert.Equal("Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'", e.Message);
        NDArray.Add(a, a, @out: o, casting: Casting.Unsafe);
        Assert.Equal([0L, 2, 4], o.ToArray<long>());
    }

    [Fact]
    public void Weak_scalars_keep_the_array_dtype_and_overflow_like_numpy_2()
    {
        using var a = NDArray.FromArray(new sbyte[] { 1, 127 });
        using NDArray r = NDArray.Add(a, 1);
        Assert.Equal(DType.Int8, r.DType);
        Assert.Equal(new sbyte[] { 2, -128 }, r.ToArray<sbyte>());
        Assert.Throws<OverflowException>(() => NDArray.Add(a, 300));
    }

    [Fact]
    public void Mixed_and_byte_swapped_inputs_convert_through_buffers()
    {
        using var ints = NDArray.Arange<int>(10000);
        using var doubles = Range(10000);
        using NDArray big = doubles.AsType(DType.Float64.WithByteOrder(ByteOrder.Big));
        using NDArray r = NDArray.Add(ints, big);
        Assert.Equal(DType.Float64, r.DType);
        Assert.Equal(Enumerable.Range(0, 10000).Select(i => 2.0 * i), Values(r));
        using NDArray o = NDArray.Zeros(DType.Float64.WithByteOrder(ByteOrder.Big), [10000]);
        NDArray.Add(ints, ints, @out: o);
        Assert.Equal(Enumerable.Range(0, 10000).Select(i => 2.0 * i), Values(o));
    }

    [Fact]
    public void Large_operations_split_across_cores_give_the_same_values()
    {
        using var a = Range(1000, 700);
        using NDArray t = a.Transpose();
        using NDArray r = NDArray.Add(t, a.Transpose());
        Assert.Equal(Values(t).Select(v => 2 * v), Values(r));
        using var flat = Range(1 << 20);
        using NDArray r2 = NDArray.Add(flat, 0.5);
        Assert.Equal(Values(flat).Select(v => v + 0.5), Values(r2));
    }
}
