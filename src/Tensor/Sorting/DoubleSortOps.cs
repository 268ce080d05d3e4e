namespace ArrayBridge;

/// <summary>float64 stored as its bits.</summary>
internal readonly struct DoubleSortOps : ISortOps<ulong>
{
    public static bool HasKey => true;

    public static int KeyBytes => 8;

    public static ulong Key(ulong value) => SortBits.FloatKey(value, 64, 0x7FF0_0000_0000_0000);

    public static bool Less(ulong a, ulong b) => Key(a) < Key(b);

    public static bool IsNaN(ulong value) => (value & 0x7FFF_FFFF_FFFF_FFFF) > 0x7FF0_0000_0000_0000;

    public static ulong Swap(ulong value) => SortBits.Swap(value);
}
