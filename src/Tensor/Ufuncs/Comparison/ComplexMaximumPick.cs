namespace ArrayBridge;

/// <summary><c>np.maximum</c> on complex keeps x when it has a NaN part or CGE(x, y) holds, so NaN propagates.</summary>
internal readonly struct ComplexMaximumPick : IComplexPredicate
{
    public static bool Test(double xr, double xi, double yr, double yi) => double.IsNaN(xr) || double.IsNaN(xi) || ComplexOrdering.GreaterEqual(xr, xi, yr, yi);
}
