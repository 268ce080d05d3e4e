using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.hypot</c>: sqrt(x² + y²) without intermediate overflow, infinity winning over NaN as in C's
/// hypot; correctly rounded but for rare cases (<see cref="ScalarMath.Hypot(double, double)"/>), as
/// the C library's is. float16 through the float32 form, as NumPy's half loop.
/// </summary>
internal readonly struct HypotKernel<T> : IBinaryKernel<T, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Apply(T x, T y)
    {
        if (typeof(T) == typeof(double))
        {
            return T.CreateTruncating(ScalarMath.Hypot(double.CreateTruncating(x), double.CreateTruncating(y)));
        }

        if (typeof(T) == typeof(Half))
        {
            return HalfOperands.Narrow<T>(ScalarMath.Hypot(HalfOperands.Widen(x), HalfOperands.Widen(y)));
        }

        return T.CreateTruncating(ScalarMath.Hypot(float.CreateTruncating(x), float.CreateTruncating(y)));
    }
}
