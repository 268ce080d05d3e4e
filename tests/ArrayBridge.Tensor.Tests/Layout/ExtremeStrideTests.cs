namespace ArrayBridge.Tests;

/// <summary>
/// A length-1 axis may carry any stride, <see cref="nint.MinValue"/> included (NumPy ignores it):
/// every operation that orders axes by stride magnitude must take such layouts without overflow.
/// </summary>
public class ExtremeStrideTests
{
    public static TheoryData<long> Strides => new() { long.MinValue, long.MinValue + 1, long.MaxValue, -8, 0 };

    private static double[] Values(NDArray a) => ArrayValues.Of(a).Select(c => c.Real).ToArray();

    [Theory]
    [MemberData(nameof(Strides))]
    public void Layouts_with_an_extreme_stride_on_a_length_one_axis_copy_and_reshape(long stride)
    {
        using NDArray<double> baseArray = NDArray.Arange<double>(12);
        // Shape (2, 1, 3), neither C- nor F-contiguous: element [i, 0, j] is base[i + 3j]. The middle
        // axis has one element, so its stride is never multiplied by anything.
        using NDArray<double> v = baseArray.AsStrided([2, 1, 3], [8, (nint)stride, 24]);
        double[] expected = [0, 3, 6, 1, 4, 7];
        double[] memoryOrder = [0, 1, 3, 4, 6, 7];

        foreach (ArrayOrder order in new[] { ArrayOrder.C, ArrayOrder.F, ArrayOrder.A, ArrayOrder.K })
        {
            using NDArray copy = v.Copy(order);
            Assert.Equal(expected, Values(copy));
            using NDArray raveled = v.Ravel(order);
            Assert.Equal(order is ArrayOrder.F or ArrayOrder.K ? memoryOrder : expected, Values(raveled));
        }

        using NDArray<double> reshaped = v.Reshape(3, 2);
        Assert.Equal(expected, Values(reshaped));
        using NDArray cast = v.AsType(DType.Float32);
        Assert.Equal(expected, Values(cast));
        using NDArray<double> target = NDArray.Zeros<double>(2, 1, 3);
        v.CopyTo(target);
        Assert.Equal(expected, Values(target));
        using NDArray<double> swapped = NDArray.Zeros<double>(3, 1, 2).Transpose();
        v.CopyTo(swapped);
        Assert.Equal(expected, Values(swapped));
    }
}
