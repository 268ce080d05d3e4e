namespace ArrayBridge;

/// <summary><c>np.greater_equal</c> on complex, lexicographic as NumPy's CGE.</summary>
internal readonly struct ComplexGreaterEqual : IComplexPredicate
{
    public static bool Test(double xr, double xi, double yr, double yi) => (xr > yr && !double.IsNaN(xi) && !double.IsNaN(yi)) || (xr == yr && xi >= yi);
}
