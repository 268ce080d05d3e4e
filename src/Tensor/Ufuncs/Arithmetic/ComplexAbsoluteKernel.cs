using System.Numerics;

namespace ArrayBridge;

/// <summary><c>np.absolute</c> for complex128, giving float64, by <see cref="ComplexMath.Abs{T}"/>.</summary>
internal readonly struct ComplexAbsoluteKernel : IUnaryKernel<Complex, double>
{
    public static double Apply(Complex x) => ComplexMath.Abs(x.Real, x.Imaginary);

    public static bool TryApply(ReadOnlySpan<Complex> x, Span<double> destination)
    {
        InterleavedComplex.Abs(ComplexSpans.Parts(x), destination);
        return true;
    }
}
