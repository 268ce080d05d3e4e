using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.power</c> for floats: the C library's <c>pow</c>/<c>powf</c> (which .NET's <c>Pow</c>
/// calls); float16 through float32 rounded once. Scalar.
/// </summary>
internal readonly struct FloatPowerKernel<T> : IBinaryKernel<T, T>
    where T : unmanaged, IPowerFunctions<T>
{
    public static T Apply(T x, T y) => T.Pow(x, y);
}
