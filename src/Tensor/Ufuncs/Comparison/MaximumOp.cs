using System.Numerics;
using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary>
/// <c>np.maximum</c>: NaN if either operand is NaN. As NumPy's float32/float64 loops, equal operands
/// (0.0 and -0.0) give the second one; its float16 loop (<c>npy_half_ge</c>) gives the first. .NET's
/// <c>Math.Max</c>/<c>TensorPrimitives.Max</c> order -0.0 below 0.0 instead, so they are not used.
/// </summary>
internal readonly struct MaximumOp<T> : ISelectOp<T>
    where T : unmanaged, INumber<T>
{
    public static T Apply(T x, T y)
    {
        if (typeof(T) == typeof(Half))
        {
            return x >= y || T.IsNaN(x) ? x : y;
        }

        return T.IsNaN(x) || x > y ? x : y;
    }

    public static Vector256<T> Apply(Vector256<T> x, Vector256<T> y)
    {
        if (typeof(T) == typeof(float) || typeof(T) == typeof(double))
        {
            return Vector256.ConditionalSelect(~Vector256.Equals(x, x) | Vector256.GreaterThan(x, y), x, y);
        }

        // Integers: equal operands are the same bits, so the plain lane-wise operation agrees.
        return Vector256.Max(x, y);
    }
}
