using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.log1p</c> on floats: ln(1 + x), accurate near zero (<see cref="ScalarMath.Log1p"/>; float32
/// and float16 through the double form and one rounding).
/// </summary>
internal readonly struct Log1pKernel<T> : IUnaryKernel<T, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Apply(T x) =>
        typeof(T) == typeof(Half)
            ? HalfOperands.Narrow<T>((float)ScalarMath.Log1p(HalfOperands.Widen(x)))
            : T.CreateTruncating(ScalarMath.Log1p(double.CreateTruncating(x)));
}
