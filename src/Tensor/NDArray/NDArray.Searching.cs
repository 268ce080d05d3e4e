namespace ArrayBridge;

public partial class NDArray
{
    /// <summary>
    /// The indices where the values of <paramref name="v"/> would be inserted into the sorted 1-d
    /// <paramref name="a"/> to keep it sorted (<c>np.searchsorted(a, v, side, sorter)</c>), as an
    /// int64 array of <paramref name="v"/>'s shape (0-d for a scalar). Both are compared in their
    /// common dtype, in NumPy's sort order (NaN last). With <paramref name="sorter"/>, <paramref name="a"/>
    /// is searched in the order of those indices (such as <see cref="ArgSort"/>'s result).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="a"/> is not 1-d ("object too deep for desired
    /// array"), or <paramref name="sorter"/> is not integers of <paramref name="a"/>'s size ("sorter.size must equal a.size").</exception>
    /// <exception cref="ArgumentOutOfRangeException">A sorter index is outside <paramref name="a"/>
    /// ("Sorter index out of range."), or <paramref name="side"/> is undefined.</exception>
    /// <exception cref="OverflowException">A Python-like integer <paramref name="v"/> outside the range of
    /// <paramref name="a"/>'s integer dtype (NEP 50, as NumPy 2: "Python integer 300 out of bounds for uint8").</exception>
    public static NDArray SearchSorted(NDArray a, Operand v, SearchSide side = SearchSide.Left, NDArray? sorter = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        v.Array?.ThrowIfDisposed();
        if ((uint)side > (uint)SearchSide.Right)
            ThrowHelper.ThrowSearchSide(side);
        return SearchEngine.Run(a, v, side, sorter);
    }

    /// <summary>
    /// The int64 indices that sort by several keys (<c>np.lexsort(keys, axis)</c>): the last key is
    /// the primary one, each earlier key breaks the ties of the later ones, and ties in all keys keep
    /// their input order. Every key must have the same shape; the keys may differ in dtype.
    /// </summary>
    /// <exception cref="ArgumentException">No keys ("need sequence of keys with len > 0 in lexsort"),
    /// or keys of different shapes ("all keys need to be the same shape").</exception>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of bounds.</exception>
    public static unsafe NDArray LexSort(IReadOnlyList<NDArray> keys, int axis = -1)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
            ThrowHelper.ThrowArgument("need sequence of keys with len > 0 in lexsort", nameof(keys));
        foreach (NDArray key in keys)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(keys));
            key.ThrowIfDisposed();
            if (!key.ShapeArray.AsSpan().SequenceEqual(keys[0].ShapeArray))
                ThrowHelper.ThrowArgument("all keys need to be the same shape", nameof(keys));
        }

        // NumPy sorts 0-d keys as one element along axis 0 or -1 and names dimension 0 for any other axis.
        if (keys[0].NDim == 0)
        {
            if (axis is not (0 or -1))
                Axes.NormalizeOne(axis, 0);
            NDArray zero = Empty(DType.Int64, []);
            *(long*)zero.Data = 0;
            return zero;
        }

        int normalized = Axes.NormalizeOne(axis, keys[0].NDim);
        return LexSortEngine.Run(keys, normalized);
    }
}
