using System.Numerics;
using System.Numerics.Tensors;

namespace ArrayBridge;

/// <summary><c>np.bitwise_or</c> on integers; contiguous and broadcast runs through <see cref="TensorPrimitives.BitwiseOr{T}(ReadOnlySpan{T}, ReadOnlySpan{T}, Span{T})"/>.</summary>
internal readonly struct BitwiseOrKernel<T> : IBinaryKernel<T, T>
    where T : unmanaged, IBinaryInteger<T>
{
    public static T Apply(T x, T y) => x | y;

    public static bool TryApply(ReadOnlySpan<T> x, ReadOnlySpan<T> y, Span<T> destination)
    {
        TensorPrimitives.BitwiseOr(x, y, destination);
        return true;
    }

    public static bool TryApply(ReadOnlySpan<T> x, T y, Span<T> destination)
    {
        TensorPrimitives.BitwiseOr(x, y, destination);
        return true;
    }

    // The operation commutes bit for bit.
    public static bool TryApply(T x, ReadOnlySpan<T> y, Span<T> destination)
    {
        TensorPrimitives.BitwiseOr(y, x, destination);
        return true;
    }
}
