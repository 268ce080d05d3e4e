namespace ArrayBridge.Tests;

/// <summary>
/// The logical and bitwise family (logical_and/or/xor/not, bitwise_and/or/xor, invert, shifts) and
/// <see cref="NDArray.Where"/> against NumPy's recorded results: every dtype with its edge values,
/// shift counts -1, 0, width-1, width and width+1, mixed dtype pairs, weak scalars and NumPy's
/// messages for unsupported input types.
/// </summary>
public class LogicalTests
{
    public static TheoryData<string> Ufuncs() =>
        ["logical_and", "logical_or", "logical_xor", "logical_not", "bitwise_and", "bitwise_or", "bitwise_xor", "invert", "left_shift", "right_shift", "where"];

    [Theory]
    [MemberData(nameof(Ufuncs))]
    public void Matches_numpys_recorded_results_bit_for_bit(string ufunc)
    {
        List<string> failures = UfuncOracle.Replay(ufunc);
        Assert.True(failures.Count == 0, $"{failures.Count} mismatches:\n" + string.Join("\n", failures.Take(15)));
    }
}
