using System.Numerics.Tensors;
using System.Runtime.InteropServices;

namespace ArrayBridge;

/// <summary><c>np.negative</c> for float16: the sign bit flipped (NumPy's <c>in ^ 0x8000</c>), no conversion and so no flag for a NaN.</summary>
internal readonly struct HalfNegateKernel : IUnaryKernel<Half, Half>
{
    public static Half Apply(Half x) => BitConverter.UInt16BitsToHalf((ushort)(BitConverter.HalfToUInt16Bits(x) ^ 0x8000));

    public static bool TryApply(ReadOnlySpan<Half> x, Span<Half> destination)
    {
        TensorPrimitives.Xor(MemoryMarshal.Cast<Half, ushort>(x), (ushort)0x8000, MemoryMarshal.Cast<Half, ushort>(destination));
        return true;
    }
}
