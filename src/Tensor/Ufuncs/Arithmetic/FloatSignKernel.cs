using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary>
/// <c>np.sign</c> for float32 and float64: 1 or -1 by sign, +0.0 for either zero, and NaN itself
/// (NumPy's <c>in1 &gt; 0 ? 1 : (in1 &lt; 0 ? -1 : (in1 == 0 ? 0 : in1))</c>).
/// </summary>
internal readonly struct FloatSignKernel<T> : IUnaryKernel<T, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Apply(T x) => x > T.Zero ? T.One : x < T.Zero ? T.NegativeOne : x == T.Zero ? T.Zero : x;

    public static bool TryApply(ReadOnlySpan<T> x, Span<T> destination)
    {
        ref T src = ref MemoryMarshal.GetReference(x);
        ref T dst = ref MemoryMarshal.GetReference(destination);
        nuint n = (nuint)x.Length, i = 0;
        if (Vector256.IsHardwareAccelerated && Vector256<T>.IsSupported)
        {
            Vector256<T> one = Vector256.Create(T.One), minusOne = Vector256.Create(T.NegativeOne);
            for (; i + (nuint)Vector256<T>.Count <= n; i += (nuint)Vector256<T>.Count)
            {
                Vector256<T> v = Vector256.LoadUnsafe(ref src, i);
                Vector256<T> r = Vector256.ConditionalSelect(Vector256.Equals(v, Vector256<T>.Zero), Vector256<T>.Zero, v);
                r = Vector256.ConditionalSelect(Vector256.LessThan(v, Vector256<T>.Zero), minusOne, r);
                Vector256.ConditionalSelect(Vector256.GreaterThan(v, Vector256<T>.Zero), one, r).StoreUnsafe(ref dst, i);
            }
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref dst, i) = Apply(Unsafe.Add(ref src, i));
        }

        return true;
    }
}
