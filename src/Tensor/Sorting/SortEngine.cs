namespace ArrayBridge;

/// <summary>np.sort, np.argsort, np.partition and np.argpartition over the lane runner.</summary>
internal static class SortEngine
{
    /// <summary>Sorts every lane of <paramref name="a"/> along <paramref name="axis"/> (normalized) in place.</summary>
    public static void SortInPlace(NDArray a, int axis)
    {
        var action = new ValuesAction<SortLaneKernel>(a, axis, default);
        SortDispatch.Run(a.DType, ref action);
    }

    /// <summary>The indices that sort every lane of <paramref name="a"/>, as a new int64 array of its shape.</summary>
    public static NDArray ArgSort(NDArray a, int axis)
    {
        NDArray result = NDArray.Empty(DType.Int64, a.ShapeArray);
        try
        {
            var action = new IndexedAction<SortLaneKernel>(a, axis, result, default);
            SortDispatch.Run(a.DType, ref action);
            return result;
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }

    /// <summary>Partitions every lane of <paramref name="a"/> in place around the kth (normalized, ascending).</summary>
    public static void PartitionInPlace(NDArray a, int axis, int[] kth)
    {
        var action = new ValuesAction<SelectLaneKernel>(a, axis, new SelectLaneKernel(kth));
        SortDispatch.Run(a.DType, ref action);
    }

    /// <summary>The indices that partition every lane of <paramref name="a"/> around the kth.</summary>
    public static NDArray ArgPartition(NDArray a, int axis, int[] kth)
    {
        NDArray result = NDArray.Empty(DType.Int64, a.ShapeArray);
        try
        {
            var action = new IndexedAction<SelectLaneKernel>(a, axis, result, new SelectLaneKernel(kth));
            SortDispatch.Run(a.DType, ref action);
            return result;
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }

    /// <summary>
    /// NumPy's kth checks: each may count from the end, each must then lie in the lane ("kth(=5)
    /// out of bounds (5)"); the result is ascending and distinct, the order they are selected in.
    /// </summary>
    public static int[] NormalizeKth(ReadOnlySpan<long> kth, nint length)
    {
        var result = new int[kth.Length];
        for (int i = 0; i < kth.Length; i++)
        {
            long k = kth[i] < 0 ? kth[i] + length : kth[i];
            if (k < 0 || k >= length)
                ThrowHelper.ThrowKthOutOfBounds(k, length);
            result[i] = (int)k;
        }

        Array.Sort(result);
        int count = 0;
        for (int i = 0; i < result.Length; i++)
        {
            if (count == 0 || result[count - 1] != result[i])
                result[count++] = result[i];
        }

        return result[..count];
    }

    private readonly struct ValuesAction<TKernel>(NDArray a, int axis, TKernel kernel) : ISortAction
        where TKernel : struct, ILaneKernel
    {
        public void Run<T, TOps>()
            where T : unmanaged
            where TOps : ISortOps<T> => LaneRunner.RunValues<T, TOps, TKernel>(a, axis, kernel);
    }

    private readonly struct IndexedAction<TKernel>(NDArray a, int axis, NDArray result, TKernel kernel) : ISortAction
        where TKernel : struct, ILaneKernel
    {
        public void Run<T, TOps>()
            where T : unmanaged
            where TOps : ISortOps<T> => LaneRunner.RunIndexed<T, TOps, TKernel>(a, axis, result, kernel);
    }
}
