using System.Numerics;
using System.Numerics.Tensors;

namespace ArrayBridge;

/// <summary><c>np.subtract</c> for complex128: each part in double precision, vectorized over the interleaved parts.</summary>
internal readonly struct ComplexSubtractKernel : IBinaryKernel<Complex, Complex>
{
    public static Complex Apply(Complex x, Complex y) => new(x.Real - y.Real, x.Imaginary - y.Imaginary);

    public static bool TryApply(ReadOnlySpan<Complex> x, ReadOnlySpan<Complex> y, Span<Complex> destination)
    {
        TensorPrimitives.Subtract(ComplexSpans.Parts(x), ComplexSpans.Parts(y), ComplexSpans.Parts(destination));
        return true;
    }

    public static bool TryApply(ReadOnlySpan<Complex> x, Complex y, Span<Complex> destination)
    {
        InterleavedComplex.Subtract(ComplexSpans.Parts(x), y.Real, y.Imaginary, ComplexSpans.Parts(destination), reversed: false);
        return true;
    }

    public static bool TryApply(Complex x, ReadOnlySpan<Complex> y, Span<Complex> destination)
    {
        InterleavedComplex.Subtract(ComplexSpans.Parts(y), x.Real, x.Imaginary, ComplexSpans.Parts(destination), reversed: true);
        return true;
    }
}
