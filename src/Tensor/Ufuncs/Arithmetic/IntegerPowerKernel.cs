using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.power</c> for integers: exponentiation by squaring in the type's wrapping arithmetic;
/// <c>x**0 = 1</c> (also <c>0**0</c>) and <c>1**y = 1</c>. A negative exponent is refused with
/// NumPy's message (its ValueError) for any base.
/// </summary>
internal readonly struct IntegerPowerKernel<T> : IBinaryKernel<T, T>
    where T : unmanaged, IBinaryInteger<T>
{
    public static T Apply(T x, T y)
    {
        if (T.IsNegative(y))
        {
            ThrowHelper.ThrowArgument("Integers to negative integer powers are not allowed.");
        }

        if (y == T.Zero || x == T.One)
        {
            return T.One;
        }

        T result = T.IsOddInteger(y) ? x : T.One;
        y >>>= 1;
        while (y != T.Zero)
        {
            x *= x;
            if (T.IsOddInteger(y))
            {
                result *= x;
            }

            y >>>= 1;
        }

        return result;
    }
}
