namespace ArrayBridge;

/// <summary><c>np.sign</c> for float16, on the bits as NumPy's <c>HALF_sign</c>: NaN itself, +0 for either zero, else ±1.</summary>
internal readonly struct HalfSignKernel : IUnaryKernel<Half, Half>
{
    public static Half Apply(Half x)
    {
        ushort bits = BitConverter.HalfToUInt16Bits(x);
        if (Half.IsNaN(x))
        {
            return x;
        }

        return (bits & 0x7fff) == 0 ? Half.Zero : (bits & 0x8000) == 0 ? Half.One : Half.NegativeOne;
    }
}
