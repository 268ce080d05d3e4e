namespace ArrayBridge;

/// <summary><c>np.fmin</c> on complex keeps x when y has a NaN part or CLE(x, y) holds, so one NaN is ignored.</summary>
internal readonly struct ComplexFminPick : IComplexPredicate
{
    public static bool Test(double xr, double xi, double yr, double yi) => double.IsNaN(yr) || double.IsNaN(yi) || ComplexOrdering.LessEqual(xr, xi, yr, yi);
}
