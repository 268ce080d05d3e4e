using System.Numerics;
using System.Numerics.Tensors;

namespace ArrayBridge;

/// <summary>
/// <c>np.right_shift</c> (<c>npy_rshift</c>): arithmetic for signed types; a count at or past the bit
/// width, or negative, gives 0, or -1 for a negative x, where C#'s shift would mask the count. A
/// contiguous run shifted by one broadcast count goes through
/// <see cref="TensorPrimitives.ShiftRightArithmetic{T}(ReadOnlySpan{T}, int, Span{T})"/> (logical for
/// unsigned types, as their <c>&gt;&gt;</c> is); per-element counts stay scalar.
/// </summary>
internal readonly unsafe struct RightShiftKernel<T> : IBinaryKernel<T, T>
    where T : unmanaged, IBinaryInteger<T>
{
    public static T Apply(T x, T y) =>
        LeftShiftKernel<T>.InRange(y) ? x >> int.CreateTruncating(y) : T.IsNegative(x) ? T.AllBitsSet : T.Zero;

    public static bool TryApply(ReadOnlySpan<T> x, T y, Span<T> destination)
    {
        if (LeftShiftKernel<T>.InRange(y))
        {
            TensorPrimitives.ShiftRightArithmetic(x, int.CreateTruncating(y), destination);
        }
        else if (T.IsNegative(T.AllBitsSet))
        {
            // Past the width a signed result is all sign bits, which is what a shift by width - 1 leaves.
            TensorPrimitives.ShiftRightArithmetic(x, sizeof(T) * 8 - 1, destination);
        }
        else
        {
            destination.Clear();
        }

        return true;
    }
}
