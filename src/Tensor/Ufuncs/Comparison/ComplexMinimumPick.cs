namespace ArrayBridge;

/// <summary><c>np.minimum</c> on complex keeps x when it has a NaN part or CLE(x, y) holds, so NaN propagates.</summary>
internal readonly struct ComplexMinimumPick : IComplexPredicate
{
    public static bool Test(double xr, double xi, double yr, double yi) => double.IsNaN(xr) || double.IsNaN(xi) || ComplexOrdering.LessEqual(xr, xi, yr, yi);
}
