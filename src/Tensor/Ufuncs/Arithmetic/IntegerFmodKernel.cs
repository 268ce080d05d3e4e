using System.Numerics;
using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// <c>np.fmod</c> for integers: C's truncated remainder, with the dividend's sign. By zero gives 0
/// and flags divide-by-zero; <c>MinValue fmod -1</c> is 0 (where C and .NET would trap).
/// </summary>
internal readonly struct IntegerFmodKernel<T> : IBinaryKernel<T, T>
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

        if (T.IsNegative(T.MinValue) && y == T.AllBitsSet)
        {
            return T.Zero;
        }

        return x % y;
    }
}
