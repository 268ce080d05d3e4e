using System.Numerics;
using System.Numerics.Tensors;

namespace ArrayBridge;

/// <summary><c>np.reciprocal</c> for floats: the IEEE quotient <c>1/x</c> (not an estimate); float16 through <see cref="HalfThroughSingleUnaryKernel{TSingle}"/>.</summary>
internal readonly struct FloatReciprocalKernel<T> : IUnaryKernel<T, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Apply(T x) => T.One / x;

    public static bool TryApply(ReadOnlySpan<T> x, Span<T> destination)
    {
        TensorPrimitives.Divide(T.One, x, destination);
        return true;
    }
}
