using System.Numerics;
using System.Numerics.Tensors;

namespace ArrayBridge;

/// <summary><c>np.subtract</c> for numbers: integers wrap, floats round once.</summary>
internal readonly struct SubtractKernel<T> : IBinaryKernel<T, T>
    where T : unmanaged, ISubtractionOperators<T, T, T>
{
    public static T Apply(T x, T y) => x - y;

    public static bool TryApply(ReadOnlySpan<T> x, ReadOnlySpan<T> y, Span<T> destination)
    {
        TensorPrimitives.Subtract(x, y, destination);
        return true;
    }

    public static bool TryApply(ReadOnlySpan<T> x, T y, Span<T> destination)
    {
        TensorPrimitives.Subtract(x, y, destination);
        return true;
    }

    public static bool TryApply(T x, ReadOnlySpan<T> y, Span<T> destination)
    {
        TensorPrimitives.Subtract(x, y, destination);
        return true;
    }
}
