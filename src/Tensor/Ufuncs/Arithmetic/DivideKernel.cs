using System.Numerics;
using System.Numerics.Tensors;

namespace ArrayBridge;

/// <summary><c>np.true_divide</c> for floats: IEEE division (x/0 is ±inf, 0/0 NaN) (float16 runs through <see cref="HalfThroughSingleKernel{TSingle}"/>).</summary>
internal readonly struct DivideKernel<T> : IBinaryKernel<T, T>
    where T : unmanaged, IDivisionOperators<T, T, T>
{
    public static T Apply(T x, T y) => x / y;

    public static bool TryApply(ReadOnlySpan<T> x, ReadOnlySpan<T> y, Span<T> destination)
    {
        TensorPrimitives.Divide(x, y, destination);
        return true;
    }

    public static bool TryApply(ReadOnlySpan<T> x, T y, Span<T> destination)
    {
        TensorPrimitives.Divide(x, y, destination);
        return true;
    }

    public static bool TryApply(T x, ReadOnlySpan<T> y, Span<T> destination)
    {
        TensorPrimitives.Divide(x, y, destination);
        return true;
    }
}
