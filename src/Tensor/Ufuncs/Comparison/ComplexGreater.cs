namespace ArrayBridge;

/// <summary><c>np.greater</c> on complex, lexicographic as NumPy's CGT, with the invalid flag NumPy's compare raises on NaN.</summary>
internal readonly struct ComplexGreater : IComplexPredicate
{
    public static bool Test(double xr, double xi, double yr, double yi)
    {
        ComplexOrdering.FlagUnordered(xr, xi, yr, yi);
        return (xr > yr && !double.IsNaN(xi) && !double.IsNaN(yi)) || (xr == yr && xi > yi);
    }
}
