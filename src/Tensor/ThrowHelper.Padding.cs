using System.Diagnostics.CodeAnalysis;

namespace ArrayBridge;

internal static partial class ThrowHelper
{
    /// <summary>NumPy's <c>np.pad</c> error for an option the mode does not take, in its words.</summary>
    [DoesNotReturn]
    public static void ThrowPadKeyword(string mode, string keyword, string paramName) =>
        throw new ArgumentException($"unsupported keyword arguments for mode '{mode}': {{'{keyword}'}}", paramName);

    /// <summary>A maximum or minimum pad over no element (<c>stat_length</c> 0).</summary>
    [DoesNotReturn]
    public static void ThrowPadEmptyStatistic() =>
        throw new ArgumentException("stat_length of 0 yields no value for padding", "statLength");
}
