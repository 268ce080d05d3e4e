using System.Numerics;
using System.Numerics.Tensors;

namespace ArrayBridge;

/// <summary><c>np.isfinite</c> on floats: whether x is neither infinite nor NaN.</summary>
internal readonly struct IsFiniteKernel<T> : IUnaryKernel<T, bool>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static bool Apply(T x) => T.IsFinite(x);

    public static bool TryApply(ReadOnlySpan<T> x, Span<bool> destination)
    {
        TensorPrimitives.IsFinite(x, destination);
        return true;
    }
}
