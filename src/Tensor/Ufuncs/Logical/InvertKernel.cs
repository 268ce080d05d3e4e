using System.Numerics;
using System.Numerics.Tensors;

namespace ArrayBridge;

/// <summary><c>np.invert</c> on integers (~x); contiguous runs through <see cref="TensorPrimitives.OnesComplement{T}(ReadOnlySpan{T}, Span{T})"/>.</summary>
internal readonly struct InvertKernel<T> : IUnaryKernel<T, T>
    where T : unmanaged, IBinaryInteger<T>
{
    public static T Apply(T x) => ~x;

    public static bool TryApply(ReadOnlySpan<T> x, Span<T> destination)
    {
        TensorPrimitives.OnesComplement(x, destination);
        return true;
    }
}
