using System.Numerics;
using System.Runtime.InteropServices;

namespace ArrayBridge;

/// <summary>
/// A complex64 element ordered as NumPy sorts complex numbers: by real part, then imaginary part. It has
/// the element's layout, so a lane of complex64 is selected in place through it. NaN are kept out of
/// the lanes it orders (a lane holding one has NaN for median).
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct MedianComplex64Key : IComparable<MedianComplex64Key>, IComparisonOperators<MedianComplex64Key, MedianComplex64Key, bool>
{
    /// <summary>The real part.</summary>
    public readonly float Real;

    /// <summary>The imaginary part.</summary>
    public readonly float Imaginary;

    /// <inheritdoc/>
    public int CompareTo(MedianComplex64Key other) => this < other ? -1 : other < this ? 1 : 0;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MedianComplex64Key other && this == other;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Real, Imaginary);

    public static bool operator <(MedianComplex64Key left, MedianComplex64Key right) =>
        left.Real < right.Real || (left.Real == right.Real && left.Imaginary < right.Imaginary);

    public static bool operator >(MedianComplex64Key left, MedianComplex64Key right) => right < left;

    public static bool operator <=(MedianComplex64Key left, MedianComplex64Key right) => !(right < left);

    public static bool operator >=(MedianComplex64Key left, MedianComplex64Key right) => !(left < right);

    public static bool operator ==(MedianComplex64Key left, MedianComplex64Key right) => left.Real == right.Real && left.Imaginary == right.Imaginary;

    public static bool operator !=(MedianComplex64Key left, MedianComplex64Key right) => !(left == right);
}
