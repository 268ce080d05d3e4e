namespace ArrayBridge.Tests;

/// <summary><c>NDArray.ToString(precision)</c> against <c>np.array_repr(arr, precision=...)</c> as NumPy 1.24 prints it.</summary>
public class NDArrayPrecisionFormatTests
{
    [Theory]
    [InlineData(0, "array([ 1.e-01,  2.e+00, -2.e+00,  1.e-07])")]
    [InlineData(3, "array([ 1.235e-01,  1.500e+00, -2.000e+00,  1.000e-07])")]
    [InlineData(6, "array([ 1.234568e-01,  1.500000e+00, -2.000000e+00,  1.000000e-07])")]
    [InlineData(17, "array([ 1.2345678901234568e-01,  1.5000000000000000e+00,\n       -2.0000000000000000e+00,  9.9999999999999995e-08])")]
    public void Floats_print_as_numpy_at_each_precision(int precision, string expected)
    {
        using NDArray<double> a = NDArray.FromArray([0.123456789012345678, 1.5, -2.0, 1e-7]);
        Assert.Equal(expected, a.ToString(precision));
    }

    [Fact]
    public void Integers_ignore_the_precision_and_bad_arguments_are_refused()
    {
        using NDArray<int> a = NDArray.FromArray([1, 2]);
        Assert.Equal("array([1, 2], dtype=int32)", a.ToString(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => a.ToString(-1));
        using NDArray<double> big = NDArray.FromArray([1e-300, 5e-324, 1.0 / 3]);
        Assert.StartsWith("array([", big.ToString(400), StringComparison.Ordinal);   // any precision prints, none reads past its buffers
        var disposed = NDArray.FromArray([1.0]);
        disposed.Dispose();
        Assert.Throws<ObjectDisposedException>(() => disposed.ToString(3));
    }
}
