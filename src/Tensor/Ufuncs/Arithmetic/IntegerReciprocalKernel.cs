using System.Numerics;
using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// <c>np.reciprocal</c> for integers, as NumPy computes it: <c>1.0/x</c> in double converted back
/// by C's truncating conversion. So 1 and -1 are themselves and every other nonzero value 0; for 0
/// the division gives inf (flagging divide-by-zero) and the out-of-range conversion (flagging
/// invalid) gives what x86-64 gives: the 32- and 64-bit signed minimum, and 0 for the narrower and
/// unsigned types (which C converts through a wider integer).
/// </summary>
internal readonly struct IntegerReciprocalKernel<T> : IUnaryKernel<T, T>
    where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Apply(T x)
    {
        if (x == T.One)
        {
            return T.One;
        }

        if (x == T.Zero)
        {
            FloatingPointStatus.SetDivideByZero();
            FloatingPointStatus.SetInvalid();
            return T.IsNegative(T.MinValue) && Unsafe.SizeOf<T>() >= 4 ? T.MinValue : T.Zero;
        }

        return T.IsNegative(T.MinValue) && x == T.AllBitsSet ? x : T.Zero;
    }
}
