using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary>
/// A two-input loop with a bool result over <typeparamref name="TOp"/> (comparisons, and logical
/// operations on truth values). Contiguous and broadcast runs compare 32 elements at a time with
/// <see cref="Vector256"/> lane masks, then narrow the masks to one byte per element (0 or 1).
/// Types without 256-bit vector support (float16) take the scalar loop.
/// </summary>
internal readonly struct MaskKernel<T, TOp> : IBinaryKernel<T, bool>
    where T : unmanaged
    where TOp : IMaskOp<T>
{
    public static bool Apply(T x, T y) => TOp.Apply(x, y);

    public static bool TryApply(ReadOnlySpan<T> x, ReadOnlySpan<T> y, Span<bool> destination)
    {
        if (!Vector256.IsHardwareAccelerated || !Vector256<T>.IsSupported)
        {
            return false;
        }

        Run(ref MemoryMarshal.GetReference(x), false, ref MemoryMarshal.GetReference(y), false, destination);
        return true;
    }

    public static bool TryApply(ReadOnlySpan<T> x, T y, Span<bool> destination)
    {
        if (!Vector256.IsHardwareAccelerated || !Vector256<T>.IsSupported)
        {
            return false;
        }

        Run(ref MemoryMarshal.GetReference(x), false, ref y, true, destination);
        return true;
    }

    public static bool TryApply(T x, ReadOnlySpan<T> y, Span<bool> destination)
    {
        if (!Vector256.IsHardwareAccelerated || !Vector256<T>.IsSupported)
        {
            return false;
        }

        Run(ref x, true, ref MemoryMarshal.GetReference(y), false, destination);
        return true;
    }

    private static void Run(ref T x, bool xBroadcast, ref T y, bool yBroadcast, Span<bool> destination)
    {
        int n = destination.Length;
        ref byte d = ref Unsafe.As<bool, byte>(ref MemoryMarshal.GetReference(destination));
        Vector256<T> bx = Vector256.Create(x), by = Vector256.Create(y);
        int i = 0;
        for (; i <= n - 32; i += 32)
        {
            Vector256<byte> bytes = Vector256<T>.Count switch
            {
                32 => Mask(ref x, xBroadcast, bx, ref y, yBroadcast, by, i).AsByte(),
                16 => Vector256.Narrow(
                    Mask(ref x, xBroadcast, bx, ref y, yBroadcast, by, i).AsInt16(),
                    Mask(ref x, xBroadcast, bx, ref y, yBroadcast, by, i + 16).AsInt16()).AsByte(),
                8 => Vector256.Narrow(
                    Vector256.Narrow(
                        Mask(ref x, xBroadcast, bx, ref y, yBroadcast, by, i).AsInt32(),
                        Mask(ref x, xBroadcast, bx, ref y, yBroadcast, by, i + 8).AsInt32()),
                    Vector256.Narrow(
                        Mask(ref x, xBroadcast, bx, ref y, yBroadcast, by, i + 16).AsInt32(),
                        Mask(ref x, xBroadcast, bx, ref y, yBroadcast, by, i + 24).AsInt32())).AsByte(),
                _ => Vector256.Narrow(
                    Vector256.Narrow(
                        Vector256.Narrow(
                            Mask(ref x, xBroadcast, bx, ref y, yBroadcast, by, i).AsInt64(),
                            Mask(ref x, xBroadcast, bx, ref y, yBroadcast, by, i + 4).AsInt64()),
                        Vector256.Narrow(
                            Mask(ref x, xBroadcast, bx, ref y, yBroadcast, by, i + 8).AsInt64(),
                            Mask(ref x, xBroadcast, bx, ref y, yBroadcast, by, i + 12).AsInt64())),
                    Vector256.Narrow(
                        Vector256.Narrow(
                            Mask(ref x, xBroadcast, bx, ref y, yBroadcast, by, i + 16).AsInt64(),
                            Mask(ref x, xBroadcast, bx, ref y, yBroadcast, by, i + 20).AsInt64()),
                        Vector256.Narrow(
                            Mask(ref x, xBroadcast, bx, ref y, yBroadcast, by, i + 24).AsInt64(),
                            Mask(ref x, xBroadcast, bx, ref y, yBroadcast, by, i + 28).AsInt64()))).AsByte(),
            };

            // Lanes are all-ones or zero, so truncating narrows keep that, and the low bit is the bool.
            (bytes & Vector256<byte>.One).StoreUnsafe(ref d, (nuint)i);
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref d, i) = TOp.Apply(xBroadcast ? x : Unsafe.Add(ref x, i), yBroadcast ? y : Unsafe.Add(ref y, i)) ? (byte)1 : (byte)0;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> Mask(ref T x, bool xBroadcast, Vector256<T> bx, ref T y, bool yBroadcast, Vector256<T> by, int i) =>
        TOp.Apply(
            xBroadcast ? bx : Vector256.LoadUnsafe(ref x, (nuint)i),
            yBroadcast ? by : Vector256.LoadUnsafe(ref y, (nuint)i));
}
