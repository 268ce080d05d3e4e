namespace ArrayBridge.Tests;

/// <summary>
/// The one table of how far (in units in the last place of each part) a transcendental result may
/// lie from NumPy's, used by the live NumPy oracle's comparer and by the recorded math-ufunc cases
/// alike. <see cref="Default"/> unless listed; every entry carries the largest distance measured
/// and why it exceeds the default. Functions NumPy computes exactly (sqrt, floor, ceil, trunc,
/// rint, ...) never appear here: they compare bit for bit.
/// </summary>
internal static class UlpAllowances
{
    /// <summary>The allowance for a function not listed.</summary>
    public const int Default = 2;

    /// <summary>(NumPy name, result kind 'f' or 'c', bits per part) to allowance, measured maximum and reason.</summary>
    public static readonly IReadOnlyDictionary<(string Func, char Kind, int Bits), (int Allowed, double Measured, string Reason)> Wider =
        new Dictionary<(string, char, int), (int, double, string)>
        {
            [("arcsin", 'c', 32)] = (4, 3, "C library's casin (glibc's own kernel) and Hull et al.'s algorithm here each err by up to 2 ULP per part, at times in opposite directions"),
            [("arcsin", 'c', 64)] = (4, 4, "C library's casin (glibc's own kernel) and Hull et al.'s algorithm here each err by up to 2 ULP per part, at times in opposite directions"),
            [("arccos", 'c', 64)] = (4, 4, "C library's cacos (glibc's own kernel) and Hull et al.'s algorithm here each err by up to 2 ULP per part, at times in opposite directions"),
            [("arcsinh", 'c', 32)] = (4, 3, "C library's casinh (glibc's own kernel) and Hull et al.'s algorithm here each err by up to 2 ULP per part, at times in opposite directions"),
            [("arcsinh", 'c', 64)] = (4, 3, "C library's casinh (glibc's own kernel) and Hull et al.'s algorithm here each err by up to 2 ULP per part, at times in opposite directions"),
            [("arccosh", 'c', 64)] = (4, 3, "C library's cacosh (glibc's own kernel) and Hull et al.'s algorithm here each err by up to 2 ULP per part, at times in opposite directions"),
            [("cbrt", 'f', 64)] = (3, 3, "NumPy's AVX-512 (SVML) cbrt, up to 3 ULP from the C library's nearly correctly rounded result"),
            [("cos", 'f', 64)] = (3, 3, "NumPy's AVX-512 (SVML) cos, up to 3 ULP from the C library's"),
            [("tan", 'f', 64)] = (3, 3, "NumPy's AVX-512 (SVML) tan, up to 3 ULP from the C library's"),
            [("logaddexp", 'f', 64)] = (4, 4, "NumPy's x + log1p(e^-d) cancels for x < 0: one ULP of log1p grows up to fourfold near a small result"),
            [("logaddexp", 'c', 64)] = (8, 8, "the float64 loop's result written into a complex128 out; the same cancellation as float64, measured up to 8 ULP there at a result of 0.089"),
            [("sinh", 'f', 64)] = (3, 3, "NumPy's AVX-512 (SVML) sinh, up to 3 ULP from the C library's"),
            [("expm1", 'c', 32)] = (4, 4, "NumPy's expm1(x)·cos y - 2 sin²(y/2) cancels: one ULP of expm1 grows up to fourfold"),
            [("expm1", 'c', 64)] = (4, 4, "NumPy's expm1(x)·cos y - 2 sin²(y/2) cancels: one ULP of expm1 grows up to fourfold"),
            [("log1p", 'c', 64)] = (4, 4, "NumPy's ln hypot(1 + x, y) cancels near |1 + z| = 1: one ULP of log1p grows up to fourfold"),
        };

    /// <summary>
    /// Functions whose underflow flag is not compared under errstate raise (the oracle runs them
    /// with <c>under='ignore'</c> on both sides): NumPy computes them with its own SIMD code (SVML /
    /// AVX-512) or the C library, whose underflow on subnormal inputs and tiny results differs from
    /// implementation to implementation; C99 leaves underflow on exact tiny results unspecified.
    /// Divide-by-zero, overflow and invalid are still compared.
    /// </summary>
    public static readonly IReadOnlySet<string> UnderflowNotCompared = new HashSet<string>
    {
        "arcsin", "arccos", "arctan", "arcsinh", "arccosh", "arctanh", "sin", "cos", "tan", "sinh", "cosh", "tanh",
        "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "cbrt", "hypot", "logaddexp",
    };

    /// <summary>
    /// Whether results of <paramref name="func"/> (NumPy's name) of kind <paramref name="kind"/> are
    /// measured in ULPs rather than compared bit for bit: the transcendental functions, and sqrt on
    /// complex numbers, which NumPy computes with the C library's csqrt (not correctly rounded),
    /// while real sqrt is one correctly rounded operation and stays exact.
    /// </summary>
    public static bool IsMeasured(string func, char kind) =>
        kind is 'f' or 'c' && (UfuncCatalog.Transcendental.Contains(func) || (func == "sqrt" && kind == 'c'));

    /// <summary>The allowance for <paramref name="func"/> (NumPy's name) with results of kind <paramref name="kind"/> and <paramref name="bits"/> bits per part.</summary>
    public static int For(string func, char kind, int bits) =>
        Wider.TryGetValue((func, kind, bits), out var entry) ? entry.Allowed : Default;

    /// <summary>The allowance for <paramref name="func"/> with results of <paramref name="dtype"/>.</summary>
    public static int For(string func, DType dtype) =>
        For(func, dtype.Kind, dtype.Kind == 'c' ? dtype.ItemSize * 4 : dtype.ItemSize * 8);
}
