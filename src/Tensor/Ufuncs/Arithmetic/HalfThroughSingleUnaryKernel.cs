namespace ArrayBridge;

/// <summary>
/// A one-input float16 operation as NumPy runs it: the operand to float32, <typeparamref name="TSingle"/>'s
/// float32 operation, one rounding back with NumPy's flags (<see cref="HalfMath"/>). Scalar.
/// </summary>
internal readonly struct HalfThroughSingleUnaryKernel<TSingle> : IUnaryKernel<Half, Half>
    where TSingle : IUnaryKernel<float, float>
{
    public static Half Apply(Half x) => HalfMath.ToHalf(TSingle.Apply(HalfMath.ToSingle(x)));
}
