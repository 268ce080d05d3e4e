namespace ArrayBridge;

/// <summary>Partitions a lane around each kth in turn (ascending, distinct), each within what the previous left.</summary>
internal readonly struct SelectLaneKernel(int[] kth) : ILaneKernel
{
    public void Process<T, TOps>(Span<T> lane, Span<T> scratch)
        where T : unmanaged
        where TOps : ISortOps<T>
    {
        int left = 0;
        foreach (int k in kth)
        {
            // Everything before 'left' is already no greater than what remains.
            SortAlgorithms<T, TOps>.Select(lane, left, k);
            left = k + 1;
        }
    }
}
