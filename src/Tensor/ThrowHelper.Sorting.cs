using System.Diagnostics.CodeAnalysis;

namespace ArrayBridge;

internal static partial class ThrowHelper
{
    /// <summary>A kth outside its lane, in NumPy's words (after adding the lane length to a negative kth).</summary>
    [DoesNotReturn]
    public static void ThrowKthOutOfBounds(long kth, long length) =>
        throw new ArgumentOutOfRangeException("kth", $"kth(={kth}) out of bounds ({length})");

    /// <summary>An undefined sort kind, in NumPy's words.</summary>
    [DoesNotReturn]
    public static void ThrowSortKind(SortKind kind) =>
        throw new ArgumentOutOfRangeException("kind", $"sort kind must be one of 'quick', 'heap', or 'stable' (got '{(int)kind}')");

    /// <summary>An undefined search side, in NumPy's words.</summary>
    [DoesNotReturn]
    public static void ThrowSearchSide(SearchSide side) =>
        throw new ArgumentOutOfRangeException("side", $"search side must be 'left' or 'right' (got '{(int)side}')");
}
