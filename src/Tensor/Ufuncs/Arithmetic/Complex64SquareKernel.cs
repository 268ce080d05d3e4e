namespace ArrayBridge;

/// <summary><c>np.square</c> for complex64: <c>(r·r − i·i) + (r·i + i·r)j</c> in single precision, vectorized by <see cref="InterleavedComplex"/>.</summary>
internal readonly struct Complex64SquareKernel : IUnaryKernel<Complex64, Complex64>
{
    public static Complex64 Apply(Complex64 x) => x * x;

    public static bool TryApply(ReadOnlySpan<Complex64> x, Span<Complex64> destination)
    {
        InterleavedComplex.Square(Complex64Spans.Parts(x), Complex64Spans.Parts(destination));
        return true;
    }
}
