namespace ArrayBridge;

/// <summary><c>np.multiply</c> for complex64, in single precision with NumPy's rounding (see <see cref="Complex64.op_Multiply"/>), vectorized by <see cref="InterleavedComplex"/>.</summary>
internal readonly struct Complex64MultiplyKernel : IBinaryKernel<Complex64, Complex64>
{
    public static Complex64 Apply(Complex64 x, Complex64 y) => x * y;

    public static bool TryApply(ReadOnlySpan<Complex64> x, ReadOnlySpan<Complex64> y, Span<Complex64> destination)
    {
        InterleavedComplex.Multiply(Complex64Spans.Parts(x), Complex64Spans.Parts(y), Complex64Spans.Parts(destination));
        return true;
    }

    public static bool TryApply(ReadOnlySpan<Complex64> x, Complex64 y, Span<Complex64> destination)
    {
        InterleavedComplex.Multiply(Complex64Spans.Parts(x), y.Real, y.Imaginary, Complex64Spans.Parts(destination));
        return true;
    }

    public static bool TryApply(Complex64 x, ReadOnlySpan<Complex64> y, Span<Complex64> destination)
    {
        InterleavedComplex.Multiply(Complex64Spans.Parts(y), x.Real, x.Imaginary, Complex64Spans.Parts(destination));
        return true;
    }
}
