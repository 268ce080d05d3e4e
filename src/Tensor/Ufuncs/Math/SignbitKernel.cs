using System.Numerics;
using System.Numerics.Tensors;

namespace ArrayBridge;

/// <summary><c>np.signbit</c> on floats: whether the sign bit is set (true for -0.0 and for a NaN with the sign bit, as C's signbit).</summary>
internal readonly struct SignbitKernel<T> : IUnaryKernel<T, bool>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static bool Apply(T x) => T.IsNegative(x);

    public static bool TryApply(ReadOnlySpan<T> x, Span<bool> destination)
    {
        TensorPrimitives.IsNegative(x, destination);
        return true;
    }
}
