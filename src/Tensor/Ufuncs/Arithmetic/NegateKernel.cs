using System.Numerics;
using System.Numerics.Tensors;

namespace ArrayBridge;

/// <summary>
/// <c>np.negative</c>: integers wrap (<c>-MinValue</c> is MinValue, unsigned <c>-x</c> is
/// <c>2ⁿ − x</c>), float32/float64 flip the sign bit (so <c>-0.0</c> and NaN's sign too).
/// </summary>
internal readonly struct NegateKernel<T> : IUnaryKernel<T, T>
    where T : unmanaged, IUnaryNegationOperators<T, T>
{
    public static T Apply(T x) => -x;

    public static bool TryApply(ReadOnlySpan<T> x, Span<T> destination)
    {
        TensorPrimitives.Negate(x, destination);
        return true;
    }
}
