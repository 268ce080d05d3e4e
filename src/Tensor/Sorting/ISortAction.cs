namespace ArrayBridge;

/// <summary>Work that runs on the element type and order of one dtype, chosen by <see cref="SortDispatch.Run"/>.</summary>
internal interface ISortAction
{
    /// <summary>Runs with the storage type <typeparamref name="T"/> and NumPy's order <typeparamref name="TOps"/>.</summary>
    void Run<T, TOps>()
        where T : unmanaged
        where TOps : ISortOps<T>;
}
