using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.expm1</c> on floats: e^x - 1, accurate near zero (<see cref="ScalarMath.Expm1"/>; float32
/// and float16 through the double form and one rounding, which is closer than single precision).
/// </summary>
internal readonly struct Expm1Kernel<T> : IUnaryKernel<T, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Apply(T x) =>
        typeof(T) == typeof(Half)
            ? HalfOperands.Narrow<T>((float)ScalarMath.Expm1(HalfOperands.Widen(x)))
            : T.CreateTruncating(ScalarMath.Expm1(double.CreateTruncating(x)));
}
