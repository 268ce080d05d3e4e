using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// The <c>axis</c> argument of NumPy's reductions: <c>None</c> (every axis, the default), one axis,
/// or a tuple of axes (which may be empty: <c>axis=()</c> reduces nothing). Negative axes count from
/// the end. Converts implicitly from <see cref="int"/>, <see cref="T:int[]"/> and tuples of two or
/// three ints, so <c>a.Sum(axis: 0)</c> and <c>a.Sum(axis: (0, 2))</c> read as in NumPy.
/// </summary>
public readonly struct Axes : IEquatable<Axes>
{
    // One axis is stored inline so the common call allocates nothing.
    private readonly int[]? _many;
    private readonly int _single;
    private readonly AxesKind _kind;

    private enum AxesKind : byte { All, Single, Many }

    private Axes(int single)
    {
        _single = single;
        _kind = AxesKind.Single;
    }

    private Axes(int[] many)
    {
        _many = many;
        _kind = AxesKind.Many;
    }

    /// <summary>Every axis: NumPy's <c>axis=None</c>, the default value of this type.</summary>
    public static Axes All => default;

    /// <summary>Whether this is <see cref="All"/> (NumPy's <c>axis=None</c>).</summary>
    public bool IsAll => _kind == AxesKind.All;

    /// <summary>The number of axes given; -1 for <see cref="All"/>, whose count depends on the array.</summary>
    public int Count => _kind switch
    {
        AxesKind.All => -1,
        AxesKind.Single => 1,
        _ => _many!.Length,
    };

    /// <summary>The <paramref name="index"/>-th axis as given (not normalized).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not below <see cref="Count"/>.</exception>
    public int this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Math.Max(Count, 0))
                ThrowHelper.ThrowArgumentOutOfRange(nameof(index), $"index {index} is out of range for {Count} axes");
            return _kind == AxesKind.Single ? _single : _many![index];
        }
    }

    /// <summary>A tuple of axes, NumPy's <c>axis=(a, b, ...)</c>; an empty span is <c>axis=()</c>.</summary>
    public static Axes Of(params ReadOnlySpan<int> axes) => axes.Length == 1 ? new Axes(axes[0]) : new Axes(axes.ToArray());

    /// <summary>One axis, NumPy's <c>axis=n</c>.</summary>
    public static implicit operator Axes(int axis) => new(axis);

    /// <summary>A tuple of axes; a null array is <see cref="All"/> (NumPy's <c>axis=None</c>).</summary>
    public static implicit operator Axes(int[]? axes) => axes is null ? default : new Axes((int[])axes.Clone());

    /// <summary>A tuple of two axes.</summary>
    public static implicit operator Axes((int, int) axes) => new([axes.Item1, axes.Item2]);

    /// <summary>A tuple of three axes.</summary>
    public static implicit operator Axes((int, int, int) axes) => new([axes.Item1, axes.Item2, axes.Item3]);

    /// <summary>
    /// Marks the axes of an <paramref name="ndim"/>-dimensional array that this selects, as NumPy's
    /// <c>normalize_axis_tuple</c> does, and returns how many are marked.
    /// </summary>
    /// <param name="ndim">The array's number of dimensions.</param>
    /// <param name="reduced">At least <paramref name="ndim"/> flags, overwritten.</param>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of bounds, in NumPy's words
    /// ("axis 2 is out of bounds for array of dimension 2").</exception>
    /// <exception cref="ArgumentException">An axis appears twice ("duplicate value in 'axis'").</exception>
    internal int Normalize(int ndim, Span<bool> reduced)
    {
        reduced = reduced[..ndim];
        if (_kind == AxesKind.All)
        {
            reduced.Fill(true);
            return ndim;
        }
        reduced.Clear();
        if (_kind == AxesKind.Single)
        {
            reduced[NormalizeOne(_single, ndim)] = true;
            return 1;
        }
        foreach (int axis in _many!)
        {
            int a = NormalizeOne(axis, ndim);
            if (reduced[a])
                ThrowDuplicate();
            reduced[a] = true;
        }
        return _many.Length;
    }

    /// <summary>Normalizes one axis against <paramref name="ndim"/> as NumPy's <c>normalize_axis_index</c> does.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of bounds, in NumPy's words.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int NormalizeOne(int axis, int ndim)
    {
        int a = axis < 0 ? axis + ndim : axis;
        if ((uint)a >= (uint)ndim)
            ThrowOutOfBounds(axis, ndim);
        return a;
    }

    [DoesNotReturn]
    private static void ThrowOutOfBounds(int axis, int ndim) =>
        ThrowHelper.ThrowArgumentOutOfRange("axis", $"axis {axis} is out of bounds for array of dimension {ndim}");

    [DoesNotReturn]
    private static void ThrowDuplicate() => ThrowHelper.ThrowArgument("duplicate value in 'axis'", "axis");

    /// <inheritdoc/>
    public bool Equals(Axes other) => _kind == other._kind && _kind switch
    {
        AxesKind.All => true,
        AxesKind.Single => _single == other._single,
        _ => _many.AsSpan().SequenceEqual(other._many),
    };

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Axes other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(_kind);
        if (_kind == AxesKind.Single)
            hash.Add(_single);
        else if (_many is not null)
            foreach (int a in _many)
                hash.Add(a);
        return hash.ToHashCode();
    }

    /// <summary>Whether two values select the same axes in the same order.</summary>
    public static bool operator ==(Axes left, Axes right) => left.Equals(right);

    /// <summary>Whether two values differ.</summary>
    public static bool operator !=(Axes left, Axes right) => !left.Equals(right);

    /// <summary>The value as NumPy prints the argument: <c>None</c>, <c>1</c>, <c>(0, 2)</c>, <c>(1,)</c>, <c>()</c>.</summary>
    public override string ToString() => _kind switch
    {
        AxesKind.All => "None",
        AxesKind.Single => _single.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => _many!.Length == 1 ? $"({_many[0]},)" : $"({string.Join(", ", _many)})",
    };
}
