using System.Numerics;
using System.Numerics.Tensors;

namespace ArrayBridge;

/// <summary><c>np.absolute</c> for float32 and float64: the sign bit cleared (<c>abs(-0.0) = 0.0</c>, NaN stays NaN).</summary>
internal readonly struct FloatAbsoluteKernel<T> : IUnaryKernel<T, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Apply(T x) => T.Abs(x);

    public static bool TryApply(ReadOnlySpan<T> x, Span<T> destination)
    {
        TensorPrimitives.Abs(x, destination);
        return true;
    }
}
