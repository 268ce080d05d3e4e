using ArrayBridge;
using ArrayBridge.Extensions;

namespace ExtensionModule;

// Returned arrays: functions that tests/python uses to check how results reach NumPy (a small new
// array is copied into memory NumPy owns, any other is shared zero-copy) and that every block is
// freed exactly once.
public static partial class FastMath
{
    private static NDArray? s_keptResultView;

    /// <summary>A C-order copy of x, whatever its dtype and shape.</summary>
    [PythonFunction]
    public static NDArray CopyOf(NDArray x) => x.Copy();

    /// <summary>Scales x into a new array and keeps a view of that array past the call.</summary>
    [PythonFunction]
    public static NDArray<double> ScaleKeepingView([Require(ArrayFlags.CContiguous | ArrayFlags.Aligned)] NDArray<double> x, double factor)
    {
        NDArray<double> result = Scale(x, factor);
        s_keptResultView?.Dispose();
        s_keptResultView = result[..];
        return result;
    }

    /// <summary>Fills the view ScaleKeepingView kept with value.</summary>
    [PythonFunction]
    public static void FillKeptResult(double value)
    {
        if (s_keptResultView is not NDArray<double> view)
        {
            throw new InvalidOperationException("nothing kept");
        }

        view.AsSpan().Fill(value);
    }

    /// <summary>Disposes the view ScaleKeepingView kept.</summary>
    [PythonFunction]
    public static void ReleaseKeptResult()
    {
        s_keptResultView?.Dispose();
        s_keptResultView = null;
    }

    /// <summary>
    /// (live native blocks, live exported arrays, results copied so far), see ExtensionDiagnostics, after
    /// a full collection with finalizers run, so that arrays dropped undisposed earlier do not move them later.
    /// </summary>
    [PythonFunction]
    public static (long, long, long) MemoryCounters()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return (ExtensionDiagnostics.LiveNativeBlocks, ExtensionDiagnostics.LiveExportedArrays, ExtensionDiagnostics.ResultsCopied);
    }
}
