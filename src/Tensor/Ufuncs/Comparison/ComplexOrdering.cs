namespace ArrayBridge;

/// <summary>
/// NumPy's lexicographic order of complex numbers (the CLT, CLE, CGT and CGE macros of loops.c.src)
/// and the invalid flag its C comparisons raise on NaN.
/// </summary>
internal static class ComplexOrdering
{
    /// <summary>x &gt;= y as NumPy's CGE, raising no flag (maximum and fmax pick with it quietly).</summary>
    public static bool GreaterEqual(double xr, double xi, double yr, double yi) =>
        (xr > yr && !double.IsNaN(xi) && !double.IsNaN(yi)) || (xr == yr && xi >= yi);

    /// <summary>x &lt;= y as NumPy's CLE, raising no flag (minimum and fmin pick with it quietly).</summary>
    public static bool LessEqual(double xr, double xi, double yr, double yi) =>
        (xr < yr && !double.IsNaN(xi) && !double.IsNaN(yi)) || (xr == yr && xi <= yi);

    /// <summary>
    /// Sets the invalid flag where NumPy's compiled <c>less</c>, <c>less_equal</c>, <c>greater</c> and
    /// <c>greater_equal</c> on complex raise it: C's ordered compares (<c>&lt;</c>, <c>&gt;</c>) signal on
    /// a NaN, <c>==</c> does not. The compiler tests <c>!npy_isnan(xi) &amp;&amp; !npy_isnan(yi)</c> before
    /// the real parts' ordered compare, so that compare, and its flag on a NaN real part, happens only
    /// when neither imaginary part is NaN; the imaginary parts' ordered compare happens only when the
    /// real parts are equal, so it signals when those are equal and an imaginary part is NaN. The
    /// same for all four (each direction reaches the same compares), measured on NumPy 1.24 over every
    /// combination of NaN, infinities and finite parts.
    /// </summary>
    public static void FlagUnordered(double xr, double xi, double yr, double yi)
    {
        bool imaginaryNaN = double.IsNaN(xi) || double.IsNaN(yi);
        if (imaginaryNaN ? xr == yr : double.IsNaN(xr) || double.IsNaN(yr))
        {
            FloatingPointStatus.SetInvalid();
        }
    }
}
