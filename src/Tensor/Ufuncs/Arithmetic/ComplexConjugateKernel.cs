using System.Numerics;

namespace ArrayBridge;

/// <summary><c>np.conjugate</c> for complex128: the imaginary part's sign flipped, vectorized by <see cref="InterleavedComplex"/>.</summary>
internal readonly struct ComplexConjugateKernel : IUnaryKernel<Complex, Complex>
{
    public static Complex Apply(Complex x) => new(x.Real, -x.Imaginary);

    public static bool TryApply(ReadOnlySpan<Complex> x, Span<Complex> destination)
    {
        InterleavedComplex.Conjugate(ComplexSpans.Parts(x), ComplexSpans.Parts(destination));
        return true;
    }
}
