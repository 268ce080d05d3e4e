using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.floor_divide</c> for float32 and float64 by <see cref="PythonDivision.FloorDivide{T}"/>.
/// Scalar: the fmod at its heart has no vector form that gives its exact bits cheaply.
/// </summary>
internal readonly struct FloatFloorDivideKernel<T> : IBinaryKernel<T, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Apply(T x, T y) => PythonDivision.FloorDivide(x, y);
}
