using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.power</c> for floats: the C library's <c>pow</c>/<c>powf</c> (which .NET's <c>Pow</c>
/// calls; float16 through <see cref="HalfThroughSingleKernel{TSingle}"/>). Scalar. NumPy builds
/// running on AVX-512 (Skylake-X and later) take float32/float64 <c>pow</c> from Intel's SVML
/// instead, which can differ in the last bit.
/// </summary>
internal readonly struct FloatPowerKernel<T> : IBinaryKernel<T, T>
    where T : unmanaged, IPowerFunctions<T>
{
    public static T Apply(T x, T y) => T.Pow(x, y);
}
