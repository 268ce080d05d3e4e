namespace ArrayBridge;

/// <summary>float32 stored as its bits.</summary>
internal readonly struct SingleSortOps : ISortOps<uint>
{
    public static bool HasKey => true;

    public static int KeyBytes => 4;

    public static ulong Key(uint value) => SortBits.FloatKey(value, 32, 0x7F80_0000);

    public static bool Less(uint a, uint b) => Key(a) < Key(b);

    public static bool IsNaN(uint value) => (value & 0x7FFF_FFFF) > 0x7F80_0000;

    public static uint Swap(uint value) => SortBits.Swap(value);
}
