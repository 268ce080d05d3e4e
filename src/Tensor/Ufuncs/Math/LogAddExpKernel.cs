using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.logaddexp</c>: ln(e^x1 + e^x2) as NumPy's <c>npy_logaddexp</c> computes it (see
/// <see cref="ScalarMath.LogAddExp(double, double)"/>); float16 through the float32 form.
/// </summary>
internal readonly struct LogAddExpKernel<T> : IBinaryKernel<T, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Apply(T x, T y)
    {
        if (typeof(T) == typeof(double))
        {
            return T.CreateTruncating(ScalarMath.LogAddExp(double.CreateTruncating(x), double.CreateTruncating(y)));
        }

        if (typeof(T) == typeof(Half))
        {
            return HalfOperands.Narrow<T>(ScalarMath.LogAddExp(HalfOperands.Widen(x), HalfOperands.Widen(y)));
        }

        return T.CreateTruncating(ScalarMath.LogAddExp(float.CreateTruncating(x), float.CreateTruncating(y)));
    }
}
