using System.Numerics;

namespace ArrayBridge;

internal static partial class Ufuncs
{
    /// <summary><c>np.subtract</c>.</summary>
    public static readonly Ufunc Subtract = new("subtract", 2,
    [
    ], UfuncRules.RefuseBool, "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.");

    /// <summary><c>np.multiply</c>.</summary>
    public static readonly Ufunc Multiply = new("multiply", 2,
    [
    ]);

    /// <summary><c>np.divide</c> (<c>np.true_divide</c> is the same ufunc): NumPy names it "divide" in its messages.</summary>
    public static readonly Ufunc Divide = new("divide", 2,
    [
    ], UfuncRules.IntegersToFloat64);

    /// <summary><c>np.floor_divide</c>.</summary>
    public static readonly Ufunc FloorDivide = new("floor_divide", 2,
    [
    ]);

    /// <summary><c>np.remainder</c>.</summary>
    public static readonly Ufunc Remainder = new("remainder", 2,
    [
    ]);

    /// <summary><c>np.fmod</c>.</summary>
    public static readonly Ufunc Fmod = new("fmod", 2,
    [
    ]);

    /// <summary><c>np.power</c>.</summary>
    public static readonly Ufunc Power = new("power", 2,
    [
    ]);

    /// <summary><c>np.negative</c>.</summary>
    public static readonly Ufunc Negative = new("negative", 1,
    [
    ], UfuncRules.RefuseBool, "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.");

    /// <summary><c>np.positive</c>.</summary>
    public static readonly Ufunc Positive = new("positive", 1,
    [
    ]);

    /// <summary><c>np.absolute</c>.</summary>
    public static readonly Ufunc Absolute = new("absolute", 1,
    [
    ]);

    /// <summary><c>np.sign</c>.</summary>
    public static readonly Ufunc Sign = new("sign", 1,
    [
    ]);

    /// <summary><c>np.square</c>.</summary>
    public static readonly Ufunc Square = new("square", 1,
    [
    ]);

    /// <summary><c>np.reciprocal</c>.</summary>
    public static readonly Ufunc Reciprocal = new("reciprocal", 1,
    [
    ]);

    /// <summary><c>np.conjugate</c>.</summary>
    public static readonly Ufunc Conjugate = new("conjugate", 1,
    [
    ]);
}
