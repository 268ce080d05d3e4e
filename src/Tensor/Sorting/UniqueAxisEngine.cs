namespace ArrayBridge;

/// <summary>
/// np.unique along an axis (NumPy 1.24): the axis is moved first and the array copied to a
/// C-contiguous (n, m) block whose rows NumPy views as one structured element each. Rows are
/// ordered lexicographically by NumPy's element order (NaN last, -0.0 equal to 0.0), stably, and a
/// row starts a new run when any element differs from the previous row's by <c>!=</c> — so NaN
/// rows are never merged (NumPy ignores <c>equal_nan</c> with an axis).
/// </summary>
internal static unsafe class UniqueAxisEngine
{
    /// <summary>Computes the unique sub-arrays along the normalized <paramref name="axis"/> and the asked-for companions.</summary>
    public static UniqueResult Run(NDArray a, int axis, bool returnIndex, bool returnInverse, bool returnCounts)
    {
        int ndim = a.NDim;
        var order = new int[ndim];
        order[0] = axis;
        for (int i = 0, k = 1; i < ndim; i++)
        {
            if (i != axis)
                order[k++] = i;
        }

        using NDArray moved = a.Transpose(order);
        using NDArray rows = moved.Copy(ArrayOrder.C);
        nint[] shape = rows.ShapeArray;
        int n = checked((int)shape[0]);
        nint m = 1;
        for (int i = 1; i < ndim; i++)
            m *= shape[i];

        var perm = new long[n];
        for (int i = 0; i < n; i++)
            perm[i] = i;
        var starts = new bool[n];
        if (n > 0)
        {
            var action = new RowsAction(rows, m, perm, starts);
            SortDispatch.Run(rows.DType, ref action);
        }

        int unique = UniqueEngine.CountRuns(starts);

        var resources = new List<NDArray>(5);
        try
        {
            var valuesShape = (nint[])shape.Clone();
            valuesShape[0] = unique;
            NDArray block = NDArray.Empty(rows.DType, valuesShape);
            resources.Add(block);
            NDArray? indices, inverse, counts;
            fixed (long* sorted = perm)
            {
                (indices, inverse, counts) = UniqueEngine.GatherRuns(
                    rows.Data, block.Data, m * rows.ItemSize, sorted, starts, unique, returnIndex, returnInverse, returnCounts, resources);
            }

            // NumPy moves the axis back with a view, so the values are strided like its result.
            var back = new int[ndim];
            for (int i = 0; i < ndim; i++)
                back[order[i]] = i;
            NDArray values = block.Transpose(back);
            block.Dispose();
            resources.Remove(block);
            return new UniqueResult(values, indices, inverse, counts);
        }
        catch
        {
            foreach (NDArray r in resources)
                r.Dispose();
            throw;
        }
    }


    /// <summary>Sorts the row indices stably and marks where each run of equal rows begins.</summary>
    private readonly struct RowsAction(NDArray rows, nint m, long[] perm, bool[] starts) : ISortAction
    {
        public void Run<T, TOps>()
            where T : unmanaged
            where TOps : ISortOps<T>
        {
            // NumPy 1.24's HALF_compare, which orders the structured rows, puts NaN first (every
            // other type's compare puts it last, as its sort does).
            var comparer = new RowComparer<T, TOps>((T*)rows.Data, m, !rows.DType.IsNativeByteOrder, rows.DType.Type == ScalarType.Float16);
            var scratch = new long[perm.Length];
            MergeSort(perm, scratch, 0, perm.Length, comparer);
            starts[0] = true;
            for (int i = 1; i < perm.Length; i++)
                starts[i] = comparer.Differ(perm[i - 1], perm[i]);
        }
    }

    /// <summary>NumPy's structured compare (field by field, each by its dtype's compare) and <c>!=</c> over rows.</summary>
    private readonly struct RowComparer<T, TOps>(T* data, nint m, bool swap, bool nanFirst)
        where T : unmanaged
        where TOps : ISortOps<T>
    {
        public int Compare(long i, long j)
        {
            T* p = data + i * m;
            T* q = data + j * m;
            for (nint k = 0; k < m; k++)
            {
                T x = swap ? TOps.Swap(p[k]) : p[k];
                T y = swap ? TOps.Swap(q[k]) : q[k];
                if (nanFirst && (TOps.IsNaN(x) || TOps.IsNaN(y)))
                {
                    if (TOps.IsNaN(x) != TOps.IsNaN(y))
                        return TOps.IsNaN(x) ? -1 : 1;
                    continue;
                }

                if (TOps.Less(x, y))
                    return -1;
                if (TOps.Less(y, x))
                    return 1;
            }

            return 0;
        }

        public bool Differ(long i, long j)
        {
            T* p = data + i * m;
            T* q = data + j * m;
            for (nint k = 0; k < m; k++)
            {
                T x = swap ? TOps.Swap(p[k]) : p[k];
                T y = swap ? TOps.Swap(q[k]) : q[k];
                if (TOps.IsNaN(x) || TOps.IsNaN(y) || TOps.Less(x, y) || TOps.Less(y, x))
                    return true;
            }

            return false;
        }
    }

    /// <summary>A stable top-down merge sort of row indices; short ranges by insertion.</summary>
    private static void MergeSort<T, TOps>(long[] keys, long[] scratch, int lo, int hi, in RowComparer<T, TOps> comparer)
        where T : unmanaged
        where TOps : ISortOps<T>
    {
        if (hi - lo <= 16)
        {
            for (int i = lo + 1; i < hi; i++)
            {
                long v = keys[i];
                int j = i - 1;
                while (j >= lo && comparer.Compare(v, keys[j]) < 0)
                {
                    keys[j + 1] = keys[j];
                    j--;
                }

                keys[j + 1] = v;
            }

            return;
        }

        int mid = lo + ((hi - lo) >> 1);
        MergeSort(keys, scratch, lo, mid, comparer);
        MergeSort(keys, scratch, mid, hi, comparer);
        if (comparer.Compare(keys[mid], keys[mid - 1]) >= 0)
            return;
        Array.Copy(keys, lo, scratch, lo, hi - lo);
        int a = lo, b = mid, o = lo;
        while (a < mid && b < hi)
            keys[o++] = comparer.Compare(scratch[b], scratch[a]) < 0 ? scratch[b++] : scratch[a++];
        while (a < mid)
            keys[o++] = scratch[a++];
        while (b < hi)
            keys[o++] = scratch[b++];
    }
}
