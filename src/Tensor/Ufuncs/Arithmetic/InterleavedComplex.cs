using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary>
/// Vectorized complex arithmetic over interleaved parts (real, imaginary, …) of float or double,
/// with the same roundings as the scalar formulas: NumPy's <c>avx512_cmul</c> scheme (products of
/// the parts and of the swapped parts, then a difference and a sum of neighbours), which gives the
/// scalar <c>(ar·br − ai·bi, ar·bi + ai·br)</c> bit for bit since each sum only commutes.
/// Spans hold whole numbers (even lengths); tails run the scalar formula.
/// </summary>
internal static class InterleavedComplex
{
    /// <summary><c>d = x·y</c> element-wise.</summary>
    public static void Multiply<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y, Span<T> d)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ref T xr = ref MemoryMarshal.GetReference(x);
        ref T yr = ref MemoryMarshal.GetReference(y);
        ref T dr = ref MemoryMarshal.GetReference(d);
        nuint n = (nuint)x.Length, i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<T> realLanes = RealLanes<T>();
            for (; i + (nuint)Vector256<T>.Count <= n; i += (nuint)Vector256<T>.Count)
            {
                Vector256<T> a = Vector256.LoadUnsafe(ref xr, i), b = Vector256.LoadUnsafe(ref yr, i);
                Product(a, b, Swap(b), realLanes).StoreUnsafe(ref dr, i);
            }
        }

        for (; i < n; i += 2)
        {
            (T re, T im) = ComplexMath.Multiply(Unsafe.Add(ref xr, i), Unsafe.Add(ref xr, i + 1), Unsafe.Add(ref yr, i), Unsafe.Add(ref yr, i + 1));
            Unsafe.Add(ref dr, i) = re;
            Unsafe.Add(ref dr, i + 1) = im;
        }
    }

    /// <summary><c>d = x·(br + bi·j)</c> element-wise (also <c>(br + bi·j)·x</c>: each product and sum commutes).</summary>
    public static void Multiply<T>(ReadOnlySpan<T> x, T br, T bi, Span<T> d)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ref T xr = ref MemoryMarshal.GetReference(x);
        ref T dr = ref MemoryMarshal.GetReference(d);
        nuint n = (nuint)x.Length, i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<T> realLanes = RealLanes<T>();
            Vector256<T> b = Vector256.ConditionalSelect(realLanes, Vector256.Create(br), Vector256.Create(bi));
            Vector256<T> bSwapped = Swap(b);
            for (; i + (nuint)Vector256<T>.Count <= n; i += (nuint)Vector256<T>.Count)
            {
                Product(Vector256.LoadUnsafe(ref xr, i), b, bSwapped, realLanes).StoreUnsafe(ref dr, i);
            }
        }

        for (; i < n; i += 2)
        {
            (T re, T im) = ComplexMath.Multiply(Unsafe.Add(ref xr, i), Unsafe.Add(ref xr, i + 1), br, bi);
            Unsafe.Add(ref dr, i) = re;
            Unsafe.Add(ref dr, i + 1) = im;
        }
    }

    /// <summary><c>d = x²</c> element-wise (NumPy's <c>square</c>: <c>(r·r − i·i, r·i + i·r)</c>).</summary>
    public static void Square<T>(ReadOnlySpan<T> x, Span<T> d)
        where T : unmanaged, IFloatingPointIeee754<T> => Multiply(x, x, d);

    /// <summary><c>d = x − (br + bi·j)</c>, or <c>(br + bi·j) − x</c> when <paramref name="reversed"/>.</summary>
    public static void Subtract<T>(ReadOnlySpan<T> x, T br, T bi, Span<T> d, bool reversed)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ref T xr = ref MemoryMarshal.GetReference(x);
        ref T dr = ref MemoryMarshal.GetReference(d);
        nuint n = (nuint)x.Length, i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<T> b = Vector256.ConditionalSelect(RealLanes<T>(), Vector256.Create(br), Vector256.Create(bi));
            for (; i + (nuint)Vector256<T>.Count <= n; i += (nuint)Vector256<T>.Count)
            {
                Vector256<T> a = Vector256.LoadUnsafe(ref xr, i);
                (reversed ? b - a : a - b).StoreUnsafe(ref dr, i);
            }
        }

        for (; i < n; i += 2)
        {
            T a = Unsafe.Add(ref xr, i), c = Unsafe.Add(ref xr, i + 1);
            Unsafe.Add(ref dr, i) = reversed ? br - a : a - br;
            Unsafe.Add(ref dr, i + 1) = reversed ? bi - c : c - bi;
        }
    }

    /// <summary><c>d = conj(x)</c>: the imaginary parts' sign bits flipped.</summary>
    public static void Conjugate<T>(ReadOnlySpan<T> x, Span<T> d)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ref T xr = ref MemoryMarshal.GetReference(x);
        ref T dr = ref MemoryMarshal.GetReference(d);
        nuint n = (nuint)x.Length, i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            // -0.0 in the imaginary lanes, +0.0 in the real ones: XOR flips only the imaginary signs.
            Vector256<T> signs = Vector256.ConditionalSelect(RealLanes<T>(), Vector256<T>.Zero, Vector256.Create(T.NegativeZero));
            for (; i + (nuint)Vector256<T>.Count <= n; i += (nuint)Vector256<T>.Count)
            {
                (Vector256.LoadUnsafe(ref xr, i) ^ signs).StoreUnsafe(ref dr, i);
            }
        }

        for (; i < n; i += 2)
        {
            Unsafe.Add(ref dr, i) = Unsafe.Add(ref xr, i);
            Unsafe.Add(ref dr, i + 1) = -Unsafe.Add(ref xr, i + 1);
        }
    }

    /// <summary>
    /// <c>d[k] = |x[k]|</c> by <see cref="ComplexMath.Abs{T}"/>'s formula: two vectors of interleaved
    /// parts are split into a vector of real and one of imaginary parts, one modulus per lane.
    /// </summary>
    public static void Abs<T>(ReadOnlySpan<T> x, Span<T> d)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ref T xr = ref MemoryMarshal.GetReference(x);
        ref T dr = ref MemoryMarshal.GetReference(d);
        nuint n = (nuint)x.Length, i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<T> inf = Vector256.Create(T.PositiveInfinity), nan = Vector256.Create(T.NaN), one = Vector256.Create(T.One);
            nuint count = (nuint)Vector256<T>.Count;
            for (; i + 2 * count <= n; i += 2 * count)
            {
                Vector256<T> v0 = Deinterleave(Vector256.LoadUnsafe(ref xr, i)), v1 = Deinterleave(Vector256.LoadUnsafe(ref xr, i + count));
                Vector256<T> re = Vector256.Abs(Vector256.Create(v0.GetLower(), v1.GetLower()));
                Vector256<T> im = Vector256.Abs(Vector256.Create(v0.GetUpper(), v1.GetUpper()));
                // An infinite part wins over a NaN one; a NaN part then makes the modulus NaN.
                Vector256<T> anyInf = Vector256.Equals(re, inf) | Vector256.Equals(im, inf);
                Vector256<T> anyNaN = ~(Vector256.Equals(re, re) & Vector256.Equals(im, im));
                Vector256<T> larger = Vector256.Max(re, im), smaller = Vector256.Min(re, im);
                Vector256<T> ratio = smaller / larger;
                Vector256<T> r = Vector256.Sqrt(FusedMultiplyAdd(ratio, ratio, one)) * larger;
                r = Vector256.ConditionalSelect(Vector256.Equals(larger, Vector256<T>.Zero), Vector256<T>.Zero, r);
                r = Vector256.ConditionalSelect(anyNaN, nan, r);
                Vector256.ConditionalSelect(anyInf, inf, r).StoreUnsafe(ref dr, i / 2);
            }
        }

        for (; i < n; i += 2)
        {
            Unsafe.Add(ref dr, i / 2) = ComplexMath.Abs(Unsafe.Add(ref xr, i), Unsafe.Add(ref xr, i + 1));
        }
    }

    /// <summary>Interleaved parts regrouped: the real parts in the lower half, the imaginary ones in the upper.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> Deinterleave<T>(Vector256<T> v)
        where T : unmanaged
    {
        if (typeof(T) == typeof(double))
        {
            return Vector256.Shuffle(v.As<T, long>(), Vector256.Create(0L, 2, 1, 3)).As<long, T>();
        }

        return Vector256.Shuffle(v.As<T, int>(), Vector256.Create(0, 2, 4, 6, 1, 3, 5, 7)).As<int, T>();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> Product<T>(Vector256<T> a, Vector256<T> b, Vector256<T> bSwapped, Vector256<T> realLanes)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Vector256<T> p = a * b;         // ar·br, ai·bi
        Vector256<T> q = a * bSwapped;  // ar·bi, ai·br
        return Vector256.ConditionalSelect(realLanes, p - Swap(p), q + Swap(q));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> FusedMultiplyAdd<T>(Vector256<T> a, Vector256<T> b, Vector256<T> c)
        where T : unmanaged
    {
        if (typeof(T) == typeof(double))
        {
            return Vector256.FusedMultiplyAdd(a.As<T, double>(), b.As<T, double>(), c.As<T, double>()).As<double, T>();
        }

        return Vector256.FusedMultiplyAdd(a.As<T, float>(), b.As<T, float>(), c.As<T, float>()).As<float, T>();
    }

    /// <summary>All bits set in the real (even) lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> RealLanes<T>()
        where T : unmanaged
    {
        if (typeof(T) == typeof(double))
        {
            return Vector256.Create(-1L, 0, -1L, 0).As<long, T>();
        }

        return Vector256.Create(-1, 0, -1, 0, -1, 0, -1, 0).As<int, T>();
    }

    /// <summary>Each real part swapped with its imaginary part.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> Swap<T>(Vector256<T> v)
        where T : unmanaged
    {
        if (typeof(T) == typeof(double))
        {
            return Vector256.Shuffle(v.As<T, long>(), Vector256.Create(1L, 0, 3, 2)).As<long, T>();
        }

        return Vector256.Shuffle(v.As<T, int>(), Vector256.Create(1, 0, 3, 2, 5, 4, 7, 6)).As<int, T>();
    }
}
