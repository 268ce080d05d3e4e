namespace ArrayBridge;

/// <summary>
/// A two-input float16 operation as NumPy runs it (<c>HALF_@kind@</c>, loops.c.src): both operands
/// to float32, <typeparamref name="TSingle"/>'s float32 operation, one rounding back with NumPy's
/// flags (<see cref="HalfMath"/>). Contiguous runs go through float32 chunks on the stack with
/// vectorized conversions and <typeparamref name="TSingle"/>'s vectorized operation, when it has one.
/// </summary>
internal readonly struct HalfThroughSingleKernel<TSingle> : IBinaryKernel<Half, Half>
    where TSingle : IBinaryKernel<float, float>
{
    public static Half Apply(Half x, Half y) => HalfMath.ToHalf(TSingle.Apply(HalfMath.ToSingle(x), HalfMath.ToSingle(y)));

    public static bool TryApply(ReadOnlySpan<Half> x, ReadOnlySpan<Half> y, Span<Half> destination)
    {
        Span<float> a = stackalloc float[HalfMath.ChunkLength], b = stackalloc float[HalfMath.ChunkLength], r = stackalloc float[HalfMath.ChunkLength];
        for (int done = 0; done < x.Length; done += HalfMath.ChunkLength)
        {
            int n = Math.Min(HalfMath.ChunkLength, x.Length - done);
            HalfMath.ToSingle(x.Slice(done, n), a[..n]);
            HalfMath.ToSingle(y.Slice(done, n), b[..n]);
            if (!TSingle.TryApply(a[..n], b[..n], r[..n]))
            {
                // Only possible on the first chunk: a kernel either vectorizes or never does.
                return false;
            }

            HalfMath.ToHalf(r[..n], destination.Slice(done, n));
        }

        return true;
    }

    public static bool TryApply(ReadOnlySpan<Half> x, Half y, Span<Half> destination)
    {
        Span<float> a = stackalloc float[HalfMath.ChunkLength], r = stackalloc float[HalfMath.ChunkLength];
        float b = HalfMath.ToSingle(y);
        for (int done = 0; done < x.Length; done += HalfMath.ChunkLength)
        {
            int n = Math.Min(HalfMath.ChunkLength, x.Length - done);
            HalfMath.ToSingle(x.Slice(done, n), a[..n]);
            if (!TSingle.TryApply(a[..n], b, r[..n]))
            {
                return false;
            }

            HalfMath.ToHalf(r[..n], destination.Slice(done, n));
        }

        return true;
    }

    public static bool TryApply(Half x, ReadOnlySpan<Half> y, Span<Half> destination)
    {
        Span<float> b = stackalloc float[HalfMath.ChunkLength], r = stackalloc float[HalfMath.ChunkLength];
        float a = HalfMath.ToSingle(x);
        for (int done = 0; done < y.Length; done += HalfMath.ChunkLength)
        {
            int n = Math.Min(HalfMath.ChunkLength, y.Length - done);
            HalfMath.ToSingle(y.Slice(done, n), b[..n]);
            if (!TSingle.TryApply(a, b[..n], r[..n]))
            {
                return false;
            }

            HalfMath.ToHalf(r[..n], destination.Slice(done, n));
        }

        return true;
    }
}
