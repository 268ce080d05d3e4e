namespace ArrayBridge.Tests;

/// <summary>
/// <see cref="NDArray.ToArray{T}(ArrayOrder)"/> reads in the order asked for whatever the layout,
/// while <see cref="NDArray.AsSpan{T}"/> is memory order; the typed members need no type argument.
/// </summary>
public class ToArrayOrderTests
{
    public static TheoryData<string> Layouts => new(LayoutCases.Keys);

    private static readonly Dictionary<string, Func<NDArray<int>>> LayoutCases = new()
    {
        ["0-d"] = () => NDArray.Full<int>([], 7),
        ["1-d"] = () => NDArray.Arange<int>(5),
        ["C 2-d"] = () => NDArray.Arange<int>(12).Reshape(3, 4),
        ["F 2-d (transpose)"] = () => NDArray.Arange<int>(12).Reshape(3, 4).Transpose(),
        ["F copy"] = () => NDArray.Arange<int>(24).Reshape(2, 3, 4).Copy(ArrayOrder.F),
        ["F astype (order K)"] = () => NDArray.Arange<long>(24).Reshape(2, 3, 4).Transpose().AsType<int>(),
        ["axes permuted"] = () => NDArray.Arange<int>(24).Reshape(2, 3, 4).Transpose(1, 0, 2),
        ["negative strides"] = () => NDArray.Arange<int>(24).Reshape(4, 6)["::-1, ::2"],
        ["broadcast"] = () => NDArray.Arange<int>(3).BroadcastTo(2, 3),
        ["empty"] = () => NDArray.Zeros<int>(0, 3),
    };

    /// <summary>The elements by logical index, last axis fastest (C) or first axis fastest (F).</summary>
    private static int[] ReadByIndex(NDArray<int> a, bool fortran)
    {
        var result = new List<int>();
        var index = new nint[a.NDim];
        if (a.Size == 0)
        {
            return [];
        }

        while (true)
        {
            result.Add(a.At(index));
            int axis = fortran ? 0 : a.NDim - 1;
            while (true)
            {
                if (axis < 0 || axis >= a.NDim)
                {
                    return [.. result];
                }

                if (++index[axis] < a.Shape[axis])
                {
                    break;
                }

                index[axis] = 0;
                axis += fortran ? 1 : -1;
            }
        }
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void ToArray_reads_in_the_order_asked_for_on_every_layout(string layout)
    {
        using NDArray<int> a = LayoutCases[layout]();
        int[] c = ReadByIndex(a, fortran: false), f = ReadByIndex(a, fortran: true);
        Assert.Equal(c, a.ToArray());
        Assert.Equal(c, a.ToArray(ArrayOrder.C));
        Assert.Equal(c, ((NDArray)a).ToArray<int>());
        Assert.Equal(f, a.ToArray(ArrayOrder.F));
        Assert.Equal(a.IsFContiguous && !a.IsCContiguous ? f : c, a.ToArray(ArrayOrder.A));

        // K is memory order, NumPy's flatten('K'); for a contiguous array that is the span's order.
        using NDArray<int> flatK = a.Flatten(ArrayOrder.K);
        Assert.Equal(flatK.ToArray(), a.ToArray(ArrayOrder.K));
        if (a.IsContiguous)
        {
            Assert.Equal(a.AsReadOnlySpan().ToArray(), a.ToArray(ArrayOrder.K));
        }
    }

    [Fact]
    public void An_F_contiguous_span_is_column_major_and_ToArray_is_row_major()
    {
        using NDArray<int> a = NDArray.Arange<int>(6).Reshape(2, 3);
        using NDArray<int> f = a.Transpose().AsType<int>();
        Assert.True(f.IsFContiguous && !f.IsCContiguous);
        Assert.Equal(new[] { 0, 1, 2, 3, 4, 5 }, f.AsReadOnlySpan().ToArray());
        Assert.Equal(new[] { 0, 3, 1, 4, 2, 5 }, f.ToArray());
        using NDArray<int> c = a.Transpose().AsType<int>(ArrayOrder.C);
        Assert.Equal(f.ToArray(), c.AsReadOnlySpan().ToArray());
    }

    [Fact]
    public void The_typed_members_match_the_generic_ones()
    {
        using NDArray<double> a = NDArray.Arange<double>(6).Reshape(2, 3);
        Assert.Equal(a.ToArray<double>(), a.ToArray());
        Assert.True(a.AsSpan() == a.AsSpan<double>());
        Assert.True(a.AsReadOnlySpan() == a.AsReadOnlySpan<double>());
        Assert.Equal(a.AsTensorSpan<double>().Strides.ToArray(), a.AsTensorSpan().Strides.ToArray());
        Assert.Equal(a.AsReadOnlyTensorSpan<double>().Lengths.ToArray(), a.AsReadOnlyTensorSpan().Lengths.ToArray());
        Assert.Equal(a.AsSpan2D<double>().Width, a.AsSpan2D().Width);
        Assert.Equal(a.AsReadOnlySpan2D<double>().Height, a.AsReadOnlySpan2D().Height);
        a.AsSpan()[4] = 40;
        Assert.Equal(40, a.At(1, 1));
    }
}
