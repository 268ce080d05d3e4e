using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary>
/// <c>np.floor_divide</c> for integers: the quotient rounded toward negative infinity. Division by
/// zero gives 0 and flags divide-by-zero; <c>MinValue // -1</c> gives MinValue and flags overflow
/// (NumPy's <c>floor_div_@TYPE@</c>). int32 runs are vectorized by <see cref="Int32FloorDivision"/>;
/// the other widths are scalar (x86 has no vector integer division).
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

    public static bool TryApply(ReadOnlySpan<T> x, ReadOnlySpan<T> y, Span<T> destination)
    {
        if (typeof(T) != typeof(int) || !Vector256.IsHardwareAccelerated)
        {
            return false;
        }

        Int32FloorDivision.FloorDivide(MemoryMarshal.Cast<T, int>(x), MemoryMarshal.Cast<T, int>(y), MemoryMarshal.Cast<T, int>(destination));
        return true;
    }

    public static bool TryApply(ReadOnlySpan<T> x, T y, Span<T> destination)
    {
        // Divisors 0 and -1 are the flagged cases: the scalar loop keeps them simple.
        if (typeof(T) != typeof(int) || !Vector256.IsHardwareAccelerated || y == T.Zero || y == T.AllBitsSet)
        {
            return false;
        }

        Int32FloorDivision.FloorDivide(MemoryMarshal.Cast<T, int>(x), Unsafe.BitCast<T, int>(y), MemoryMarshal.Cast<T, int>(destination));
        return true;
    }

    public static bool TryApply(T x, ReadOnlySpan<T> y, Span<T> destination)
    {
        if (typeof(T) != typeof(int) || !Vector256.IsHardwareAccelerated)
        {
            return false;
        }

        Int32FloorDivision.FloorDivide(Unsafe.BitCast<T, int>(x), MemoryMarshal.Cast<T, int>(y), MemoryMarshal.Cast<T, int>(destination));
        return true;
    }
}
