// An extension module built outside the repository against the ArrayBridge.Extensions package by
// tests/Install/check.sh: the package's source generator must write its PyInit_checkmod export.
using ArrayBridge;
using ArrayBridge.Extensions;

namespace CheckModule;

/// <summary>The smallest module: one scalar function and one array function.</summary>
[PythonModule("checkmod")]
public static partial class CheckModule
{
    /// <summary>Returns x plus one.</summary>
    [PythonFunction]
    public static double AddOne(double x) => x + 1;

    /// <summary>The sum of a float64 array.</summary>
    [PythonFunction]
    public static double Total([Require(ArrayFlags.CContiguous | ArrayFlags.Aligned)] NDArray<double> x)
    {
        double total = 0;
        foreach (double v in x.AsReadOnlySpan())
        {
            total += v;
        }

        return total;
    }
}
