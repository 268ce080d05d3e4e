using System.Numerics;
using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// NumPy's float floor division and remainder (<c>npy_divmod</c>, <c>npy_floor_divide</c>,
/// <c>npy_remainder</c> in npy_math_internal.h.src, after CPython's float divmod): the C fmod,
/// moved to the divisor's sign, and the quotient <c>(a − mod)/b</c> snapped to an integer.
/// </summary>
internal static class PythonDivision
{
    /// <summary><c>a // b</c>: a zero divisor gives <c>a/b</c> (±inf, or NaN flagged invalid).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T FloorDivide<T>(T a, T b)
        where T : IFloatingPointIeee754<T>
    {
        if (b == T.Zero)
        {
            // NumPy raises the flag itself: NaN/0 sets no hardware flag.
            if (a == T.Zero || T.IsNaN(a))
            {
                FloatingPointStatus.SetInvalid();
            }
            else
            {
                FloatingPointStatus.SetDivideByZero();
            }

            return a / b;
        }

        return DivMod(a, b, out T _);
    }

    /// <summary>
    /// <c>a % b</c> with the divisor's sign: a zero divisor gives fmod's NaN. Only the remainder's
    /// half of <see cref="DivMod{T}"/>: NumPy's compiler drops the unused quotient, so the quotient's
    /// overflow or underflow is never flagged.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Remainder<T>(T a, T b)
        where T : IFloatingPointIeee754<T>
    {
        T mod = a % b;
        if (b == T.Zero)
        {
            return mod;
        }

        if (mod != T.Zero)
        {
            if ((b < T.Zero) != (mod < T.Zero))
            {
                mod += b;
            }
        }
        else
        {
            mod = T.CopySign(T.Zero, b);
        }

        return mod;
    }

    /// <summary>The quotient and remainder for a nonzero (or NaN) divisor, step for step as NumPy.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T DivMod<T>(T a, T b, out T modulus)
        where T : IFloatingPointIeee754<T>
    {
        // .NET's % on floats is C's fmod, exact and with the dividend's sign.
        T mod = a % b;
        T div = (a - mod) / b;
        if (mod != T.Zero)
        {
            if ((b < T.Zero) != (mod < T.Zero))
            {
                mod += b;
                div -= T.One;
            }
        }
        else
        {
            mod = T.CopySign(T.Zero, b);
        }

        T floordiv;
        if (div != T.Zero)
        {
            floordiv = T.Floor(div);
            if (div - floordiv > T.CreateTruncating(0.5))
            {
                floordiv += T.One;
            }
        }
        else
        {
            floordiv = T.CopySign(T.Zero, a / b);
        }

        modulus = mod;
        return floordiv;
    }
}
