using System.Numerics;
using System.Runtime.InteropServices;

namespace ArrayBridge;

/// <summary><c>np.logical_not</c> on numbers: true for zero (-0.0 included), false otherwise (NaN included).</summary>
internal readonly struct LogicalNotKernel<T> : IUnaryKernel<T, bool>
    where T : unmanaged, INumberBase<T>
{
    public static bool Apply(T x) => x == T.Zero;

    // The same lane masks as x == 0 in np.equal, against a broadcast zero (float16 through float32).
    public static bool TryApply(ReadOnlySpan<T> x, Span<bool> destination) =>
        typeof(T) == typeof(Half)
            ? HalfMaskKernel<EqualOp<float>>.TryApply(MemoryMarshal.Cast<T, Half>(x), Half.Zero, destination)
            : MaskKernel<T, EqualOp<T>>.TryApply(x, T.Zero, destination);
}
