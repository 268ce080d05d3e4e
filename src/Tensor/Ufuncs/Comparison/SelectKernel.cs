using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary>
/// A maximum-like loop over <typeparamref name="TOp"/>: contiguous and broadcast runs go through
/// <see cref="Vector256"/> selects (float16 has no vector type and stays scalar).
/// </summary>
internal readonly struct SelectKernel<T, TOp> : IBinaryKernel<T, T>
    where T : unmanaged
    where TOp : ISelectOp<T>
{
    public static T Apply(T x, T y)
    {
        // The scalar form's branch mispredicts half the time on unordered data; the vector select on
        // broadcast operands is branchless and gives the same bits.
        if ((typeof(T) == typeof(float) || typeof(T) == typeof(double)) && Vector256.IsHardwareAccelerated)
        {
            return TOp.Apply(Vector256.Create(x), Vector256.Create(y)).ToScalar();
        }

        return TOp.Apply(x, y);
    }

    public static bool TryApply(ReadOnlySpan<T> x, ReadOnlySpan<T> y, Span<T> destination)
    {
        if (!Vector256.IsHardwareAccelerated || !Vector256<T>.IsSupported)
        {
            return false;
        }

        Run(ref MemoryMarshal.GetReference(x), false, ref MemoryMarshal.GetReference(y), false, destination);
        return true;
    }

    public static bool TryApply(ReadOnlySpan<T> x, T y, Span<T> destination)
    {
        if (!Vector256.IsHardwareAccelerated || !Vector256<T>.IsSupported)
        {
            return false;
        }

        Run(ref MemoryMarshal.GetReference(x), false, ref y, true, destination);
        return true;
    }

    public static bool TryApply(T x, ReadOnlySpan<T> y, Span<T> destination)
    {
        if (!Vector256.IsHardwareAccelerated || !Vector256<T>.IsSupported)
        {
            return false;
        }

        Run(ref x, true, ref MemoryMarshal.GetReference(y), false, destination);
        return true;
    }

    private static void Run(ref T x, bool xBroadcast, ref T y, bool yBroadcast, Span<T> destination)
    {
        int n = destination.Length;
        ref T d = ref MemoryMarshal.GetReference(destination);
        Vector256<T> bx = Vector256.Create(x), by = Vector256.Create(y);
        int step = Vector256<T>.Count;
        int i = 0;
        // In place the destination is exactly an input, so each vector is read before it is written.
        for (; i <= n - step; i += step)
        {
            Vector256<T> vx = xBroadcast ? bx : Vector256.LoadUnsafe(ref x, (nuint)i);
            Vector256<T> vy = yBroadcast ? by : Vector256.LoadUnsafe(ref y, (nuint)i);
            TOp.Apply(vx, vy).StoreUnsafe(ref d, (nuint)i);
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref d, i) = TOp.Apply(xBroadcast ? x : Unsafe.Add(ref x, i), yBroadcast ? y : Unsafe.Add(ref y, i));
        }
    }
}
