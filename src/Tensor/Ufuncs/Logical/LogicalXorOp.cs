using System.Numerics;
using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary><c>np.logical_xor</c> on numbers: nonzero is true (NaN is true, -0.0 is false).</summary>
internal readonly struct LogicalXorOp<T> : IMaskOp<T>
    where T : unmanaged, INumberBase<T>
{
    public static bool Apply(T x, T y) => (x != T.Zero) != (y != T.Zero);

    public static Vector256<T> Apply(Vector256<T> x, Vector256<T> y) => Vector256.Equals(x, Vector256<T>.Zero) ^ Vector256.Equals(y, Vector256<T>.Zero);
}
