using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary>
/// The bool loop of a two-input ufunc over <typeparamref name="TOp"/>. Any nonzero byte reads as
/// true and results are 0 or 1, as NumPy's bool loops give; contiguous and broadcast runs take 32
/// bytes at a time.
/// </summary>
internal readonly struct BoolKernel<TOp> : IBinaryKernel<bool, bool>
    where TOp : IBoolOp
{
    public static bool Apply(bool x, bool y) =>
        Unsafe.BitCast<byte, bool>(TOp.Apply(Normalize(x), Normalize(y)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static byte Normalize(bool value) => Unsafe.BitCast<bool, byte>(value) != 0 ? (byte)1 : (byte)0;

    public static bool TryApply(ReadOnlySpan<bool> x, ReadOnlySpan<bool> y, Span<bool> destination)
    {
        if (!Vector256.IsHardwareAccelerated)
        {
            return false;
        }

        Run(ref Bytes(x), false, ref Bytes(y), false, destination);
        return true;
    }

    public static bool TryApply(ReadOnlySpan<bool> x, bool y, Span<bool> destination)
    {
        if (!Vector256.IsHardwareAccelerated)
        {
            return false;
        }

        byte b = Normalize(y);
        Run(ref Bytes(x), false, ref b, true, destination);
        return true;
    }

    public static bool TryApply(bool x, ReadOnlySpan<bool> y, Span<bool> destination)
    {
        if (!Vector256.IsHardwareAccelerated)
        {
            return false;
        }

        byte a = Normalize(x);
        Run(ref a, true, ref Bytes(y), false, destination);
        return true;
    }

    private static ref byte Bytes(ReadOnlySpan<bool> span) => ref Unsafe.As<bool, byte>(ref MemoryMarshal.GetReference(span));

    private static void Run(ref byte x, bool xBroadcast, ref byte y, bool yBroadcast, Span<bool> destination)
    {
        int n = destination.Length;
        ref byte d = ref Unsafe.As<bool, byte>(ref MemoryMarshal.GetReference(destination));
        Vector256<byte> one = Vector256<byte>.One;
        Vector256<byte> bx = Vector256.Create(Math.Min(x, (byte)1)), by = Vector256.Create(Math.Min(y, (byte)1));
        int i = 0;
        for (; i <= n - 32; i += 32)
        {
            Vector256<byte> vx = xBroadcast ? bx : Vector256.Min(Vector256.LoadUnsafe(ref x, (nuint)i), one);
            Vector256<byte> vy = yBroadcast ? by : Vector256.Min(Vector256.LoadUnsafe(ref y, (nuint)i), one);
            TOp.Apply(vx, vy).StoreUnsafe(ref d, (nuint)i);
        }

        for (; i < n; i++)
        {
            byte a = xBroadcast ? x : Unsafe.Add(ref x, i), b = yBroadcast ? y : Unsafe.Add(ref y, i);
            Unsafe.Add(ref d, i) = TOp.Apply(Math.Min(a, (byte)1), Math.Min(b, (byte)1));
        }
    }
}
