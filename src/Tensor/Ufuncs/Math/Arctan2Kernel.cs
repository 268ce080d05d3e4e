using System.Numerics;

namespace ArrayBridge;

/// <summary><c>np.arctan2</c>: the quadrant-aware angle of (y = x1, x = x2), through the C library's atan2 (float16 through float32).</summary>
internal readonly struct Arctan2Kernel<T> : IBinaryKernel<T, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Apply(T x, T y) =>
        typeof(T) == typeof(Half) ? HalfOperands.Narrow<T>(MathF.Atan2(HalfOperands.Widen(x), HalfOperands.Widen(y))) : T.Atan2(x, y);
}
