using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>Bool "multiplication" (<c>np.multiply</c> on bools is logical and); any nonzero byte is true.</summary>
internal readonly struct LogicalAndKernel : IBinaryKernel<bool, bool>
{
    // Bytes compared with zero: a bitwise and of two true bytes such as 1 and 2 would be false.
    public static bool Apply(bool x, bool y) => (Unsafe.BitCast<bool, byte>(x) != 0) & (Unsafe.BitCast<bool, byte>(y) != 0);
}
