namespace ArrayBridge.Testing;

/// <summary>How the elements of a dtype are stored as raw components (bits, low bits first).</summary>
internal readonly record struct ElementKind(char Kind, int ComponentBits, int Components)
{
    public static ElementKind Of(DType dtype) => dtype.Kind switch
    {
        'c' => new ElementKind('c', dtype.ItemSize * 4, 2),
        _ => new ElementKind(dtype.Kind, dtype.ItemSize * 8, 1),
    };

    public int ComponentBytes => ComponentBits / 8;

    public bool IsFloat => Kind is 'f' or 'c';

    public int ExponentBits => ComponentBits switch { 16 => 5, 32 => 8, _ => 11 };

    public int MantissaBits => ComponentBits switch { 16 => 10, 32 => 23, _ => 52 };

    public ulong Mask => ComponentBits == 64 ? ulong.MaxValue : (1UL << ComponentBits) - 1;

    public ulong SignBit => 1UL << (ComponentBits - 1);

    public ulong ExponentMask => ((1UL << ExponentBits) - 1) << MantissaBits;

    public ulong MantissaMask => (1UL << MantissaBits) - 1;

    public ulong QuietBit => 1UL << (MantissaBits - 1);

    public ulong CanonicalNaN => ExponentMask | QuietBit;

    public bool IsNaN(ulong bits) => (bits & ExponentMask) == ExponentMask && (bits & MantissaMask) != 0;

    public bool IsInfinity(ulong bits) => (bits & ~SignBit & Mask) == ExponentMask;

    public bool IsSubnormal(ulong bits) => (bits & ExponentMask) == 0 && (bits & MantissaMask) != 0;

    /// <summary>A float component's value as a double (exact for every width).</summary>
    public double ToDouble(ulong bits) => ComponentBits switch
    {
        16 => (double)BitConverter.UInt16BitsToHalf((ushort)bits),
        32 => BitConverter.UInt32BitsToSingle((uint)bits),
        _ => BitConverter.UInt64BitsToDouble(bits),
    };

    /// <summary>A double rounded to this float width, as bits.</summary>
    public ulong FromDouble(double value) => ComponentBits switch
    {
        16 => BitConverter.HalfToUInt16Bits((Half)value),
        32 => BitConverter.SingleToUInt32Bits((float)value),
        _ => BitConverter.DoubleToUInt64Bits(value),
    };

    /// <summary>An integer component's value (sign-extended for signed kinds).</summary>
    public Int128 ToInteger(ulong bits)
    {
        if (Kind == 'i' && ComponentBits < 64 && (bits & SignBit) != 0)
        {
            return (long)(bits | ~Mask);
        }

        return Kind == 'i' ? (long)bits : (Int128)bits;
    }

    public Int128 IntegerMin => Kind switch
    {
        'i' => -((Int128)1 << (ComponentBits - 1)),
        _ => 0,
    };

    public Int128 IntegerMax => Kind switch
    {
        'b' => 1,
        'i' => ((Int128)1 << (ComponentBits - 1)) - 1,
        _ => ((Int128)1 << ComponentBits) - 1,
    };

    public ulong FromInteger(Int128 value) => (ulong)(value & ulong.MaxValue) & Mask;

    /// <summary>The largest finite float of this width.</summary>
    public double MaxFinite => ToDouble(ExponentMask - (1UL << MantissaBits) | MantissaMask);
}
