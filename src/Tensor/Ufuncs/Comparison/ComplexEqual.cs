namespace ArrayBridge;

/// <summary><c>np.equal</c> on complex: both parts equal (CEQ).</summary>
internal readonly struct ComplexEqual : IComplexPredicate
{
    public static bool Test(double xr, double xi, double yr, double yi) => xr == yr && xi == yi;
}
