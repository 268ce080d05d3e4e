using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;

namespace ArrayBridge;

/// <summary>
/// A single-precision complex number with NumPy's <c>complex64</c> layout: two <see cref="float"/>s,
/// real part first (C99 <c>float complex</c>).
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public readonly struct Complex64 : IEquatable<Complex64>, IFormattable
{
    /// <summary>The real part.</summary>
    public readonly float Real;

    /// <summary>The imaginary part.</summary>
    public readonly float Imaginary;

    /// <summary>Creates <c>real + imaginary·j</c>.</summary>
    public Complex64(float real, float imaginary)
    {
        Real = real;
        Imaginary = imaginary;
    }

    /// <summary>Widens to a double-precision <see cref="Complex"/> exactly.</summary>
    public static implicit operator Complex(Complex64 value) => new(value.Real, value.Imaginary);

    /// <summary>Narrows a <see cref="Complex"/> by rounding each part to <see cref="float"/>.</summary>
    public static explicit operator Complex64(Complex value) => new((float)value.Real, (float)value.Imaginary);

    /// <summary>A real value with zero imaginary part.</summary>
    public static implicit operator Complex64(float real) => new(real, 0f);

    /// <summary>Adds part by part in single precision (NumPy's <c>complex64</c> addition).</summary>
    public static Complex64 operator +(Complex64 left, Complex64 right) => new(left.Real + right.Real, left.Imaginary + right.Imaginary);

    /// <summary>Subtracts part by part in single precision (NumPy's <c>complex64</c> subtraction).</summary>
    public static Complex64 operator -(Complex64 left, Complex64 right) => new(left.Real - right.Real, left.Imaginary - right.Imaginary);

    /// <summary>Negates both parts (so <c>-(0+0j)</c> is <c>-0-0j</c>, as in NumPy).</summary>
    public static Complex64 operator -(Complex64 value) => new(-value.Real, -value.Imaginary);

    /// <summary>
    /// Multiplies in single precision as NumPy does: <c>(ar·br − ai·bi) + (ar·bi + ai·br)j</c>, each
    /// product rounded to <see cref="float"/> (no fused multiply-add, no rescue of infinities
    /// from NaN parts).
    /// </summary>
    public static Complex64 operator *(Complex64 left, Complex64 right)
    {
        (float re, float im) = ComplexMath.Multiply(left.Real, left.Imaginary, right.Real, right.Imaginary);
        return new(re, im);
    }

    /// <summary>
    /// Divides in single precision by Smith's algorithm, as NumPy does: the divisor is scaled by its
    /// larger part (<c>rat = bi/br</c>, <c>scl = 1/(br + bi·rat)</c> when <c>|br| ≥ |bi|</c>, the mirror
    /// image otherwise). A zero divisor divides each part by a zero, giving infinities or NaNs.
    /// </summary>
    public static Complex64 operator /(Complex64 left, Complex64 right)
    {
        (float re, float im) = ComplexMath.Divide(left.Real, left.Imaginary, right.Real, right.Imaginary);
        return new(re, im);
    }

    /// <summary>Component-wise equality (so NaN parts compare unequal, as in IEEE 754).</summary>
    public static bool operator ==(Complex64 left, Complex64 right) => left.Real == right.Real && left.Imaginary == right.Imaginary;

    /// <summary>Component-wise inequality.</summary>
    public static bool operator !=(Complex64 left, Complex64 right) => !(left == right);

    /// <summary>Bitwise-aware equality: NaN equals NaN, as <see cref="float.Equals(float)"/> does.</summary>
    public bool Equals(Complex64 other) => Real.Equals(other.Real) && Imaginary.Equals(other.Imaginary);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Complex64 other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Real, Imaginary);

    /// <summary>Formats as NumPy does: <c>(1+2j)</c>.</summary>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        string re = Real.ToString(format ?? "R", formatProvider);
        string im = Imaginary.ToString(format ?? "R", formatProvider);
        string sign = Imaginary < 0 || float.IsNegative(Imaginary) ? "" : "+";
        return $"({re}{sign}{im}j)";
    }
}
