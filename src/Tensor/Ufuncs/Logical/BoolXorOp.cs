using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary>Bool exclusive or (<c>np.logical_xor</c>, <c>np.bitwise_xor</c> on bools).</summary>
internal readonly struct BoolXorOp : IBoolOp
{
    public static byte Apply(byte x, byte y) => (byte)(x ^ y);

    public static Vector256<byte> Apply(Vector256<byte> x, Vector256<byte> y) => x ^ y;
}
