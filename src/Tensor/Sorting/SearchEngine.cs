using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// np.searchsorted: binary search of each value in a 1-d array sorted in NumPy's order (NaN last),
/// both cast to their common dtype first as NumPy does, optionally through a sorter permutation.
/// </summary>
internal static unsafe class SearchEngine
{
    /// <summary>Computes the insertion indices; see <see cref="NDArray.SearchSorted"/>.</summary>
    public static NDArray Run(NDArray a, Operand v, SearchSide side, NDArray? sorter)
    {
        if (a.NDim != 1)
            ThrowHelper.ThrowArgument(a.NDim == 0 ? "object of too small depth for desired array" : "object too deep for desired array", nameof(a));
        DType common = Promotion.ResultType([a, v]).AsNative();
        using NDArray sorted = a.AsType(common, Casting.Unsafe, ArrayOrder.C);
        using NDArray values = ValuesOf(v, common);
        long[]? order = sorter is null ? null : SorterOf(sorter, a.Size);
        NDArray result = NDArray.Empty(DType.Int64, values.ShapeArray);
        try
        {
            var action = new SearchAction(sorted, values, order, side == SearchSide.Right, result);
            SortDispatch.Run(common, ref action);
            return result;
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }

    private static NDArray ValuesOf(Operand v, DType common)
    {
        if (v.Array is { } array)
            return array.AsType(common, Casting.Unsafe, ArrayOrder.C);
        NDArray scalar = NDArray.Empty(common, []);
        Promotion.WriteScalar(v, common, scalar.Data);
        return scalar;
    }

    /// <summary>NumPy's sorter checks: integers, one per element of the searched array, each a valid index.</summary>
    private static long[] SorterOf(NDArray sorter, nint size)
    {
        sorter.ThrowIfDisposed();
        if (sorter.DType.Kind is not ('i' or 'u'))
            ThrowHelper.ThrowArgument("sorter must only contain integers", nameof(sorter));
        if (sorter.NDim != 1 || sorter.Size != size)
            ThrowHelper.ThrowArgument("sorter.size must equal a.size", nameof(sorter));
        using NDArray cast = sorter.AsType(DType.Int64, Casting.Unsafe, ArrayOrder.C);
        long[] order = cast.ToArray<long>();
        foreach (long i in order)
        {
            if ((ulong)i >= (ulong)size)
                ThrowHelper.ThrowArgumentOutOfRange(nameof(sorter), "Sorter index out of range.");
        }

        return order;
    }

    private readonly struct SearchAction(NDArray sorted, NDArray values, long[]? order, bool right, NDArray result) : ISortAction
    {
        public void Run<T, TOps>()
            where T : unmanaged
            where TOps : ISortOps<T>
        {
            var a = new ReadOnlySpan<T>(sorted.Data, checked((int)sorted.Size));
            var v = new ReadOnlySpan<T>(values.Data, checked((int)values.Size));
            var r = new Span<long>(result.Data, v.Length);
            for (int i = 0; i < v.Length; i++)
                r[i] = order is null ? Search<T, TOps>(a, v[i], right) : SearchSorter<T, TOps>(a, order, v[i], right);
        }
    }

    /// <summary>Left: the first index whose element is not less than the value; right: the first greater than it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Search<T, TOps>(ReadOnlySpan<T> a, T value, bool right)
        where T : unmanaged
        where TOps : ISortOps<T>
    {
        int lo = 0, hi = a.Length;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            bool goRight = right ? !TOps.Less(value, a[mid]) : TOps.Less(a[mid], value);
            if (goRight)
                lo = mid + 1;
            else
                hi = mid;
        }

        return lo;
    }

    private static long SearchSorter<T, TOps>(ReadOnlySpan<T> a, long[] order, T value, bool right)
        where T : unmanaged
        where TOps : ISortOps<T>
    {
        int lo = 0, hi = a.Length;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            T x = a[(int)order[mid]];
            bool goRight = right ? !TOps.Less(value, x) : TOps.Less(x, value);
            if (goRight)
                lo = mid + 1;
            else
                hi = mid;
        }

        return lo;
    }
}
