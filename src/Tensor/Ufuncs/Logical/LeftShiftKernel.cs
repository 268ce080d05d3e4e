using System.Numerics;
using System.Numerics.Tensors;

namespace ArrayBridge;

/// <summary>
/// <c>np.left_shift</c> (<c>npy_lshift</c>): a count at or past the bit width, or negative, gives 0,
/// where C#'s shift would mask the count. Bits shifted past the width are lost (int8 1 &lt;&lt; 7 is
/// -128). A contiguous run shifted by one broadcast count goes through
/// <see cref="TensorPrimitives.ShiftLeft{T}(ReadOnlySpan{T}, int, Span{T})"/>; per-element counts stay scalar.
/// </summary>
internal readonly unsafe struct LeftShiftKernel<T> : IBinaryKernel<T, T>
    where T : unmanaged, IBinaryInteger<T>
{
    public static T Apply(T x, T y) => InRange(y) ? x << int.CreateTruncating(y) : T.Zero;

    /// <summary>Whether a shift count is in [0, bit width).</summary>
    internal static bool InRange(T count) => !T.IsNegative(count) && count < T.CreateTruncating(sizeof(T) * 8);

    public static bool TryApply(ReadOnlySpan<T> x, T y, Span<T> destination)
    {
        if (InRange(y))
        {
            TensorPrimitives.ShiftLeft(x, int.CreateTruncating(y), destination);
        }
        else
        {
            destination.Clear();
        }

        return true;
    }
}
