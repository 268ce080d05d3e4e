using System.Numerics;
using System.Numerics.Tensors;

namespace ArrayBridge;

/// <summary><c>np.square</c> for integers (wrapping) and floats: <c>x·x</c>.</summary>
internal readonly struct SquareKernel<T> : IUnaryKernel<T, T>
    where T : unmanaged, IMultiplyOperators<T, T, T>, IMultiplicativeIdentity<T, T>
{
    public static T Apply(T x) => x * x;

    public static bool TryApply(ReadOnlySpan<T> x, Span<T> destination)
    {
        TensorPrimitives.Multiply(x, x, destination);
        return true;
    }
}
