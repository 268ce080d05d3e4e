using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.fmod</c> for floats: C's <c>fmod</c> (exact, with the dividend's sign), which .NET's
/// <c>%</c> is (float16 through <see cref="HalfThroughSingleKernel{TSingle}"/>). Scalar.
/// </summary>
internal readonly struct FloatFmodKernel<T> : IBinaryKernel<T, T>
    where T : unmanaged, IModulusOperators<T, T, T>
{
    public static T Apply(T x, T y) => x % y;
}
