using System.Numerics;

namespace ArrayBridge;

internal static partial class Ufuncs
{
    /// <summary><c>np.logical_and</c>.</summary>
    public static readonly Ufunc LogicalAnd = new("logical_and", 2,
    [
    ]);

    /// <summary><c>np.logical_or</c>.</summary>
    public static readonly Ufunc LogicalOr = new("logical_or", 2,
    [
    ]);

    /// <summary><c>np.logical_xor</c>.</summary>
    public static readonly Ufunc LogicalXor = new("logical_xor", 2,
    [
    ]);

    /// <summary><c>np.bitwise_and</c>.</summary>
    public static readonly Ufunc BitwiseAnd = new("bitwise_and", 2,
    [
    ]);

    /// <summary><c>np.bitwise_or</c>.</summary>
    public static readonly Ufunc BitwiseOr = new("bitwise_or", 2,
    [
    ]);

    /// <summary><c>np.bitwise_xor</c>.</summary>
    public static readonly Ufunc BitwiseXor = new("bitwise_xor", 2,
    [
    ]);

    /// <summary><c>np.left_shift</c>.</summary>
    public static readonly Ufunc LeftShift = new("left_shift", 2,
    [
    ]);

    /// <summary><c>np.right_shift</c>.</summary>
    public static readonly Ufunc RightShift = new("right_shift", 2,
    [
    ]);

    /// <summary><c>np.logical_not</c>.</summary>
    public static readonly Ufunc LogicalNot = new("logical_not", 1,
    [
    ]);

    /// <summary><c>np.invert</c>.</summary>
    public static readonly Ufunc Invert = new("invert", 1,
    [
    ]);
}
