using System.Runtime.CompilerServices;

namespace ArrayBridge.Interop;

public static unsafe partial class NumPy
{
    /// <summary>
    /// NumPy's refusal of an array of <paramref name="ndim"/> dimensions, or null when the NumPy running
    /// in this interpreter takes it: <c>NPY_MAXDIMS</c> is 32 in NumPy 1.x and 64 in 2.x, and NumPy 1.x
    /// writes past a stack array of that many dimensions when an <c>__array_interface__</c> has more
    /// (1.24 aborts with "stack smashing detected"), so every export checks this first. While NumPy is
    /// not imported, the limit is <see cref="NDArray.MaxDimensions"/>. GIL held.
    /// </summary>
    /// <exception cref="PythonException">NumPy is imported but its C-API cannot be loaded.</exception>
    /// <exception cref="NotSupportedException">The imported NumPy's ABI is not supported.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static string? TooManyDimensions(int ndim) => ndim <= NumPyC.NPY_MAXDIMS_1 ? null : TooManyDimensionsForRunningNumPy(ndim);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string? TooManyDimensionsForRunningNumPy(int ndim)
    {
        int max = NumPyApi.LoadIfImported() ? NumPyC.MaxDims : NDArray.MaxDimensions;
        return ndim <= max ? null : $"maximum supported dimension for an ndarray is {max}, found {ndim}";
    }
}
