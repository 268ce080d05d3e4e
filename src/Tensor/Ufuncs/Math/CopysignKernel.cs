using System.Numerics;
using System.Numerics.Tensors;

namespace ArrayBridge;

/// <summary><c>np.copysign</c>: the magnitude of x1 with the sign bit of x2 (a NaN's sign bit included), bitwise.</summary>
internal readonly struct CopysignKernel<T> : IBinaryKernel<T, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Apply(T x, T y) => T.CopySign(x, y);

    public static bool TryApply(ReadOnlySpan<T> x, ReadOnlySpan<T> y, Span<T> destination)
    {
        if (typeof(T) == typeof(Half))
        {
            return false;
        }

        TensorPrimitives.CopySign(x, y, destination);
        return true;
    }

    public static bool TryApply(ReadOnlySpan<T> x, T y, Span<T> destination)
    {
        if (typeof(T) == typeof(Half))
        {
            return false;
        }

        TensorPrimitives.CopySign(x, y, destination);
        return true;
    }
}
