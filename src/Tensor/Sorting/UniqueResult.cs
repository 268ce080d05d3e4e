namespace ArrayBridge;

/// <summary>
/// What <c>NDArray.Unique</c> returns (with or without an axis), as NumPy's <c>np.unique</c> tuple: the sorted unique
/// values and, when asked for, the first index of each, the inverse (the index into the unique
/// values of every input element, flattened as in NumPy 1.24, or of every position along the axis) and the counts. Disposing it disposes
/// every array in it.
/// </summary>
/// <param name="Values">The sorted unique values, 1-d, of the input's dtype.</param>
/// <param name="Indices">The int64 index of each value's first occurrence in the flattened input, or null.</param>
/// <param name="Inverse">The int64 indices that rebuild the flattened input from <paramref name="Values"/>, or null.</param>
/// <param name="Counts">The int64 number of occurrences of each value, or null.</param>
public sealed record UniqueResult(NDArray Values, NDArray? Indices, NDArray? Inverse, NDArray? Counts) : IDisposable
{
    /// <summary>Disposes every array of the result.</summary>
    public void Dispose()
    {
        Values.Dispose();
        Indices?.Dispose();
        Inverse?.Dispose();
        Counts?.Dispose();
    }
}
