namespace ArrayBridge;

/// <summary>
/// <c>np.add</c> for float16 as NumPy computes it: the sum of the float32 values, rounded once to
/// float16 with NumPy's overflow and underflow flags (and none for a NaN input).
/// </summary>
internal readonly struct Float16AddKernel : IBinaryKernel<Half, Half>
{
    public static Half Apply(Half x, Half y) => HalfBits.FromSingle(HalfBits.ToSingle(x) + HalfBits.ToSingle(y));
}
