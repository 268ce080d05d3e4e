namespace ArrayBridge;

/// <summary><c>np.less</c> on complex, lexicographic as NumPy's CLT.</summary>
internal readonly struct ComplexLess : IComplexPredicate
{
    public static bool Test(double xr, double xi, double yr, double yi) => (xr < yr && !double.IsNaN(xi) && !double.IsNaN(yi)) || (xr == yr && xi < yi);
}
