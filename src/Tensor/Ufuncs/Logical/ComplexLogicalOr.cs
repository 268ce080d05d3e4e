namespace ArrayBridge;

/// <summary><c>np.logical_or</c> on complex numbers: nonzero when either part is (NaN included).</summary>
internal readonly struct ComplexLogicalOr : IComplexPredicate
{
    public static bool Test(double xr, double xi, double yr, double yi) =>
        (xr != 0 || xi != 0) || (yr != 0 || yi != 0);
}
