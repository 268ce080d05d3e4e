namespace ArrayBridge;

/// <summary>
/// A one-input float16 operation as NumPy runs it: the operand to float32, <typeparamref name="TSingle"/>'s
/// float32 operation, one rounding back with NumPy's flags (<see cref="HalfMath"/>). Contiguous runs
/// go through float32 chunks on the stack, as in <see cref="HalfThroughSingleKernel{TSingle}"/>.
/// </summary>
internal readonly struct HalfThroughSingleUnaryKernel<TSingle> : IUnaryKernel<Half, Half>
    where TSingle : IUnaryKernel<float, float>
{
    public static Half Apply(Half x) => HalfMath.ToHalf(TSingle.Apply(HalfMath.ToSingle(x)));

    public static bool TryApply(ReadOnlySpan<Half> x, Span<Half> destination)
    {
        Span<float> a = stackalloc float[HalfMath.ChunkLength], r = stackalloc float[HalfMath.ChunkLength];
        for (int done = 0; done < x.Length; done += HalfMath.ChunkLength)
        {
            int n = Math.Min(HalfMath.ChunkLength, x.Length - done);
            HalfMath.ToSingle(x.Slice(done, n), a[..n]);
            if (!TSingle.TryApply(a[..n], r[..n]))
            {
                return false;
            }

            HalfMath.ToHalf(r[..n], destination.Slice(done, n));
        }

        return true;
    }
}
