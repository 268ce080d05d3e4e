using System.Numerics;
using System.Numerics.Tensors;

namespace ArrayBridge;

/// <summary><c>np.isinf</c> on floats: whether x is +inf or -inf.</summary>
internal readonly struct IsInfKernel<T> : IUnaryKernel<T, bool>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static bool Apply(T x) => T.IsInfinity(x);

    public static bool TryApply(ReadOnlySpan<T> x, Span<bool> destination)
    {
        TensorPrimitives.IsInfinity(x, destination);
        return true;
    }
}
