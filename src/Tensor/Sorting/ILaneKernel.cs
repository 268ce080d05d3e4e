namespace ArrayBridge;

/// <summary>What is done to one contiguous lane (sort, select), whatever the element type.</summary>
internal interface ILaneKernel
{
    /// <summary>Rearranges <paramref name="lane"/>; <paramref name="scratch"/> holds as many elements.</summary>
    void Process<T, TOps>(Span<T> lane, Span<T> scratch)
        where T : unmanaged
        where TOps : ISortOps<T>;
}
