using System.Diagnostics.CodeAnalysis;

namespace ArrayBridge;

internal static partial class ThrowHelper
{
    /// <summary>A kth outside its lane, in NumPy's words (after adding the lane length to a negative kth).</summary>
    [DoesNotReturn]
    public static void ThrowKthOutOfBounds(long kth, long length) =>
        throw new ArgumentOutOfRangeException("kth", $"kth(={kth}) out of bounds ({length})");

    /// <summary>An undefined sort kind (NumPy's "sort kind must be one of ..." has no enum to name).</summary>
    [DoesNotReturn]
    public static void ThrowSortKind(SortKind kind) => ThrowUndefinedEnum("kind", (int)kind, nameof(SortKind));

    /// <summary>An undefined search side.</summary>
    [DoesNotReturn]
    public static void ThrowSearchSide(SearchSide side) => ThrowUndefinedEnum("side", (int)side, nameof(SearchSide));
}
