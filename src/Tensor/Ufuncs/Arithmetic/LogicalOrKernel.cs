namespace ArrayBridge;

/// <summary>Bool "addition" (<c>np.add</c> on bools is logical or); any nonzero byte is true.</summary>
internal readonly struct LogicalOrKernel : IBinaryKernel<bool, bool>
{
    public static bool Apply(bool x, bool y) => x || y;
}
