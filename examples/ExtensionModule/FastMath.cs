using ArrayBridge;
using ArrayBridge.Extensions;

namespace ExtensionModule;

// <snippet:extension-module>
/// <summary>Kernels NumPy cannot vectorize well, written in C# and compiled with NativeAOT.</summary>
[PythonModule("fastmath")]
public static partial class FastMath
{
    /// <summary>Scales x by factor into a new array.</summary>
    [PythonFunction]
    public static NDArray<double> Scale([Require(ArrayFlags.CContiguous | ArrayFlags.Aligned)] NDArray<double> x, double factor = 2.0)
    {
        var result = NDArray.Empty<double>(x.Shape);
        ReadOnlySpan<double> source = x.AsReadOnlySpan();
        Span<double> target = result.AsSpan();
        for (int i = 0; i < source.Length; i++)
        {
            target[i] = source[i] * factor;
        }

        return result; // NumPy's array owns it from here (shared zero-copy; copied if 1 KiB or less)
    }

    /// <summary>Does nothing: the cost of a call from Python into the module.</summary>
    [PythonFunction]
    public static void Noop()
    {
    }
}
// </snippet>
