using System.Numerics;

namespace ArrayBridge.Tests;

/// <summary>Reads any array's elements for comparisons: in C order, widened to complex128 (exact for the tests' values).</summary>
internal static class ArrayValues
{
    public static Complex[] Of(NDArray a)
    {
        using NDArray wide = a.AsType(DType.Complex128);
        return wide.ToArray<Complex>();
    }
}
