namespace ArrayBridge;

/// <summary>Signed integers stored as their unsigned bits: flipping the sign bit orders them as unsigned keys.</summary>
internal readonly struct SignedSortOps<T> : ISortOps<T>
    where T : unmanaged, System.Numerics.IBinaryInteger<T>, System.Numerics.IUnsignedNumber<T>
{
    public static bool HasKey => true;

    public static unsafe int KeyBytes => sizeof(T);

    public static unsafe ulong Key(T value) => ulong.CreateTruncating(value) ^ (1UL << (8 * sizeof(T) - 1));

    public static bool Less(T a, T b) => Key(a) < Key(b);

    public static bool IsNaN(T value) => false;

    public static T Swap(T value) => SortBits.Swap(value);
}
