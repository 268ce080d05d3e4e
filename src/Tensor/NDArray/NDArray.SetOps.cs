namespace ArrayBridge;

public partial class NDArray
{
    /// <summary>
    /// The sorted unique elements of the flattened <paramref name="a"/> (<c>np.unique(a,
    /// return_index, return_inverse, return_counts, equal_nan=equalNan)</c> of NumPy 1.24): the
    /// index of each value's first occurrence, the inverse (flattened) and the counts when asked for.
    /// With <paramref name="equalNan"/> all NaN (for complex, all values with a NaN part) count as
    /// one value, placed last; otherwise every NaN is its own value. -0.0 and 0.0 are one value.
    /// </summary>
    public static UniqueResult Unique(NDArray a, bool returnIndex = false, bool returnInverse = false, bool returnCounts = false, bool equalNan = true)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        return UniqueEngine.Run(a, returnIndex, returnInverse, returnCounts, equalNan);
    }

    /// <summary>
    /// The unique sub-arrays of <paramref name="a"/> along <paramref name="axis"/> (<c>np.unique(a,
    /// return_index, return_inverse, return_counts, axis=axis)</c> of NumPy 1.24), in the
    /// lexicographic order of each sub-array flattened in C order (NaN last, -0.0 equal to 0.0):
    /// the values keep <paramref name="a"/>'s rank with <paramref name="axis"/> shortened to the
    /// unique count; the first index of each sub-array, the inverse (one entry per position along
    /// the axis) and the counts, all int64 and 1-d, when asked for. As in NumPy 1.24 sub-arrays
    /// holding NaN never equal one another, whatever <paramref name="equalNan"/> says.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of bounds ("axis 2 is out of bounds
    /// for array of dimension 2").</exception>
    public static UniqueResult Unique(NDArray a, int axis, bool returnIndex = false, bool returnInverse = false, bool returnCounts = false, bool equalNan = true)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        _ = equalNan;
        int normalized = Axes.NormalizeOne(axis, a.NDim);
        return UniqueAxisEngine.Run(a, normalized, returnIndex, returnInverse, returnCounts);
    }
}
