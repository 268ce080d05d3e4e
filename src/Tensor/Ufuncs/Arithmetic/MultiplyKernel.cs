using System.Numerics;
using System.Numerics.Tensors;

namespace ArrayBridge;

/// <summary><c>np.multiply</c> for integers (wrapping) and floats (one rounding).</summary>
internal readonly struct MultiplyKernel<T> : IBinaryKernel<T, T>
    where T : unmanaged, IMultiplyOperators<T, T, T>, IMultiplicativeIdentity<T, T>
{
    public static T Apply(T x, T y) => x * y;

    public static bool TryApply(ReadOnlySpan<T> x, ReadOnlySpan<T> y, Span<T> destination)
    {
        TensorPrimitives.Multiply(x, y, destination);
        return true;
    }

    public static bool TryApply(ReadOnlySpan<T> x, T y, Span<T> destination)
    {
        TensorPrimitives.Multiply(x, y, destination);
        return true;
    }

    public static bool TryApply(T x, ReadOnlySpan<T> y, Span<T> destination)
    {
        // Products commute bit for bit (IEEE 754 and wrapping integers alike).
        TensorPrimitives.Multiply(y, x, destination);
        return true;
    }
}
