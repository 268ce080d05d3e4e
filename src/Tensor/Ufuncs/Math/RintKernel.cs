using System.Numerics;
using System.Numerics.Tensors;

namespace ArrayBridge;

/// <summary><c>np.rint</c> on floats: rounding to the nearest integer, ties to even (float16 through float32 and one rounding, by bits as NumPy's half loops, see <see cref="HalfOperands"/>). Exact, so contiguous runs take <see cref="TensorPrimitives"/>' vector form for float and double.</summary>
internal readonly struct RintKernel<T> : IUnaryKernel<T, T>
    where T : unmanaged, IFloatingPoint<T>
{
    public static T Apply(T x) =>
        typeof(T) == typeof(Half) ? HalfOperands.Narrow<T>(float.Round(HalfOperands.Widen(x))) : T.Round(x);

    public static bool TryApply(ReadOnlySpan<T> x, Span<T> destination)
    {
        // Half's vector form is not promised to round through float32 once; its scalar one is.
        if (typeof(T) == typeof(Half))
        {
            return false;
        }

        TensorPrimitives.Round(x, destination);
        return true;
    }
}
