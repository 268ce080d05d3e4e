using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary>Bool logical and (<c>np.logical_and</c>, <c>np.bitwise_and</c>, <c>np.minimum</c>, <c>np.fmin</c> on bools).</summary>
internal readonly struct BoolAndOp : IBoolOp
{
    public static byte Apply(byte x, byte y) => (byte)(x & y);

    public static Vector256<byte> Apply(Vector256<byte> x, Vector256<byte> y) => x & y;
}
