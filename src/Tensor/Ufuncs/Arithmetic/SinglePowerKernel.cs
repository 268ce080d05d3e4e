namespace ArrayBridge;

/// <summary>
/// The C library's <c>powf</c> alone, for NumPy's float16 <c>power</c> (which computes in single
/// precision by <c>npy_powf</c>, not the AVX-512 loop of <see cref="FloatPowerKernel{T}"/>, so
/// <c>±0 ** −inf</c> raises no flag).
/// </summary>
internal readonly struct SinglePowerKernel : IBinaryKernel<float, float>
{
    public static float Apply(float x, float y) => float.Pow(x, y);
}
