namespace ArrayBridge.Tests;

/// <summary>Every math ufunc by NumPy's name, called on its inputs with default keywords.</summary>
internal static class MathFunctions
{
    /// <summary>The two-input ones.</summary>
    public static readonly HashSet<string> Binary = ["hypot", "arctan2", "copysign", "logaddexp"];

    public static readonly Dictionary<string, Func<NDArray[], NDArray>> All = new()
    {
        ["sqrt"] = a => NDArray.Sqrt(a[0]), ["cbrt"] = a => NDArray.Cbrt(a[0]), ["exp"] = a => NDArray.Exp(a[0]),
        ["exp2"] = a => NDArray.Exp2(a[0]), ["expm1"] = a => NDArray.Expm1(a[0]), ["log"] = a => NDArray.Log(a[0]),
        ["log2"] = a => NDArray.Log2(a[0]), ["log10"] = a => NDArray.Log10(a[0]), ["log1p"] = a => NDArray.Log1p(a[0]),
        ["sin"] = a => NDArray.Sin(a[0]), ["cos"] = a => NDArray.Cos(a[0]), ["tan"] = a => NDArray.Tan(a[0]),
        ["arcsin"] = a => NDArray.Arcsin(a[0]), ["arccos"] = a => NDArray.Arccos(a[0]), ["arctan"] = a => NDArray.Arctan(a[0]),
        ["sinh"] = a => NDArray.Sinh(a[0]), ["cosh"] = a => NDArray.Cosh(a[0]), ["tanh"] = a => NDArray.Tanh(a[0]),
        ["arcsinh"] = a => NDArray.Arcsinh(a[0]), ["arccosh"] = a => NDArray.Arccosh(a[0]), ["arctanh"] = a => NDArray.Arctanh(a[0]),
        ["floor"] = a => NDArray.Floor(a[0]), ["ceil"] = a => NDArray.Ceil(a[0]), ["trunc"] = a => NDArray.Trunc(a[0]),
        ["rint"] = a => NDArray.Rint(a[0]), ["deg2rad"] = a => NDArray.Deg2Rad(a[0]), ["rad2deg"] = a => NDArray.Rad2Deg(a[0]),
        ["isnan"] = a => NDArray.IsNaN(a[0]), ["isinf"] = a => NDArray.IsInf(a[0]), ["isfinite"] = a => NDArray.IsFinite(a[0]),
        ["signbit"] = a => NDArray.Signbit(a[0]),
        ["hypot"] = a => NDArray.Hypot(a[0], a[1]), ["arctan2"] = a => NDArray.Arctan2(a[0], a[1]),
        ["copysign"] = a => NDArray.Copysign(a[0], a[1]), ["logaddexp"] = a => NDArray.LogAddExp(a[0], a[1]),
    };
}
