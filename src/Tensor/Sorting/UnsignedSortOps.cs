using System.Buffers.Binary;

namespace ArrayBridge;

/// <summary>Bool and unsigned integers: the value is its own key.</summary>
internal readonly struct UnsignedSortOps<T> : ISortOps<T>
    where T : unmanaged, System.Numerics.IBinaryInteger<T>, System.Numerics.IUnsignedNumber<T>
{
    public static bool HasKey => true;

    public static unsafe int KeyBytes => sizeof(T);

    public static ulong Key(T value) => ulong.CreateTruncating(value);

    public static bool Less(T a, T b) => a < b;

    public static bool IsNaN(T value) => false;

    public static T Swap(T value) => SortBits.Swap(value);
}
