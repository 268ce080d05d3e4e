using System.Numerics;

namespace ArrayBridge;

/// <summary><c>np.square</c> for complex128: <c>(r·r − i·i) + (r·i + i·r)j</c>, vectorized by <see cref="InterleavedComplex"/>.</summary>
internal readonly struct ComplexSquareKernel : IUnaryKernel<Complex, Complex>
{
    // NumPy's square rounds each product on every path (unlike its strided multiply).
    public static Complex Apply(Complex x)
    {
        (double re, double im) = ComplexMath.Multiply(x.Real, x.Imaginary, x.Real, x.Imaginary);
        return new Complex(re, im);
    }

    public static bool TryApply(ReadOnlySpan<Complex> x, Span<Complex> destination)
    {
        InterleavedComplex.Square(ComplexSpans.Parts(x), ComplexSpans.Parts(destination));
        return true;
    }
}
