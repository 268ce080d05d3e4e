namespace ArrayBridge;

/// <summary><c>np.less_equal</c> on complex, lexicographic as NumPy's CLE, with the invalid flag NumPy's compare raises on NaN.</summary>
internal readonly struct ComplexLessEqual : IComplexPredicate
{
    public static bool Test(double xr, double xi, double yr, double yi)
    {
        ComplexOrdering.FlagUnordered(xr, xi, yr, yi);
        return ComplexOrdering.LessEqual(xr, xi, yr, yi);
    }
}
