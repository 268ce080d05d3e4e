using System.Numerics;

namespace ArrayBridge;

internal static partial class Ufuncs
{
    /// <summary><c>np.equal</c>.</summary>
    public static readonly Ufunc Equal = new("equal", 2,
    [
    ]);

    /// <summary><c>np.not_equal</c>.</summary>
    public static readonly Ufunc NotEqual = new("not_equal", 2,
    [
    ]);

    /// <summary><c>np.less</c>.</summary>
    public static readonly Ufunc Less = new("less", 2,
    [
    ]);

    /// <summary><c>np.less_equal</c>.</summary>
    public static readonly Ufunc LessEqual = new("less_equal", 2,
    [
    ]);

    /// <summary><c>np.greater</c>.</summary>
    public static readonly Ufunc Greater = new("greater", 2,
    [
    ]);

    /// <summary><c>np.greater_equal</c>.</summary>
    public static readonly Ufunc GreaterEqual = new("greater_equal", 2,
    [
    ]);

    /// <summary><c>np.maximum</c>.</summary>
    public static readonly Ufunc Maximum = new("maximum", 2,
    [
    ]);

    /// <summary><c>np.minimum</c>.</summary>
    public static readonly Ufunc Minimum = new("minimum", 2,
    [
    ]);

    /// <summary><c>np.fmax</c>.</summary>
    public static readonly Ufunc Fmax = new("fmax", 2,
    [
    ]);

    /// <summary><c>np.fmin</c>.</summary>
    public static readonly Ufunc Fmin = new("fmin", 2,
    [
    ]);

    /// <summary><c>np.clip</c> (the ufunc <c>np.core.umath.clip</c>).</summary>
    public static readonly Ufunc Clip = new("clip", 3,
    [
    ]);
}
