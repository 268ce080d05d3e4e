using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary>
/// The float16 loops of maximum, minimum, fmax and fmin: x where <typeparamref name="TPick"/>
/// keeps it, else y, bits unchanged. The decision is made on the operands widened to float32
/// (exact); contiguous runs widen blocks with
/// <see cref="TensorPrimitives.ConvertToSingle(ReadOnlySpan{Half}, Span{float})"/>, decide 16 lanes
/// at a time with float32 vector compares, narrow the masks to 16 bits and select the float16 bits.
/// </summary>
internal readonly struct HalfSelectKernel<TPick> : IBinaryKernel<Half, Half>
    where TPick : IMaskOp<float>
{
    private const int Block = 512;

    public static Half Apply(Half x, Half y) => TPick.Apply((float)x, (float)y) ? x : y;

    public static bool TryApply(ReadOnlySpan<Half> x, ReadOnlySpan<Half> y, Span<Half> destination) => Run(x, false, y, false, destination);

    public static bool TryApply(ReadOnlySpan<Half> x, Half y, Span<Half> destination) => Run(x, false, new ReadOnlySpan<Half>(in y), true, destination);

    public static bool TryApply(Half x, ReadOnlySpan<Half> y, Span<Half> destination) => Run(new ReadOnlySpan<Half>(in x), true, y, false, destination);

    private static bool Run(ReadOnlySpan<Half> x, bool xBroadcast, ReadOnlySpan<Half> y, bool yBroadcast, Span<Half> destination)
    {
        if (!Vector256.IsHardwareAccelerated)
        {
            return false;
        }

        Span<float> fx = stackalloc float[Block], fy = stackalloc float[Block];
        if (xBroadcast)
        {
            fx.Fill((float)x[0]);
        }

        if (yBroadcast)
        {
            fy.Fill((float)y[0]);
        }

        Vector256<ushort> bx = Vector256.Create(Unsafe.BitCast<Half, ushort>(x[0])), by = Vector256.Create(Unsafe.BitCast<Half, ushort>(y[0]));
        for (int start = 0; start < destination.Length; start += Block)
        {
            int n = Math.Min(Block, destination.Length - start);
            ReadOnlySpan<Half> xs = xBroadcast ? x : x.Slice(start, n), ys = yBroadcast ? y : y.Slice(start, n);
            if (!xBroadcast)
            {
                TensorPrimitives.ConvertToSingle(xs, fx[..n]);
            }

            if (!yBroadcast)
            {
                TensorPrimitives.ConvertToSingle(ys, fy[..n]);
            }

            ref float rfx = ref MemoryMarshal.GetReference(fx), rfy = ref MemoryMarshal.GetReference(fy);
            ref ushort hx = ref Unsafe.As<Half, ushort>(ref MemoryMarshal.GetReference(xs));
            ref ushort hy = ref Unsafe.As<Half, ushort>(ref MemoryMarshal.GetReference(ys));
            ref ushort d = ref Unsafe.As<Half, ushort>(ref MemoryMarshal.GetReference(destination.Slice(start, n)));
            int i = 0;
            for (; i <= n - 16; i += 16)
            {
                Vector256<int> m0 = TPick.Apply(Vector256.LoadUnsafe(ref rfx, (nuint)i), Vector256.LoadUnsafe(ref rfy, (nuint)i)).AsInt32();
                Vector256<int> m1 = TPick.Apply(Vector256.LoadUnsafe(ref rfx, (nuint)i + 8), Vector256.LoadUnsafe(ref rfy, (nuint)i + 8)).AsInt32();
                // All-ones or zero lanes narrow to all-ones or zero halves.
                Vector256<ushort> mask = Vector256.Narrow(m0, m1).AsUInt16();
                Vector256<ushort> vx = xBroadcast ? bx : Vector256.LoadUnsafe(ref hx, (nuint)i);
                Vector256<ushort> vy = yBroadcast ? by : Vector256.LoadUnsafe(ref hy, (nuint)i);
                Vector256.ConditionalSelect(mask, vx, vy).StoreUnsafe(ref d, (nuint)i);
            }

            for (; i < n; i++)
            {
                Unsafe.Add(ref d, i) = TPick.Apply(Unsafe.Add(ref rfx, i), Unsafe.Add(ref rfy, i))
                    ? (xBroadcast ? Unsafe.BitCast<Half, ushort>(x[0]) : Unsafe.Add(ref hx, i))
                    : (yBroadcast ? Unsafe.BitCast<Half, ushort>(y[0]) : Unsafe.Add(ref hy, i));
            }
        }

        return true;
    }
}
