namespace ArrayBridge;

/// <summary>Orders <see cref="Indexed{T}"/> by the element alone, so stable algorithms keep input order of ties.</summary>
internal readonly struct IndexedSortOps<T, TOps> : ISortOps<Indexed<T>>
    where T : unmanaged
    where TOps : ISortOps<T>
{
    public static bool HasKey => TOps.HasKey;

    public static int KeyBytes => TOps.KeyBytes;

    public static ulong Key(Indexed<T> value) => TOps.Key(value.Value);

    public static bool Less(Indexed<T> a, Indexed<T> b) => TOps.Less(a.Value, b.Value);

    public static bool IsNaN(Indexed<T> value) => TOps.IsNaN(value.Value);

    public static Indexed<T> Swap(Indexed<T> value) => new() { Value = TOps.Swap(value.Value), Index = value.Index };
}
