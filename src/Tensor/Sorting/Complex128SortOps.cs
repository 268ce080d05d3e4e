namespace ArrayBridge;

/// <summary>complex128 as the bits of its parts: NumPy's lexicographic order with NaN classes last.</summary>
internal readonly struct Complex128SortOps : ISortOps<Complex128Bits>
{
    public static bool HasKey => false;

    public static int KeyBytes => 0;

    public static ulong Key(Complex128Bits value) => 0;

    public static bool Less(Complex128Bits a, Complex128Bits b) =>
        ComplexOrder.Less(DoubleSortOps.Key(a.Real), DoubleSortOps.Key(a.Imaginary), DoubleSortOps.Key(b.Real), DoubleSortOps.Key(b.Imaginary), ulong.MaxValue);

    public static bool IsNaN(Complex128Bits value) => DoubleSortOps.IsNaN(value.Real) || DoubleSortOps.IsNaN(value.Imaginary);

    public static Complex128Bits Swap(Complex128Bits value) =>
        new() { Real = SortBits.Swap(value.Real), Imaginary = SortBits.Swap(value.Imaginary) };
}
