using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>The plain strided loops a reduction kernel falls back to when no faster path applies.</summary>
internal static unsafe class ReduceLoops
{
    /// <summary>Folds a strided run into <paramref name="acc"/> one element at a time, in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Run<TKernel, T>(T acc, byte* x, nint stride, nint n)
        where TKernel : IReduceKernel<TKernel, T>
        where T : unmanaged
    {
        for (nint i = 0; i < n; i++)
        {
            acc = TKernel.Combine(acc, Unsafe.ReadUnaligned<T>(x + i * stride));
        }

        return acc;
    }

    /// <summary>Folds a strided run into a strided run of accumulators, element by element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Rows<TKernel, T>(byte* acc, nint accStride, byte* x, nint stride, nint n)
        where TKernel : IReduceKernel<TKernel, T>
        where T : unmanaged
    {
        for (nint i = 0; i < n; i++)
        {
            byte* a = acc + i * accStride;
            Unsafe.WriteUnaligned(a, TKernel.Combine(Unsafe.ReadUnaligned<T>(a), Unsafe.ReadUnaligned<T>(x + i * stride)));
        }
    }
}
