using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary>Bool NOT (<c>np.logical_not</c> and <c>np.invert</c> on bools): any nonzero byte is true, results are 0 or 1.</summary>
internal readonly struct BoolNotKernel : IUnaryKernel<bool, bool>
{
    public static bool Apply(bool x) => Unsafe.BitCast<bool, byte>(x) == 0;

    public static bool TryApply(ReadOnlySpan<bool> x, Span<bool> destination)
    {
        if (!Vector256.IsHardwareAccelerated)
        {
            return false;
        }

        ref byte s = ref Unsafe.As<bool, byte>(ref MemoryMarshal.GetReference(x));
        ref byte d = ref Unsafe.As<bool, byte>(ref MemoryMarshal.GetReference(destination));
        int n = destination.Length, i = 0;
        for (; i <= n - 32; i += 32)
        {
            (Vector256.Equals(Vector256.LoadUnsafe(ref s, (nuint)i), Vector256<byte>.Zero) & Vector256<byte>.One).StoreUnsafe(ref d, (nuint)i);
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref d, i) = Unsafe.Add(ref s, i) == 0 ? (byte)1 : (byte)0;
        }

        return true;
    }
}
