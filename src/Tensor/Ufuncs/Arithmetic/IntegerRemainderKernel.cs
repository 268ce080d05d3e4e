using System.Numerics;
using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// <c>np.remainder</c> for integers: the remainder with the divisor's sign (Python's <c>%</c>).
/// Remainder by zero gives 0 and flags divide-by-zero; <c>MinValue % -1</c> is 0 (where C and
/// .NET would trap).
/// </summary>
internal readonly struct IntegerRemainderKernel<T> : IBinaryKernel<T, T>
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
            if (y == T.AllBitsSet)
            {
                return T.Zero;
            }

            T r = x % y;
            return r != T.Zero && T.IsNegative(r) != T.IsNegative(y) ? r + y : r;
        }

        return x % y;
    }
}
