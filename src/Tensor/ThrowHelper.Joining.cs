using System.Diagnostics.CodeAnalysis;

namespace ArrayBridge;

internal static partial class ThrowHelper
{
    /// <summary>NumPy's <c>ValueError</c> for a shape with a negative length, in its exact words.</summary>
    [DoesNotReturn]
    public static void ThrowNegativeDimensions(string paramName) => throw new ArgumentException("negative dimensions are not allowed", paramName);

    /// <summary>Concatenation inputs whose ranks differ (<c>PyArray_ConcatenateArrays</c>).</summary>
    [DoesNotReturn]
    public static void ThrowConcatenateRank(int first, int index, int ndim) =>
        throw new ArgumentException($"all the input arrays must have same number of dimensions, but the array at index 0 has {first} dimension(s) and the array at index {index} has {ndim} dimension(s)", "arrays");

    /// <summary>Concatenation inputs whose lengths differ off the concatenation axis.</summary>
    [DoesNotReturn]
    public static void ThrowConcatenateShape(int axis, nint first, int index, nint length) =>
        throw new ArgumentException($"all the input array dimensions except for the concatenation axis must match exactly, but along dimension {axis}, the array at index 0 has size {first} and the array at index {index} has size {length}", "arrays");
}
