using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary>A comparison on bools: <typeparamref name="TOp"/> on the 0/1 bytes (False &lt; True, as NumPy orders them).</summary>
internal readonly struct BoolCompareOp<TOp> : IBoolOp
    where TOp : IMaskOp<byte>
{
    public static byte Apply(byte x, byte y) => TOp.Apply(x, y) ? (byte)1 : (byte)0;

    public static Vector256<byte> Apply(Vector256<byte> x, Vector256<byte> y) => TOp.Apply(x, y) & Vector256<byte>.One;
}
