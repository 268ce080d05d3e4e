using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary>Bool logical or (<c>np.logical_or</c>, <c>np.bitwise_or</c>, <c>np.maximum</c>, <c>np.fmax</c> on bools).</summary>
internal readonly struct BoolOrOp : IBoolOp
{
    public static byte Apply(byte x, byte y) => (byte)(x | y);

    public static Vector256<byte> Apply(Vector256<byte> x, Vector256<byte> y) => x | y;
}
