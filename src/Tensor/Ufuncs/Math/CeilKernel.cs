using System.Numerics;
using System.Numerics.Tensors;

namespace ArrayBridge;

/// <summary><c>np.ceil</c> on floats: rounding toward plus infinity (float16 through float32 and one rounding, by bits as NumPy's half loops, see <see cref="HalfOperands"/>). Exact, so contiguous runs take <see cref="TensorPrimitives"/>' vector form for float and double.</summary>
internal readonly struct CeilKernel<T> : IUnaryKernel<T, T>
    where T : unmanaged, IFloatingPoint<T>
{
    public static T Apply(T x) =>
        typeof(T) == typeof(Half) ? HalfOperands.Narrow<T>(float.Ceiling(HalfOperands.Widen(x))) : T.Ceiling(x);

    public static bool TryApply(ReadOnlySpan<T> x, Span<T> destination)
    {
        // Half's vector form is not promised to round through float32 once; its scalar one is.
        if (typeof(T) == typeof(Half))
        {
            return false;
        }

        TensorPrimitives.Ceiling(x, destination);
        return true;
    }
}
