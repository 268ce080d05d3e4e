using System.Numerics.Tensors;

namespace ArrayBridge;

/// <summary><c>np.negative</c> for complex64: both parts' signs flipped.</summary>
internal readonly struct Complex64NegateKernel : IUnaryKernel<Complex64, Complex64>
{
    public static Complex64 Apply(Complex64 x) => -x;

    public static bool TryApply(ReadOnlySpan<Complex64> x, Span<Complex64> destination)
    {
        TensorPrimitives.Negate(Complex64Spans.Parts(x), Complex64Spans.Parts(destination));
        return true;
    }
}
