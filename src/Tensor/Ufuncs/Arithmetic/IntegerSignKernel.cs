using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary><c>np.sign</c> for integers: -1, 0 or 1 (unsigned: 0 or 1).</summary>
internal readonly struct IntegerSignKernel<T> : IUnaryKernel<T, T>
    where T : unmanaged, IBinaryInteger<T>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Apply(T x) => x == T.Zero ? T.Zero : T.IsNegative(x) ? T.AllBitsSet : T.One;

    public static bool TryApply(ReadOnlySpan<T> x, Span<T> destination)
    {
        ref T src = ref MemoryMarshal.GetReference(x);
        ref T dst = ref MemoryMarshal.GetReference(destination);
        nuint n = (nuint)x.Length, i = 0;
        if (Vector256.IsHardwareAccelerated && Vector256<T>.IsSupported)
        {
            // AllBitsSet is -1 for signed types; an unsigned value is never below zero.
            for (; i + (nuint)Vector256<T>.Count <= n; i += (nuint)Vector256<T>.Count)
            {
                Vector256<T> v = Vector256.LoadUnsafe(ref src, i);
                Vector256<T> positive = Vector256.ConditionalSelect(Vector256.Equals(v, Vector256<T>.Zero), Vector256<T>.Zero, Vector256<T>.One);
                Vector256.ConditionalSelect(Vector256.LessThan(v, Vector256<T>.Zero), Vector256<T>.AllBitsSet, positive).StoreUnsafe(ref dst, i);
            }
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref dst, i) = Apply(Unsafe.Add(ref src, i));
        }

        return true;
    }
}
