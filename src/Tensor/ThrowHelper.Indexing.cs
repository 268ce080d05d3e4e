using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace ArrayBridge;

// Throw paths of advanced indexing and the selection functions, in NumPy's words. NumPy's
// IndexError for a position outside its axis is ArgumentOutOfRangeException, as for basic
// indexing; its other IndexErrors and ValueErrors are ArgumentException.
internal static partial class ThrowHelper
{
    [DoesNotReturn]
    public static void ThrowIndexNotInteger(string paramName) =>
        throw new ArgumentException("arrays used as indices must be of integer (or boolean) type", paramName);

    [DoesNotReturn]
    public static void ThrowMaskMismatch(int axis, nint length, nint maskLength, string paramName) =>
        throw new ArgumentException($"boolean index did not match indexed array along dimension {axis}; dimension is {length} but corresponding boolean dimension is {maskLength}", paramName);

    [DoesNotReturn]
    public static void ThrowIndexBroadcast(List<nint[]> shapes, string paramName)
    {
        var sb = new StringBuilder("shape mismatch: indexing arrays could not be broadcast together with shapes ");
        foreach (nint[] shape in shapes)
        {
            Broadcasting.Append(sb, shape).Append(' ');
        }

        throw new ArgumentException(sb.ToString(), paramName);
    }

    [DoesNotReturn]
    public static void ThrowValueBroadcast(ReadOnlySpan<nint> value, ReadOnlySpan<nint> result, string paramName) =>
        throw new ArgumentException($"shape mismatch: value array of shape {Broadcasting.Format(value)} could not be broadcast to indexing result of shape {Broadcasting.Format(result)}", paramName);

    [DoesNotReturn]
    public static void ThrowIndexOutOfBounds(long index, int axis, nint length, string paramName) =>
        throw new ArgumentOutOfRangeException(paramName, $"index {index} is out of bounds for axis {axis} with size {length}");

    /// <summary>
    /// An element access with fewer indices than axes: NumPy's <c>item()</c> wording, and how to get
    /// the sub-array those indices name instead (basic indexing with a trailing <c>..</c>, or the
    /// string indexer).
    /// </summary>
    public static ArgumentException TooFewIndices(int ndim, ReadOnlySpan<nint> given)
    {
        string list = string.Join(", ", given.ToArray());
        string what = given.Length == 1 ? "a row" : "a sub-array";
        return new ArgumentException($"incorrect number of indices for array: array is {ndim}-dimensional, but {given.Length} were indexed (an element access takes one index per axis; to take {what} use a[{list}, ..] or a[\"{list}\"])");
    }

    [DoesNotReturn]
    public static void ThrowUnsafeIndexCast(DType from, string paramName) =>
        throw new InvalidCastException($"Cannot cast array data from dtype('{from}') to dtype('int64') according to the rule 'safe'");

    [DoesNotReturn]
    public static void ThrowBroadcastObjects(int first, ReadOnlySpan<nint> firstShape, int second, ReadOnlySpan<nint> secondShape, string paramName) =>
        throw new ArgumentException($"shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg {first} with shape {Layout.FormatCompact(firstShape)} and arg {second} with shape {Layout.FormatCompact(secondShape)}.", paramName);
}
