using System.Text.RegularExpressions;

namespace ArrayBridge.Tests;

/// <summary>
/// Messages recorded from NumPy 1.24 in NumPy 2's words, where only the spelling changed: DType
/// classes print as <c>numpy.dtypes.Float64DType</c> where 1.24 printed <c>numpy.dtype[float64]</c>.
/// </summary>
internal static partial class NumPy2Messages
{
    public static string Translate(string message) =>
        DTypeClass().Replace(message, m => $"<class 'numpy.dtypes.{ClassName(m.Groups[1].Value)}DType'>");

    private static string ClassName(string scalar) => scalar switch
    {
        "bool_" => "Bool",
        _ when scalar.StartsWith("uint", StringComparison.Ordinal) => "UInt" + scalar[4..],
        _ => char.ToUpperInvariant(scalar[0]) + scalar[1..],
    };

    [GeneratedRegex(@"<class 'numpy\.dtype\[(\w+)\]'>")]
    private static partial Regex DTypeClass();
}
