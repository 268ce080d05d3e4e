using System.Numerics;

namespace ArrayBridge;

/// <summary><c>np.multiply</c> for complex128: <c>(ar·br − ai·bi) + (ar·bi + ai·br)j</c>, vectorized by <see cref="InterleavedComplex"/>.</summary>
internal readonly struct ComplexMultiplyKernel : IBinaryKernel<Complex, Complex>
{
    public static Complex Apply(Complex x, Complex y)
    {
        (double re, double im) = ComplexMath.Multiply(x.Real, x.Imaginary, y.Real, y.Imaginary);
        return new Complex(re, im);
    }

    public static bool TryApply(ReadOnlySpan<Complex> x, ReadOnlySpan<Complex> y, Span<Complex> destination)
    {
        InterleavedComplex.Multiply(ComplexSpans.Parts(x), ComplexSpans.Parts(y), ComplexSpans.Parts(destination));
        return true;
    }

    public static bool TryApply(ReadOnlySpan<Complex> x, Complex y, Span<Complex> destination)
    {
        InterleavedComplex.Multiply(ComplexSpans.Parts(x), y.Real, y.Imaginary, ComplexSpans.Parts(destination));
        return true;
    }

    public static bool TryApply(Complex x, ReadOnlySpan<Complex> y, Span<Complex> destination)
    {
        InterleavedComplex.Multiply(ComplexSpans.Parts(y), x.Real, x.Imaginary, ComplexSpans.Parts(destination));
        return true;
    }
}
