namespace ArrayBridge;

/// <summary>
/// A decision on two complex numbers given as parts (complex64 widens to double exactly, so one
/// definition serves both widths): a comparison's result, or for maximum-like ufuncs whether the
/// first operand is the one kept.
/// </summary>
internal interface IComplexPredicate
{
    /// <summary>The decision for x = xr + xi·j and y = yr + yi·j.</summary>
    static abstract bool Test(double xr, double xi, double yr, double yi);
}
