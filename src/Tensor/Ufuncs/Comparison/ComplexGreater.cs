namespace ArrayBridge;

/// <summary><c>np.greater</c> on complex, lexicographic as NumPy's CGT.</summary>
internal readonly struct ComplexGreater : IComplexPredicate
{
    public static bool Test(double xr, double xi, double yr, double yi) => (xr > yr && !double.IsNaN(xi) && !double.IsNaN(yi)) || (xr == yr && xi > yi);
}
