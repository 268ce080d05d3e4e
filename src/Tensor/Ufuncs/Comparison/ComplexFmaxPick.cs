namespace ArrayBridge;

/// <summary><c>np.fmax</c> on complex keeps x when y has a NaN part or CGE(x, y) holds, so one NaN is ignored.</summary>
internal readonly struct ComplexFmaxPick : IComplexPredicate
{
    public static bool Test(double xr, double xi, double yr, double yi) => double.IsNaN(yr) || double.IsNaN(yi) || ComplexOrdering.GreaterEqual(xr, xi, yr, yi);
}
