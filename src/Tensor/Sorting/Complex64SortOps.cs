namespace ArrayBridge;

/// <summary>
/// complex64 stored as one 8-byte word (real part in the low half): NumPy's lexicographic order with
/// R+Rj &lt; R+nanj &lt; nan+Rj &lt; nan+nanj.
/// </summary>
internal readonly struct Complex64SortOps : ISortOps<ulong>
{
    public static bool HasKey => false;

    public static int KeyBytes => 0;

    public static ulong Key(ulong value) => 0;

    public static bool Less(ulong a, ulong b) =>
        ComplexOrder.Less(SingleSortOps.Key((uint)a), SingleSortOps.Key((uint)(a >> 32)), SingleSortOps.Key((uint)b), SingleSortOps.Key((uint)(b >> 32)), 0xFFFF_FFFFUL);

    public static bool IsNaN(ulong value) => SingleSortOps.IsNaN((uint)value) || SingleSortOps.IsNaN((uint)(value >> 32));

    public static ulong Swap(ulong value) => SortBits.Swap((uint)value) | ((ulong)SortBits.Swap((uint)(value >> 32)) << 32);
}
