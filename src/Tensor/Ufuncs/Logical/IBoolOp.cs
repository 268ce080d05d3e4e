using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary>
/// A two-input operation on bools given as bytes that are exactly 0 or 1 (the loop normalizes
/// first, since any nonzero byte of a bool array is true); the result is 0 or 1 too.
/// </summary>
internal interface IBoolOp
{
    /// <summary>One pair of 0/1 bytes.</summary>
    static abstract byte Apply(byte x, byte y);

    /// <summary>Lane-wise on 0/1 bytes.</summary>
    static abstract Vector256<byte> Apply(Vector256<byte> x, Vector256<byte> y);
}
