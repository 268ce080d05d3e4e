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
}
