namespace ArrayBridge;

/// <summary><c>np.greater_equal</c> on complex, lexicographic as NumPy's CGE, with the invalid flag NumPy's compare raises on NaN.</summary>
internal readonly struct ComplexGreaterEqual : IComplexPredicate
{
    public static bool Test(double xr, double xi, double yr, double yi)
    {
        ComplexOrdering.FlagUnordered(xr, xi, yr, yi);
        return ComplexOrdering.GreaterEqual(xr, xi, yr, yi);
    }
}
