namespace ArrayBridge;

/// <summary><c>np.floor_divide</c> for float16: computed in float32 and rounded once, as NumPy's <c>HALF_floor_divide</c>.</summary>
internal readonly struct HalfFloorDivideKernel : IBinaryKernel<Half, Half>
{
    public static Half Apply(Half x, Half y) => (Half)PythonDivision.FloorDivide((float)x, (float)y);
}
