using System.Numerics;
using System.Numerics.Tensors;

namespace ArrayBridge;

/// <summary><c>np.isnan</c> on floats: whether x is a NaN of either sign.</summary>
internal readonly struct IsNaNKernel<T> : IUnaryKernel<T, bool>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static bool Apply(T x) => T.IsNaN(x);

    public static bool TryApply(ReadOnlySpan<T> x, Span<bool> destination)
    {
        TensorPrimitives.IsNaN(x, destination);
        return true;
    }
}
