using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.remainder</c> for float32 and float64 by <see cref="PythonDivision.Remainder{T}"/>
/// (the divisor's sign: <c>-7.5 % 2 = 0.5</c>, <c>-1 % inf = inf</c>). Scalar, as floor division.
/// </summary>
internal readonly struct FloatRemainderKernel<T> : IBinaryKernel<T, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Apply(T x, T y) => PythonDivision.Remainder(x, y);
}
