using System.Collections;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// One value per axis of an array, read-only: what <see cref="NDArray.Shape"/> and
/// <see cref="NDArray.Strides"/> return. It is a view of the array's own lengths or strides (no
/// copy), converts implicitly to <see cref="ReadOnlySpan{T}"/> of <see cref="nint"/>, and prints as
/// NumPy prints a shape tuple: <c>(3, 4)</c>, <c>(3,)</c> for one axis, <c>()</c> for none, so
/// <c>$"{a.Shape}"</c> reads as <c>a.shape</c> does in Python.
/// </summary>
/// <remarks>
/// It supports what a span of the values is used for: <see cref="Length"/>, indexing (also from the
/// end, <c>[^1]</c>), ranges (<c>[1..]</c>, a span), <c>foreach</c> without allocating, list
/// patterns, <see cref="SequenceEqual"/>, <see cref="Contains"/>, <see cref="CopyTo"/> and
/// <see cref="ToArray"/>. Two tuples are equal when their values are.
/// </remarks>
[CollectionBuilder(typeof(AxisTuple), nameof(Create))]
public readonly struct AxisTuple : IReadOnlyList<nint>, IEquatable<AxisTuple>, ISpanFormattable
{
    private readonly nint[]? _values;

    /// <summary>Wraps <paramref name="values"/> without copying; the caller does not change them afterwards.</summary>
    internal AxisTuple(nint[] values) => _values = values;

    /// <summary>A tuple holding a copy of <paramref name="values"/> (also what a collection expression builds).</summary>
    /// <param name="values">The values, one per axis.</param>
    public static AxisTuple Create(ReadOnlySpan<nint> values) => new(values.ToArray());

    /// <summary>The number of values, the array's number of dimensions.</summary>
    public int Length => _values?.Length ?? 0;

    /// <summary>Whether there are no values (a 0-d array).</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>The value of axis <paramref name="index"/>.</summary>
    /// <param name="index">The axis, from 0 to <see cref="Length"/> - 1.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the tuple (as a span indexer throws).</exception>
    public nint this[int index] => AsSpan()[index];

    /// <inheritdoc/>
    int IReadOnlyCollection<nint>.Count => Length;

    /// <summary>The values as a span over the array's own storage.</summary>
    public ReadOnlySpan<nint> AsSpan() => _values;

    /// <summary>The values from <paramref name="start"/>, <paramref name="length"/> of them (what ranges such as <c>[1..]</c> call).</summary>
    /// <param name="start">The first axis.</param>
    /// <param name="length">How many axes.</param>
    public ReadOnlySpan<nint> Slice(int start, int length) => AsSpan().Slice(start, length);

    /// <summary>The values as a span.</summary>
    /// <param name="tuple">The tuple.</param>
    public static implicit operator ReadOnlySpan<nint>(AxisTuple tuple) => tuple._values;

    /// <summary>
    /// A reference to the first value for <c>fixed</c> statements, as
    /// <see cref="ReadOnlySpan{T}.GetPinnableReference"/> (a null reference when empty).
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ref readonly nint GetPinnableReference() => ref AsSpan().GetPinnableReference();

    /// <summary>A new .NET array with the values.</summary>
    public nint[] ToArray() => AsSpan().ToArray();

    /// <summary>Copies the values into <paramref name="destination"/>.</summary>
    /// <param name="destination">At least <see cref="Length"/> long.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="Length"/>.</exception>
    public void CopyTo(Span<nint> destination) => AsSpan().CopyTo(destination);

    /// <summary>Whether the values are <paramref name="other"/>'s, in order.</summary>
    /// <param name="other">The values to compare with.</param>
    public bool SequenceEqual(ReadOnlySpan<nint> other) => AsSpan().SequenceEqual(other);

    /// <summary>Whether some axis has the value <paramref name="value"/>.</summary>
    /// <param name="value">The value to look for.</param>
    public bool Contains(nint value) => AsSpan().Contains(value);

    /// <summary>The first axis with the value <paramref name="value"/>, or -1.</summary>
    /// <param name="value">The value to look for.</param>
    public int IndexOf(nint value) => AsSpan().IndexOf(value);

    /// <summary>An enumerator over the values that does not allocate.</summary>
    public ReadOnlySpan<nint>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    /// <inheritdoc/>
    IEnumerator<nint> IEnumerable<nint>.GetEnumerator() => ((IEnumerable<nint>)(_values ?? [])).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => (_values ?? []).GetEnumerator();

    /// <summary>The values as NumPy prints a shape tuple: <c>(3, 4)</c>, <c>(3,)</c>, <c>()</c>.</summary>
    public override string ToString() => Layout.Format(AsSpan());

    /// <inheritdoc cref="ToString()"/>
    /// <param name="format">Ignored: a tuple has one format.</param>
    /// <param name="formatProvider">Ignored: the values are printed invariantly, as Python does.</param>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes <see cref="ToString()"/> into <paramref name="destination"/> without allocating.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Ignored: a tuple has one format.</param>
    /// <param name="provider">Ignored: the values are printed invariantly, as Python does.</param>
    /// <returns>Whether <paramref name="destination"/> was long enough.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        ReadOnlySpan<nint> values = AsSpan();
        int pos = 0;
        charsWritten = 0;
        if (!TryAppend(destination, ref pos, "("))
        {
            return false;
        }

        for (int i = 0; i < values.Length; i++)
        {
            if (i > 0 && !TryAppend(destination, ref pos, ", "))
            {
                return false;
            }

            if (!values[i].TryFormat(destination[pos..], out int n, default, System.Globalization.CultureInfo.InvariantCulture))
            {
                return false;
            }

            pos += n;
        }

        if (!TryAppend(destination, ref pos, values.Length == 1 ? ",)" : ")"))
        {
            return false;
        }

        charsWritten = pos;
        return true;
    }

    private static bool TryAppend(Span<char> destination, ref int pos, string text)
    {
        if (!text.TryCopyTo(destination[pos..]))
        {
            return false;
        }

        pos += text.Length;
        return true;
    }

    /// <summary>Whether the two tuples have the same values.</summary>
    /// <param name="other">The other tuple.</param>
    public bool Equals(AxisTuple other) => AsSpan().SequenceEqual(other.AsSpan());

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is AxisTuple other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (nint v in AsSpan())
        {
            hash.Add(v);
        }

        return hash.ToHashCode();
    }

    /// <summary>Whether the two tuples have the same values.</summary>
    /// <param name="left">One tuple.</param>
    /// <param name="right">The other.</param>
    public static bool operator ==(AxisTuple left, AxisTuple right) => left.Equals(right);

    /// <summary>Whether the two tuples differ in some value or in length.</summary>
    /// <param name="left">One tuple.</param>
    /// <param name="right">The other.</param>
    public static bool operator !=(AxisTuple left, AxisTuple right) => !left.Equals(right);
}
