using System.Numerics.Tensors;
using System.Runtime.InteropServices;

namespace ArrayBridge;

/// <summary><c>np.absolute</c> for float16: the sign bit cleared (NumPy's <c>in &amp; 0x7fff</c>), NaN payloads kept.</summary>
internal readonly struct HalfAbsoluteKernel : IUnaryKernel<Half, Half>
{
    public static Half Apply(Half x) => BitConverter.UInt16BitsToHalf((ushort)(BitConverter.HalfToUInt16Bits(x) & 0x7fff));

    public static bool TryApply(ReadOnlySpan<Half> x, Span<Half> destination)
    {
        TensorPrimitives.BitwiseAnd(MemoryMarshal.Cast<Half, ushort>(x), (ushort)0x7fff, MemoryMarshal.Cast<Half, ushort>(destination));
        return true;
    }
}
