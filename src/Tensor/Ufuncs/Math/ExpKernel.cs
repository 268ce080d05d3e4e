using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary>
/// <c>np.exp</c> on floats. Doubles use <see cref="VectorExp"/>, whose scalar and vector forms agree
/// bit for bit, so contiguous runs go 8 (or 4) lanes at a time; float32 goes through the same
/// double-precision form and one rounding (closer than single precision, and as fast per lane);
/// float16 through the C library's expf, as NumPy's half loop (by bits, see <see cref="HalfOperands"/>).
/// </summary>
internal readonly struct ExpKernel<T> : IUnaryKernel<T, T>
    where T : unmanaged, IExponentialFunctions<T>
{
    public static T Apply(T x)
    {
        if (typeof(T) == typeof(double))
        {
            double d = VectorExp.Exp(Unsafe.As<T, double>(ref x));
            return Unsafe.As<double, T>(ref d);
        }

        if (typeof(T) == typeof(float))
        {
            float f = (float)VectorExp.Exp(Unsafe.As<T, float>(ref x));
            return Unsafe.As<float, T>(ref f);
        }

        if (typeof(T) == typeof(Half))
        {
            return HalfOperands.Narrow<T>(MathF.Exp(HalfOperands.Widen(x)));
        }

        return T.Exp(x);
    }

    public static bool TryApply(ReadOnlySpan<T> x, Span<T> destination)
    {
        if (!Vector256.IsHardwareAccelerated)
        {
            return false;
        }

        if (typeof(T) == typeof(double))
        {
            ApplyDoubles(MemoryMarshal.Cast<T, double>(x), MemoryMarshal.Cast<T, double>(destination));
            return true;
        }

        if (typeof(T) == typeof(float))
        {
            ApplySingles(MemoryMarshal.Cast<T, float>(x), MemoryMarshal.Cast<T, float>(destination));
            return true;
        }

        return false;
    }

    private static void ApplyDoubles(ReadOnlySpan<double> source, Span<double> target)
    {
        ref double s = ref MemoryMarshal.GetReference(source);
        ref double t = ref MemoryMarshal.GetReference(target);
        int n = source.Length;
        int i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; i <= n - Vector512<double>.Count; i += Vector512<double>.Count)
            {
                // Load before store: an in-place run (target == source) reads each block first.
                VectorExp.Exp(Vector512.LoadUnsafe(ref s, (nuint)i)).StoreUnsafe(ref t, (nuint)i);
            }
        }

        for (; i <= n - Vector256<double>.Count; i += Vector256<double>.Count)
        {
            VectorExp.Exp(Vector256.LoadUnsafe(ref s, (nuint)i)).StoreUnsafe(ref t, (nuint)i);
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref t, i) = VectorExp.Exp(Unsafe.Add(ref s, i));
        }
    }

    private static void ApplySingles(ReadOnlySpan<float> source, Span<float> target)
    {
        ref float s = ref MemoryMarshal.GetReference(source);
        ref float t = ref MemoryMarshal.GetReference(target);
        int n = source.Length;
        int i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; i <= n - Vector512<float>.Count; i += Vector512<float>.Count)
            {
                // Widening is exact and narrowing rounds to nearest even, as the scalar casts do.
                (Vector512<double> low, Vector512<double> high) = Vector512.Widen(Vector512.LoadUnsafe(ref s, (nuint)i));
                Vector512.Narrow(VectorExp.Exp(low), VectorExp.Exp(high)).StoreUnsafe(ref t, (nuint)i);
            }
        }

        for (; i <= n - Vector256<float>.Count; i += Vector256<float>.Count)
        {
            (Vector256<double> low, Vector256<double> high) = Vector256.Widen(Vector256.LoadUnsafe(ref s, (nuint)i));
            Vector256.Narrow(VectorExp.Exp(low), VectorExp.Exp(high)).StoreUnsafe(ref t, (nuint)i);
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref t, i) = (float)VectorExp.Exp(Unsafe.Add(ref s, i));
        }
    }
}
