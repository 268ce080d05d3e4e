using System.Numerics;

namespace ArrayBridge;

/// <summary><c>np.square</c> for complex128: <c>(r·r − i·i) + (r·i + i·r)j</c>, vectorized by <see cref="InterleavedComplex"/>.</summary>
internal readonly struct ComplexSquareKernel : IUnaryKernel<Complex, Complex>
{
    public static Complex Apply(Complex x) => ComplexMultiplyKernel.Apply(x, x);

    public static bool TryApply(ReadOnlySpan<Complex> x, Span<Complex> destination)
    {
        InterleavedComplex.Square(ComplexSpans.Parts(x), ComplexSpans.Parts(destination));
        return true;
    }
}
