namespace ArrayBridge;

/// <summary>Sorts a lane stably.</summary>
internal readonly struct SortLaneKernel : ILaneKernel
{
    public void Process<T, TOps>(Span<T> lane, Span<T> scratch)
        where T : unmanaged
        where TOps : ISortOps<T> => SortAlgorithms<T, TOps>.StableSort(lane, scratch);
}
