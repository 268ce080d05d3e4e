using System.Numerics.Tensors;

namespace ArrayBridge;

/// <summary>
/// The float16 loops of <see cref="MaskKernel{T, TOp}"/>'s predicates: float16 widens to float32
/// exactly (NaN stays NaN, ±0 and ±inf keep their signs), so <typeparamref name="TOp"/> over
/// float32 gives float16's answers. Contiguous runs widen blocks with
/// <see cref="TensorPrimitives.ConvertToSingle(ReadOnlySpan{Half}, Span{float})"/> and compare them
/// with float32's vector code, since .NET has no 256-bit float16 vectors.
/// </summary>
internal readonly struct HalfMaskKernel<TOp> : IBinaryKernel<Half, bool>
    where TOp : IMaskOp<float>
{
    private const int Block = 512;

    public static bool Apply(Half x, Half y) => TOp.Apply((float)x, (float)y);

    public static bool TryApply(ReadOnlySpan<Half> x, ReadOnlySpan<Half> y, Span<bool> destination)
    {
        Span<float> fx = stackalloc float[Block], fy = stackalloc float[Block];
        for (int i = 0; i < destination.Length; i += Block)
        {
            int n = Math.Min(Block, destination.Length - i);
            TensorPrimitives.ConvertToSingle(x.Slice(i, n), fx[..n]);
            TensorPrimitives.ConvertToSingle(y.Slice(i, n), fy[..n]);
            // Declining depends only on the hardware, so it happens on the first block or never.
            if (!MaskKernel<float, TOp>.TryApply(fx[..n], fy[..n], destination.Slice(i, n)))
            {
                return false;
            }
        }

        return true;
    }

    public static bool TryApply(ReadOnlySpan<Half> x, Half y, Span<bool> destination)
    {
        Span<float> fx = stackalloc float[Block];
        float b = (float)y;
        for (int i = 0; i < destination.Length; i += Block)
        {
            int n = Math.Min(Block, destination.Length - i);
            TensorPrimitives.ConvertToSingle(x.Slice(i, n), fx[..n]);
            if (!MaskKernel<float, TOp>.TryApply(fx[..n], b, destination.Slice(i, n)))
            {
                return false;
            }
        }

        return true;
    }

    public static bool TryApply(Half x, ReadOnlySpan<Half> y, Span<bool> destination)
    {
        Span<float> fy = stackalloc float[Block];
        float a = (float)x;
        for (int i = 0; i < destination.Length; i += Block)
        {
            int n = Math.Min(Block, destination.Length - i);
            TensorPrimitives.ConvertToSingle(y.Slice(i, n), fy[..n]);
            if (!MaskKernel<float, TOp>.TryApply(a, fy[..n], destination.Slice(i, n)))
            {
                return false;
            }
        }

        return true;
    }
}
