namespace ArrayBridge;

/// <summary><c>np.remainder</c> for float16: computed in float32 and rounded once, as NumPy's <c>HALF_remainder</c>.</summary>
internal readonly struct HalfRemainderKernel : IBinaryKernel<Half, Half>
{
    public static Half Apply(Half x, Half y) => (Half)PythonDivision.Remainder((float)x, (float)y);
}
