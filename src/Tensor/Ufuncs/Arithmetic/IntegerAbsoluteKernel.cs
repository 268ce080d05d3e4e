using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary>
/// <c>np.absolute</c> for signed integers: <c>abs(MinValue)</c> wraps to MinValue without a flag,
/// as in NumPy (TensorPrimitives.Abs throws there instead, hence this kernel).
/// </summary>
internal readonly struct IntegerAbsoluteKernel<T> : IUnaryKernel<T, T>
    where T : unmanaged, IBinaryInteger<T>, ISignedNumber<T>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Apply(T x) => T.IsNegative(x) ? T.Zero - x : x;

    public static bool TryApply(ReadOnlySpan<T> x, Span<T> destination)
    {
        ref T src = ref MemoryMarshal.GetReference(x);
        ref T dst = ref MemoryMarshal.GetReference(destination);
        nuint n = (nuint)x.Length, i = 0;
        if (Vector512.IsHardwareAccelerated && Vector512<T>.IsSupported)
        {
            for (; i + (nuint)Vector512<T>.Count <= n; i += (nuint)Vector512<T>.Count)
            {
                Vector512<T> v = Vector512.LoadUnsafe(ref src, i);
                Vector512.ConditionalSelect(Vector512.LessThan(v, Vector512<T>.Zero), Vector512<T>.Zero - v, v).StoreUnsafe(ref dst, i);
            }
        }
        else if (Vector256.IsHardwareAccelerated && Vector256<T>.IsSupported)
        {
            for (; i + (nuint)Vector256<T>.Count <= n; i += (nuint)Vector256<T>.Count)
            {
                Vector256<T> v = Vector256.LoadUnsafe(ref src, i);
                Vector256.ConditionalSelect(Vector256.LessThan(v, Vector256<T>.Zero), Vector256<T>.Zero - v, v).StoreUnsafe(ref dst, i);
            }
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref dst, i) = Apply(Unsafe.Add(ref src, i));
        }

        return true;
    }
}
