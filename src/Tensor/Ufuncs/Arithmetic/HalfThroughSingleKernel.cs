namespace ArrayBridge;

/// <summary>
/// A two-input float16 operation as NumPy runs it (<c>HALF_@kind@</c>, loops.c.src): both operands
/// to float32, <typeparamref name="TSingle"/>'s float32 operation, one rounding back with NumPy's
/// flags (<see cref="HalfMath"/>). Scalar.
/// </summary>
internal readonly struct HalfThroughSingleKernel<TSingle> : IBinaryKernel<Half, Half>
    where TSingle : IBinaryKernel<float, float>
{
    public static Half Apply(Half x, Half y) => HalfMath.ToHalf(TSingle.Apply(HalfMath.ToSingle(x), HalfMath.ToSingle(y)));
}
