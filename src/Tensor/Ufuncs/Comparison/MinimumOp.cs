using System.Numerics;
using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary>
/// <c>np.minimum</c>: NaN if either operand is NaN; ties between 0.0 and -0.0 as <see cref="MaximumOp{T}"/>.
/// </summary>
internal readonly struct MinimumOp<T> : ISelectOp<T>
    where T : unmanaged, INumber<T>
{
    public static T Apply(T x, T y)
    {
        if (typeof(T) == typeof(Half))
        {
            return x <= y || T.IsNaN(x) ? x : y;
        }

        return T.IsNaN(x) || x < y ? x : y;
    }

    public static Vector256<T> Apply(Vector256<T> x, Vector256<T> y)
    {
        if (typeof(T) == typeof(float) || typeof(T) == typeof(double))
        {
            return Vector256.ConditionalSelect(~Vector256.Equals(x, x) | Vector256.LessThan(x, y), x, y);
        }

        // Integers: equal operands are the same bits, so the plain lane-wise operation agrees.
        return Vector256.Min(x, y);
    }
}
