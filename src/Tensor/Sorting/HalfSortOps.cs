namespace ArrayBridge;

/// <summary>float16 stored as its bits.</summary>
internal readonly struct HalfSortOps : ISortOps<ushort>
{
    public static bool HasKey => true;

    public static int KeyBytes => 2;

    public static ulong Key(ushort value) => SortBits.FloatKey(value, 16, 0x7C00);

    public static bool Less(ushort a, ushort b) => Key(a) < Key(b);

    public static bool IsNaN(ushort value) => (value & 0x7FFF) > 0x7C00;

    public static ushort Swap(ushort value) => SortBits.Swap(value);
}
