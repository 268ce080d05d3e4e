using System.Numerics;
using System.Numerics.Tensors;

namespace ArrayBridge;

/// <summary><c>np.negative</c> for complex128: both parts' signs flipped, vectorized over the interleaved parts.</summary>
internal readonly struct ComplexNegateKernel : IUnaryKernel<Complex, Complex>
{
    public static Complex Apply(Complex x) => new(-x.Real, -x.Imaginary);

    public static bool TryApply(ReadOnlySpan<Complex> x, Span<Complex> destination)
    {
        TensorPrimitives.Negate(ComplexSpans.Parts(x), ComplexSpans.Parts(destination));
        return true;
    }
}
