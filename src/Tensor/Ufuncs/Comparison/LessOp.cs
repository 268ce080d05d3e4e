using System.Numerics;
using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary>x1 &lt; x2 (false when either is NaN): IEEE 754 comparisons for floats, as NumPy's loops make them; the vector compares are the ordered ones.</summary>
internal readonly struct LessOp<T> : IMaskOp<T>
    where T : unmanaged, IComparisonOperators<T, T, bool>
{
    public static bool Apply(T x, T y) => x < y;

    public static Vector256<T> Apply(Vector256<T> x, Vector256<T> y) => Vector256.LessThan(x, y);
}
