using System.Numerics;
using System.Runtime.InteropServices;

namespace ArrayBridge;

/// <summary>
/// A complex128 element ordered as NumPy sorts complex numbers: by real part, then imaginary part. It has
/// the element's layout, so a lane of complex128 is selected in place through it. NaN are kept out of
/// the lanes it orders (a lane holding one has NaN for median).
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct MedianComplexKey : IComparable<MedianComplexKey>, IComparisonOperators<MedianComplexKey, MedianComplexKey, bool>
{
    /// <summary>The real part.</summary>
    public readonly double Real;

    /// <summary>The imaginary part.</summary>
    public readonly double Imaginary;

    /// <inheritdoc/>
    public int CompareTo(MedianComplexKey other) => this < other ? -1 : other < this ? 1 : 0;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MedianComplexKey other && this == other;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Real, Imaginary);

    public static bool operator <(MedianComplexKey left, MedianComplexKey right) =>
        left.Real < right.Real || (left.Real == right.Real && left.Imaginary < right.Imaginary);

    public static bool operator >(MedianComplexKey left, MedianComplexKey right) => right < left;

    public static bool operator <=(MedianComplexKey left, MedianComplexKey right) => !(right < left);

    public static bool operator >=(MedianComplexKey left, MedianComplexKey right) => !(left < right);

    public static bool operator ==(MedianComplexKey left, MedianComplexKey right) => left.Real == right.Real && left.Imaginary == right.Imaginary;

    public static bool operator !=(MedianComplexKey left, MedianComplexKey right) => !(left == right);
}
