using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.multiply</c> for complex128, rounding per path as NumPy does on AVX-512 hosts: runs where
/// every operand is contiguous take <c>(ar·br − ai·bi) + (ar·bi + ai·br)j</c> with each product
/// rounded (NumPy's vector loop, here <see cref="InterleavedComplex"/>); strided and stride-0 runs of
/// a one-dimensional iteration take NumPy's scalar loop, fused by its compiler
/// (<see cref="ComplexMath.MultiplyFused"/>). In a multi-dimensional iteration NumPy's buffering
/// hands its loop contiguous copies, so those runs round as the contiguous loop
/// (<see cref="UfuncRunShape.Multidimensional"/>).
/// </summary>
internal readonly struct ComplexMultiplyKernel : IBinaryKernel<Complex, Complex>
{
    public static Complex Apply(Complex x, Complex y)
    {
        (double re, double im) = UfuncRunShape.Multidimensional
            ? ComplexMath.Multiply(x.Real, x.Imaginary, y.Real, y.Imaginary)
            : ComplexMath.MultiplyFused(x.Real, x.Imaginary, y.Real, y.Imaginary);
        return new Complex(re, im);
    }

    public static bool TryApply(ReadOnlySpan<Complex> x, ReadOnlySpan<Complex> y, Span<Complex> destination)
    {
        InterleavedComplex.Multiply(ComplexSpans.Parts(x), ComplexSpans.Parts(y), ComplexSpans.Parts(destination));
        return true;
    }

    public static bool TryApply(ReadOnlySpan<Complex> x, Complex y, Span<Complex> destination)
    {
        if (!UfuncRunShape.Multidimensional)
        {
            return false;
        }

        InterleavedComplex.Multiply(ComplexSpans.Parts(x), y.Real, y.Imaginary, ComplexSpans.Parts(destination));
        return true;
    }

    public static bool TryApply(Complex x, ReadOnlySpan<Complex> y, Span<Complex> destination)
    {
        if (!UfuncRunShape.Multidimensional)
        {
            return false;
        }

        InterleavedComplex.Multiply(ComplexSpans.Parts(y), x.Real, x.Imaginary, ComplexSpans.Parts(destination));
        return true;
    }
}
