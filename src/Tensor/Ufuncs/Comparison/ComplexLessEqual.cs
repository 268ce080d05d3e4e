namespace ArrayBridge;

/// <summary><c>np.less_equal</c> on complex, lexicographic as NumPy's CLE.</summary>
internal readonly struct ComplexLessEqual : IComplexPredicate
{
    public static bool Test(double xr, double xi, double yr, double yi) => (xr < yr && !double.IsNaN(xi) && !double.IsNaN(yi)) || (xr == yr && xi <= yi);
}
