using System.Numerics;
using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// <c>np.floor_divide</c> for integers: the quotient rounded toward negative infinity. Division by
/// zero gives 0 and flags divide-by-zero; <c>MinValue // -1</c> gives MinValue and flags overflow
/// (NumPy's <c>floor_div_@TYPE@</c>). Scalar: x86 has no vector integer division.
/// </summary>
internal readonly struct IntegerFloorDivideKernel<T> : IBinaryKernel<T, T>
    where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Apply(T x, T y)
    {
        if (y == T.Zero)
        {
            FloatingPointStatus.SetDivideByZero();
            return T.Zero;
        }

        if (T.IsNegative(T.MinValue))
        {
            if (x == T.MinValue && y == T.AllBitsSet)
            {
                FloatingPointStatus.SetOverflow();
                return T.MinValue;
            }

            T q = x / y;
            // Truncation rounded toward zero; step down when the signs differ and it was inexact.
            if (T.IsNegative(x) != T.IsNegative(y) && q * y != x)
            {
                q--;
            }

            return q;
        }

        return x / y;
    }
}
