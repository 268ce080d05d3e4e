using System.Numerics;
using System.Numerics.Tensors;

namespace ArrayBridge;

/// <summary><c>np.add</c> for numbers: integers wrap, floats round once (float16 through float32, as .NET's <see cref="Half"/> does).</summary>
internal readonly struct AddKernel<T> : IBinaryKernel<T, T>
    where T : unmanaged, IAdditionOperators<T, T, T>, IAdditiveIdentity<T, T>
{
    public static T Apply(T x, T y) => x + y;

    public static bool TryApply(ReadOnlySpan<T> x, ReadOnlySpan<T> y, Span<T> destination)
    {
        TensorPrimitives.Add(x, y, destination);
        return true;
    }

    public static bool TryApply(ReadOnlySpan<T> x, T y, Span<T> destination)
    {
        TensorPrimitives.Add(x, y, destination);
        return true;
    }

    public static bool TryApply(T x, ReadOnlySpan<T> y, Span<T> destination)
    {
        // Addition commutes bit for bit (IEEE 754 and wrapping integers alike).
        TensorPrimitives.Add(y, x, destination);
        return true;
    }
}
