using System.Diagnostics.CodeAnalysis;

namespace ArrayBridge;

internal static partial class ThrowHelper
{
    /// <summary>A distribution parameter outside its domain, in NumPy's words ("a &lt;= 0", "lam value too large").</summary>
    [DoesNotReturn]
    public static void ThrowDistributionParameter(string message, string paramName) =>
        throw new ArgumentOutOfRangeException(paramName, message);
}
