using System.Numerics;
using System.Numerics.Tensors;

namespace ArrayBridge;

/// <summary>
/// <c>np.rad2deg</c>: radians to degrees as NumPy's <c>npy_rad2deg</c> does it, x times 180/π where that constant is
/// itself computed in the type (float32's 180f/π_f is a ULP off the rounded 180/π, and NumPy uses it);
/// float16 through float32, as NumPy's half loop.
/// </summary>
internal readonly struct Rad2DegKernel<T> : IUnaryKernel<T, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Apply(T x)
    {
        if (typeof(T) == typeof(Half))
        {
            return HalfOperands.Narrow<T>(HalfOperands.Widen(x) * (180f / MathF.PI));
        }

        return x * (T.CreateTruncating(180) / T.Pi);
    }

    public static bool TryApply(ReadOnlySpan<T> x, Span<T> destination)
    {
        if (typeof(T) == typeof(Half))
        {
            return false;
        }

        // One multiplication per element: the vector product is the scalar one bit for bit.
        TensorPrimitives.Multiply(x, T.CreateTruncating(180) / T.Pi, destination);
        return true;
    }
}
