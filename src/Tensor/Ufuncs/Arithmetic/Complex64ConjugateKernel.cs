namespace ArrayBridge;

/// <summary><c>np.conjugate</c> for complex64: the imaginary part's sign flipped, vectorized by <see cref="InterleavedComplex"/>.</summary>
internal readonly struct Complex64ConjugateKernel : IUnaryKernel<Complex64, Complex64>
{
    public static Complex64 Apply(Complex64 x) => new(x.Real, -x.Imaginary);

    public static bool TryApply(ReadOnlySpan<Complex64> x, Span<Complex64> destination)
    {
        InterleavedComplex.Conjugate(Complex64Spans.Parts(x), Complex64Spans.Parts(destination));
        return true;
    }
}
