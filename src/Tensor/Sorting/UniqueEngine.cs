namespace ArrayBridge;

/// <summary>
/// np.unique over the flattened array (NumPy 1.24's <c>_unique1d</c>): a stable argsort, then the
/// first element of every run of equal values; with <c>equal_nan</c> every NaN (for complex, every
/// value with a NaN part) from the first on is one run.
/// </summary>
internal static unsafe class UniqueEngine
{
    /// <summary>Computes the unique values and the asked-for companions.</summary>
    public static UniqueResult Run(NDArray a, bool returnIndex, bool returnInverse, bool returnCounts, bool equalNan)
    {
        using NDArray flat = a.Flatten();
        int n = LaneRunner.LaneLength(flat, 0);
        using NDArray perm = SortEngine.ArgSort(flat, 0);
        var starts = new bool[n];
        var action = new RunStartsAction(flat, perm, starts, equalNan);
        SortDispatch.Run(flat.DType, ref action);

        long* order = (long*)perm.Data;
        int unique = CountRuns(starts);

        var resources = new List<NDArray>(4);
        try
        {
            NDArray values = NDArray.Empty(flat.DType, [unique]);
            resources.Add(values);

            // The flattened copy is C-contiguous: element i is at i * itemsize.
            (NDArray? indices, NDArray? inverse, NDArray? counts) = GatherRuns(
                flat.Data, values.Data, flat.ItemSize, order, starts, unique, returnIndex, returnInverse, returnCounts, resources);
            return new UniqueResult(values, indices, inverse, counts);
        }
        catch
        {
            foreach (NDArray r in resources)
                r.Dispose();
            throw;
        }
    }

    /// <summary>How many runs begin in <paramref name="starts"/>: the number of unique values (or rows).</summary>
    internal static int CountRuns(bool[] starts)
    {
        int unique = 0;
        foreach (bool s in starts)
        {
            if (s)
                unique++;
        }

        return unique;
    }

    /// <summary>
    /// What the flattened and the axis forms share once the runs are marked: copies the first item
    /// (an element, or a row of <paramref name="itemBytes"/>) of each run into <paramref name="target"/>
    /// in sorted order, and fills the index, inverse and counts asked for (int64, as NumPy's),
    /// which are added to <paramref name="resources"/> so a failure disposes them.
    /// </summary>
    internal static (NDArray? Indices, NDArray? Inverse, NDArray? Counts) GatherRuns(
        byte* source, byte* target, nint itemBytes, long* order, bool[] starts, int unique,
        bool returnIndex, bool returnInverse, bool returnCounts, List<NDArray> resources)
    {
        int n = starts.Length;
        NDArray? indices = returnIndex ? Add(resources, NDArray.Empty(DType.Int64, [unique])) : null;
        NDArray? inverse = returnInverse ? Add(resources, NDArray.Empty(DType.Int64, [n])) : null;
        NDArray? counts = returnCounts ? Add(resources, NDArray.Empty(DType.Int64, [unique])) : null;
        long u = -1;
        for (int i = 0; i < n; i++)
        {
            long item = order[i];
            if (starts[i])
            {
                u++;
                Buffer.MemoryCopy(source + item * itemBytes, target + u * itemBytes, itemBytes, itemBytes);
                if (indices is not null)
                    ((long*)indices.Data)[u] = item;
                if (counts is not null)
                    ((long*)counts.Data)[u] = 0;
            }

            if (inverse is not null)
                ((long*)inverse.Data)[item] = u;
            if (counts is not null)
                ((long*)counts.Data)[u]++;
        }

        return (indices, inverse, counts);
    }

    private static NDArray Add(List<NDArray> resources, NDArray array)
    {
        resources.Add(array);
        return array;
    }

    /// <summary>Marks where each run of equal values begins in the sorted order.</summary>
    private readonly struct RunStartsAction(NDArray flat, NDArray perm, bool[] starts, bool equalNan) : ISortAction
    {
        public void Run<T, TOps>()
            where T : unmanaged
            where TOps : ISortOps<T>
        {
            int n = starts.Length;
            if (n == 0)
                return;
            bool swap = !flat.DType.IsNativeByteOrder;
            T* data = (T*)flat.Data;
            long* order = (long*)perm.Data;
            T previous = Read<T, TOps>(data, order[0], swap);
            starts[0] = true;
            for (int i = 1; i < n; i++)
            {
                T x = Read<T, TOps>(data, order[i], swap);
                if (equalNan && TOps.IsNaN(x))
                {
                    // NaN sort last: the first one starts the one NaN run, the rest belong to it.
                    starts[i] = !TOps.IsNaN(previous);
                    for (int j = i + 1; j < n; j++)
                        starts[j] = false;
                    return;
                }

                // NumPy's aux[1:] != aux[:-1]: NaN differs from everything, -0.0 equals 0.0.
                starts[i] = TOps.IsNaN(x) || TOps.Less(previous, x);
                previous = x;
            }
        }

        private static T Read<T, TOps>(T* data, long index, bool swap)
            where T : unmanaged
            where TOps : ISortOps<T> => swap ? TOps.Swap(data[index]) : data[index];
    }
}
