using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary>
/// <c>np.clip</c> on real numbers, NumPy's <c>_NPY_MIN(_NPY_MAX(x, min), max)</c> (clip.cpp): a NaN
/// in any operand gives NaN; min &gt; max gives max everywhere. For float32/float64 the inner max is
/// <c>isnan(a) ? a : (a &gt; b ? a : b)</c> (ties keep the bound), for float16 <c>isnan(a) || a &gt;= b</c>
/// (ties keep x). Contiguous runs go through <see cref="Vector256"/> selects; float16 stays scalar.
/// </summary>
internal readonly struct ClipKernel<T> : ITernaryKernel<T>
    where T : unmanaged, INumber<T>
{
    public static T Apply(T x, T min, T max) => Min(Max(x, min), max);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Max(T a, T b)
    {
        if (typeof(T) == typeof(Half))
        {
            return T.IsNaN(a) || a >= b ? a : b;
        }

        return T.IsNaN(a) ? a : a > b ? a : b;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Min(T a, T b)
    {
        if (typeof(T) == typeof(Half))
        {
            return T.IsNaN(a) || a <= b ? a : b;
        }

        return T.IsNaN(a) ? a : a < b ? a : b;
    }

    public static bool TryApply(ReadOnlySpan<T> x, ReadOnlySpan<T> y, bool yBroadcast, ReadOnlySpan<T> z, bool zBroadcast, Span<T> destination)
    {
        if (!Vector256.IsHardwareAccelerated || !Vector256<T>.IsSupported)
        {
            return false;
        }

        ref T xs = ref MemoryMarshal.GetReference(x), ys = ref MemoryMarshal.GetReference(y), zs = ref MemoryMarshal.GetReference(z);
        ref T d = ref MemoryMarshal.GetReference(destination);
        Vector256<T> by = Vector256.Create(ys), bz = Vector256.Create(zs);
        int n = destination.Length, step = Vector256<T>.Count, i = 0;
        for (; i <= n - step; i += step)
        {
            Vector256<T> vx = Vector256.LoadUnsafe(ref xs, (nuint)i);
            Vector256<T> lo = yBroadcast ? by : Vector256.LoadUnsafe(ref ys, (nuint)i);
            Vector256<T> hi = zBroadcast ? bz : Vector256.LoadUnsafe(ref zs, (nuint)i);
            Vector256<T> r;
            if (typeof(T) == typeof(float) || typeof(T) == typeof(double))
            {
                r = Vector256.ConditionalSelect(~Vector256.Equals(vx, vx) | Vector256.GreaterThan(vx, lo), vx, lo);
                r = Vector256.ConditionalSelect(~Vector256.Equals(r, r) | Vector256.LessThan(r, hi), r, hi);
            }
            else
            {
                r = Vector256.Min(Vector256.Max(vx, lo), hi);
            }

            r.StoreUnsafe(ref d, (nuint)i);
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref d, i) = Apply(Unsafe.Add(ref xs, i), yBroadcast ? ys : Unsafe.Add(ref ys, i), zBroadcast ? zs : Unsafe.Add(ref zs, i));
        }

        return true;
    }
}
