namespace ArrayBridge;

/// <summary><c>np.not_equal</c> on complex: either part differs (CNE).</summary>
internal readonly struct ComplexNotEqual : IComplexPredicate
{
    public static bool Test(double xr, double xi, double yr, double yi) => xr != yr || xi != yi;
}
