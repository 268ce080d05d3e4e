using System.Numerics.Tensors;

namespace ArrayBridge;

/// <summary><c>np.subtract</c> for complex64: each part in single precision.</summary>
internal readonly struct Complex64SubtractKernel : IBinaryKernel<Complex64, Complex64>
{
    public static Complex64 Apply(Complex64 x, Complex64 y) => x - y;

    public static bool TryApply(ReadOnlySpan<Complex64> x, ReadOnlySpan<Complex64> y, Span<Complex64> destination)
    {
        // Part-wise subtraction is float subtraction over the interleaved parts.
        TensorPrimitives.Subtract(Complex64Spans.Parts(x), Complex64Spans.Parts(y), Complex64Spans.Parts(destination));
        return true;
    }

    public static bool TryApply(ReadOnlySpan<Complex64> x, Complex64 y, Span<Complex64> destination)
    {
        InterleavedComplex.Subtract(Complex64Spans.Parts(x), y.Real, y.Imaginary, Complex64Spans.Parts(destination), reversed: false);
        return true;
    }

    public static bool TryApply(Complex64 x, ReadOnlySpan<Complex64> y, Span<Complex64> destination)
    {
        InterleavedComplex.Subtract(Complex64Spans.Parts(y), x.Real, x.Imaginary, Complex64Spans.Parts(destination), reversed: true);
        return true;
    }
}
