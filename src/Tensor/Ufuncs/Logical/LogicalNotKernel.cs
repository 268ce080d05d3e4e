using System.Numerics;

namespace ArrayBridge;

/// <summary><c>np.logical_not</c> on numbers: true for zero (-0.0 included), false otherwise (NaN included).</summary>
internal readonly struct LogicalNotKernel<T> : IUnaryKernel<T, bool>
    where T : unmanaged, INumberBase<T>
{
    public static bool Apply(T x) => x == T.Zero;

    // The same lane masks as x == 0 in np.equal, against a broadcast zero.
    public static bool TryApply(ReadOnlySpan<T> x, Span<bool> destination) =>
        MaskKernel<T, EqualOp<T>>.TryApply(x, T.Zero, destination);
}
