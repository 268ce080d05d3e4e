namespace ArrayBridge;

/// <summary><c>np.absolute</c> for complex64, giving float32, by <see cref="ComplexMath.Abs{T}"/> in single precision.</summary>
internal readonly struct Complex64AbsoluteKernel : IUnaryKernel<Complex64, float>
{
    public static float Apply(Complex64 x) => ComplexMath.Abs(x.Real, x.Imaginary);

    public static bool TryApply(ReadOnlySpan<Complex64> x, Span<float> destination)
    {
        InterleavedComplex.Abs(Complex64Spans.Parts(x), destination);
        return true;
    }
}
