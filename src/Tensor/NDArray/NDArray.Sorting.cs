using System.Runtime.CompilerServices;

namespace ArrayBridge;

public partial class NDArray
{
    /// <summary>
    /// A sorted copy of <paramref name="a"/> (<c>np.sort(a, axis, kind)</c>): every lane along
    /// <paramref name="axis"/> in ascending order, NaN last (complex numbers lexicographic, with
    /// R+Rj &lt; R+nanj &lt; nan+Rj &lt; nan+nanj), -0.0 equal to 0.0. A null axis sorts the flattened
    /// array. The copy keeps <paramref name="a"/>'s dtype and layout (<c>order='K'</c>). Every kind is
    /// sorted stably: equal elements keep their input order.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of bounds ("axis 2 is out of bounds
    /// for array of dimension 2"), or <paramref name="kind"/> is undefined.</exception>
    public static NDArray Sort(NDArray a, int? axis = -1, SortKind kind = SortKind.Quicksort)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        CheckSortKind(kind);
        int normalized = axis is null ? 0 : Axes.NormalizeOne(axis.Value, a.NDim);
        NDArray result = axis is null ? a.Flatten() : a.Copy(ArrayOrder.K);
        try
        {
            SortEngine.SortInPlace(result, normalized);
            return result;
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }

    /// <summary>Sorts this array in place along <paramref name="axis"/> (<c>a.sort(axis, kind)</c>); see <see cref="Sort"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of bounds, or <paramref name="kind"/> is undefined.</exception>
    /// <exception cref="InvalidOperationException">The array is read-only.</exception>
    public void SortInPlace(int axis = -1, SortKind kind = SortKind.Quicksort)
    {
        ThrowIfDisposed();
        CheckSortKind(kind);
        int normalized = Axes.NormalizeOne(axis, NDim);
        ThrowIfNotWriteable();
        SortEngine.SortInPlace(this, normalized);
    }

    /// <summary>
    /// The int64 indices that sort <paramref name="a"/> along <paramref name="axis"/>
    /// (<c>np.argsort(a, axis, kind)</c>), in the order of <see cref="Sort"/>; ties keep their input
    /// order, so the result equals NumPy's <c>kind='stable'</c>. A null axis sorts the flattened
    /// array; a 0-d array is treated as 1-d, as NumPy does.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of bounds, or <paramref name="kind"/> is undefined.</exception>
    public static NDArray ArgSort(NDArray a, int? axis = -1, SortKind kind = SortKind.Quicksort)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        CheckSortKind(kind);
        return WithLanes(a, axis, static (x, ax) => SortEngine.ArgSort(x, ax));
    }

    /// <summary>
    /// A copy of <paramref name="a"/> partitioned around <paramref name="kth"/>
    /// (<c>np.partition(a, kth, axis)</c>): in every lane the element of that rank is where a sort
    /// would put it, nothing greater before it and nothing smaller after it. A negative kth counts
    /// from the end; a null axis partitions the flattened array.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The kth is outside the lane ("kth(=5) out of bounds (5)"), or the axis is out of bounds.</exception>
    public static NDArray Partition(NDArray a, long kth, int? axis = -1) => Partition(a, [kth], axis);

    /// <summary>
    /// A copy of <paramref name="a"/> partitioned around every rank in <paramref name="kth"/>
    /// (<c>np.partition(a, [k1, k2, ...], axis)</c>); see <see cref="Partition(NDArray, long, int?)"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A kth is outside the lane, or the axis is out of bounds.</exception>
    /// <exception cref="ArgumentException"><paramref name="kth"/> is empty (NumPy: "Partition index must be integer").</exception>
    public static NDArray Partition(NDArray a, ReadOnlySpan<long> kth, int? axis = -1)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        CheckKthCount(kth);
        int normalized = axis is null ? 0 : Axes.NormalizeOne(axis.Value, a.NDim);
        NDArray result = axis is null ? a.Flatten() : a.Copy(ArrayOrder.K);
        try
        {
            if (result.Size != 0)
                SortEngine.PartitionInPlace(result, normalized, SortEngine.NormalizeKth(kth, result.ShapeArray[normalized]));
            return result;
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The int64 indices that partition <paramref name="a"/> around <paramref name="kth"/>
    /// (<c>np.argpartition(a, kth, axis)</c>); see <see cref="Partition(NDArray, long, int?)"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The kth is outside the lane, or the axis is out of bounds.</exception>
    public static NDArray ArgPartition(NDArray a, long kth, int? axis = -1) => ArgPartition(a, [kth], axis);

    /// <summary>The int64 indices that partition <paramref name="a"/> around every rank in <paramref name="kth"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A kth is outside the lane, or the axis is out of bounds.</exception>
    /// <exception cref="ArgumentException"><paramref name="kth"/> is empty.</exception>
    public static NDArray ArgPartition(NDArray a, ReadOnlySpan<long> kth, int? axis = -1)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        CheckKthCount(kth);
        long[] ks = kth.ToArray();
        return WithLanes(a, axis, (x, ax) => SortEngine.ArgPartition(x, ax, x.Size == 0 ? [] : SortEngine.NormalizeKth(ks, x.ShapeArray[ax])));
    }

    /// <summary>
    /// Runs an index-producing lane operation the way NumPy's <c>PyArray_CheckAxis</c> prepares its
    /// input: a null axis flattens, and a 0-d array is viewed as 1-d.
    /// </summary>
    private static NDArray WithLanes(NDArray a, int? axis, Func<NDArray, int, NDArray> run)
    {
        if (axis is null || a.NDim == 0)
        {
            using NDArray flat = a.Ravel();
            return run(flat, Axes.NormalizeOne(axis ?? 0, 1));
        }

        return run(a, Axes.NormalizeOne(axis.Value, a.NDim));
    }

    private static void CheckKthCount(ReadOnlySpan<long> kth)
    {
        if (kth.IsEmpty)
            ThrowHelper.ThrowArgument("Partition index must be integer", nameof(kth));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CheckSortKind(SortKind kind)
    {
        if ((uint)kind > (uint)SortKind.Stable)
            ThrowHelper.ThrowSortKind(kind);
    }
}
