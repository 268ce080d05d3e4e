using System.Numerics;

namespace ArrayBridge;

internal static partial class Ufuncs
{
    /// <summary><c>np.hypot</c>.</summary>
    public static readonly Ufunc Hypot = new("hypot", 2,
    [
    ]);

    /// <summary><c>np.arctan2</c>.</summary>
    public static readonly Ufunc Arctan2 = new("arctan2", 2,
    [
    ]);

    /// <summary><c>np.copysign</c>.</summary>
    public static readonly Ufunc Copysign = new("copysign", 2,
    [
    ]);

    /// <summary><c>np.logaddexp</c>.</summary>
    public static readonly Ufunc LogAddExp = new("logaddexp", 2,
    [
    ]);

    /// <summary><c>np.sqrt</c>.</summary>
    public static readonly Ufunc Sqrt = new("sqrt", 1,
    [
    ]);

    /// <summary><c>np.cbrt</c>.</summary>
    public static readonly Ufunc Cbrt = new("cbrt", 1,
    [
    ]);

    /// <summary><c>np.exp</c>.</summary>
    public static readonly Ufunc Exp = new("exp", 1,
    [
    ]);

    /// <summary><c>np.exp2</c>.</summary>
    public static readonly Ufunc Exp2 = new("exp2", 1,
    [
    ]);

    /// <summary><c>np.expm1</c>.</summary>
    public static readonly Ufunc Expm1 = new("expm1", 1,
    [
    ]);

    /// <summary><c>np.log</c>.</summary>
    public static readonly Ufunc Log = new("log", 1,
    [
    ]);

    /// <summary><c>np.log2</c>.</summary>
    public static readonly Ufunc Log2 = new("log2", 1,
    [
    ]);

    /// <summary><c>np.log10</c>.</summary>
    public static readonly Ufunc Log10 = new("log10", 1,
    [
    ]);

    /// <summary><c>np.log1p</c>.</summary>
    public static readonly Ufunc Log1p = new("log1p", 1,
    [
    ]);

    /// <summary><c>np.sin</c>.</summary>
    public static readonly Ufunc Sin = new("sin", 1,
    [
    ]);

    /// <summary><c>np.cos</c>.</summary>
    public static readonly Ufunc Cos = new("cos", 1,
    [
    ]);

    /// <summary><c>np.tan</c>.</summary>
    public static readonly Ufunc Tan = new("tan", 1,
    [
    ]);

    /// <summary><c>np.arcsin</c>.</summary>
    public static readonly Ufunc Arcsin = new("arcsin", 1,
    [
    ]);

    /// <summary><c>np.arccos</c>.</summary>
    public static readonly Ufunc Arccos = new("arccos", 1,
    [
    ]);

    /// <summary><c>np.arctan</c>.</summary>
    public static readonly Ufunc Arctan = new("arctan", 1,
    [
    ]);

    /// <summary><c>np.sinh</c>.</summary>
    public static readonly Ufunc Sinh = new("sinh", 1,
    [
    ]);

    /// <summary><c>np.cosh</c>.</summary>
    public static readonly Ufunc Cosh = new("cosh", 1,
    [
    ]);

    /// <summary><c>np.tanh</c>.</summary>
    public static readonly Ufunc Tanh = new("tanh", 1,
    [
    ]);

    /// <summary><c>np.arcsinh</c>.</summary>
    public static readonly Ufunc Arcsinh = new("arcsinh", 1,
    [
    ]);

    /// <summary><c>np.arccosh</c>.</summary>
    public static readonly Ufunc Arccosh = new("arccosh", 1,
    [
    ]);

    /// <summary><c>np.arctanh</c>.</summary>
    public static readonly Ufunc Arctanh = new("arctanh", 1,
    [
    ]);

    /// <summary><c>np.floor</c>.</summary>
    public static readonly Ufunc Floor = new("floor", 1,
    [
    ]);

    /// <summary><c>np.ceil</c>.</summary>
    public static readonly Ufunc Ceil = new("ceil", 1,
    [
    ]);

    /// <summary><c>np.trunc</c>.</summary>
    public static readonly Ufunc Trunc = new("trunc", 1,
    [
    ]);

    /// <summary><c>np.rint</c>.</summary>
    public static readonly Ufunc Rint = new("rint", 1,
    [
    ]);

    /// <summary><c>np.deg2rad</c>.</summary>
    public static readonly Ufunc Deg2Rad = new("deg2rad", 1,
    [
    ]);

    /// <summary><c>np.rad2deg</c>.</summary>
    public static readonly Ufunc Rad2Deg = new("rad2deg", 1,
    [
    ]);

    /// <summary><c>np.isnan</c>.</summary>
    public static readonly Ufunc IsNaN = new("isnan", 1,
    [
    ]);

    /// <summary><c>np.isinf</c>.</summary>
    public static readonly Ufunc IsInf = new("isinf", 1,
    [
    ]);

    /// <summary><c>np.isfinite</c>.</summary>
    public static readonly Ufunc IsFinite = new("isfinite", 1,
    [
    ]);

    /// <summary><c>np.signbit</c>.</summary>
    public static readonly Ufunc Signbit = new("signbit", 1,
    [
    ]);
}
