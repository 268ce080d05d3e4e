namespace ArrayBridge.Tests;

/// <summary>The transposing copy paths (cache-blocked tiles, AVX 8x8 for 8-byte types, non-temporal stores).</summary>
public class StridedCopyTests
{
    [Theory]
    [InlineData(33, 40)]
    [InlineData(64, 64)]
    [InlineData(1025, 37)]
    [InlineData(37, 1025)]
    [InlineData(1200, 1300)] // over the non-temporal threshold
    public void Transposed_copies_of_8_byte_elements_put_every_element_in_place(int rows, int cols)
    {
        using var a = NDArray.Arange<long>((long)rows * cols);
        using NDArray<long> m = a.Reshape(rows, cols);
        using NDArray<long> t = m.Transpose();
        using NDArray<long> c = t.Copy();
        Assert.True(c.IsCContiguous);
        ReadOnlySpan<long> values = c.AsReadOnlySpan<long>();
        for (int i = 0; i < cols; i++)
        {
            for (int j = 0; j < rows; j++)
            {
                if (values[i * rows + j] != (long)j * cols + i)
                {
                    Assert.Fail($"element ({i}, {j}) is {values[i * rows + j]}, expected {(long)j * cols + i}");
                }
            }
        }
    }

    [Fact]
    public void Transposed_copies_of_other_item_sizes_and_outer_axes_are_exact()
    {
        foreach (DType dtype in new[] { DType.Float32, DType.Complex64, DType.Complex128, DType.Int16, DType.Float64.WithByteOrder(ByteOrder.Big) })
        {
            using var index = NDArray.Arange<long>(3 * 35 * 41);
            using NDArray cast = index.AsType(dtype);
            using NDArray shaped = cast.Reshape(3, 35, 41);
            using NDArray t = shaped.Transpose(0, 2, 1);
            using NDArray c = t.Copy();
            using NDArray back = c.AsType(DType.Int64);
            long[] v = back.ToArray<long>();
            for (int k = 0; k < 3; k++)
            {
                for (int i = 0; i < 41; i++)
                {
                    for (int j = 0; j < 35; j++)
                    {
                        Assert.Equal((long)k * 35 * 41 + j * 41 + i, v[(k * 41 + i) * 35 + j]);
                    }
                }
            }
        }
    }
}
