using System.Numerics;
using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary>
/// <c>np.fmin</c>: a NaN operand is ignored (NaN only when both are); ties as <see cref="MaximumOp{T}"/>.
/// </summary>
internal readonly struct FminOp<T> : ISelectOp<T>
    where T : unmanaged, INumber<T>
{
    public static T Apply(T x, T y)
    {
        if (typeof(T) == typeof(Half))
        {
            return x <= y || T.IsNaN(y) ? x : y;
        }

        return T.IsNaN(y) || x < y ? x : y;
    }

    public static Vector256<T> Apply(Vector256<T> x, Vector256<T> y)
    {
        if (typeof(T) == typeof(float) || typeof(T) == typeof(double))
        {
            return Vector256.ConditionalSelect(~Vector256.Equals(y, y) | Vector256.LessThan(x, y), x, y);
        }

        // Integers: equal operands are the same bits, so the plain lane-wise operation agrees.
        return Vector256.Min(x, y);
    }
}
