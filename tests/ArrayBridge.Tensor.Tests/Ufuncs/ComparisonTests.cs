namespace ArrayBridge.Tests;

/// <summary>
/// The comparison family (equal ... greater_equal, maximum, minimum, fmax, fmin, clip) against
/// NumPy's recorded results: every dtype with its edge values (±0, ±inf, NaN, integer limits),
/// mixed dtype pairs, weak scalars on either side, and NumPy 2's answers for Python integers
/// outside an integer array's range.
/// </summary>
public class ComparisonTests
{
    public static TheoryData<string> Ufuncs() =>
        ["equal", "not_equal", "less", "less_equal", "greater", "greater_equal", "maximum", "minimum", "fmax", "fmin", "clip"];

    [Theory]
    [MemberData(nameof(Ufuncs))]
    public void Matches_numpys_recorded_results_bit_for_bit(string ufunc)
    {
        List<string> failures = UfuncOracle.Replay(ufunc);
        Assert.True(failures.Count == 0, $"{failures.Count} mismatches:\n" + string.Join("\n", failures.Take(15)));
    }
}
