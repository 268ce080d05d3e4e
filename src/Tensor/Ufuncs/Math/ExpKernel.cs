using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary>
/// <c>np.exp</c> on floats. Doubles use <see cref="VectorExp"/>, whose scalar and vector forms agree
/// bit for bit, so contiguous runs run 8 (or 4) lanes at a time; float32 and float16 (through
/// float32, as NumPy's half loop) use the C library's expf.
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

        return T.Exp(x);
    }

    public static bool TryApply(ReadOnlySpan<T> x, Span<T> destination)
    {
        if (typeof(T) != typeof(double) || !Vector256.IsHardwareAccelerated)
        {
            return false;
        }

        ReadOnlySpan<double> source = MemoryMarshal.Cast<T, double>(x);
        Span<double> target = MemoryMarshal.Cast<T, double>(destination);
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

        return true;
    }
}
