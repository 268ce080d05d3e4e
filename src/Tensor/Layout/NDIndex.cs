using System.Globalization;

namespace ArrayBridge;

/// <summary>
/// One item of a basic index (NumPy's basic indexing, <c>arr[1:, ::-2, None, ..., 3]</c>): an
/// integer, a slice with optional start, stop and step, <see cref="NewAxis"/> (<c>None</c>) or
/// <see cref="Ellipsis"/> (<c>...</c>). Integers and C# ranges convert implicitly.
/// </summary>
public readonly struct NDIndex : IEquatable<NDIndex>
{
    private static readonly nint Unset = nint.MinValue;

    private NDIndex(NDIndexKind kind, nint start, nint stop, nint step)
    {
        Kind = kind;
        Start = start;
        Stop = stop;
        Step = step;
    }

    /// <summary>Which kind of index this is.</summary>
    public NDIndexKind Kind { get; }

    /// <summary>The integer of an <see cref="NDIndexKind.Integer"/>, or the slice start; <see cref="nint.MinValue"/> when omitted.</summary>
    internal nint Start { get; }

    /// <summary>The slice stop; <see cref="nint.MinValue"/> when omitted.</summary>
    internal nint Stop { get; }

    /// <summary>The slice step (never zero).</summary>
    internal nint Step { get; }

    /// <summary>An integer index; negative counts from the end. Drops the axis.</summary>
    public static NDIndex At(nint index) => new(NDIndexKind.Integer, index, 0, 1);

    /// <summary>A slice <c>start:stop:step</c>; null bounds are omitted, as in Python.</summary>
    /// <exception cref="ArgumentException"><paramref name="step"/> is zero.</exception>
    public static NDIndex Slice(nint? start = null, nint? stop = null, nint step = 1)
    {
        if (step == 0)
        {
            ThrowHelper.ThrowArgument("slice step cannot be zero", nameof(step));
        }

        // Python clips bounds, so the most negative value means the same as "very negative".
        return new(NDIndexKind.Slice, start is { } s ? Math.Max(s, Unset + 1) : Unset, stop is { } e ? Math.Max(e, Unset + 1) : Unset, step);
    }

    /// <summary>The whole axis, <c>:</c>.</summary>
    public static NDIndex All => new(NDIndexKind.Slice, Unset, Unset, 1);

    /// <summary>A new axis of length 1, <c>None</c> / <c>np.newaxis</c>.</summary>
    public static NDIndex NewAxis => new(NDIndexKind.NewAxis, 0, 0, 1);

    /// <summary>As many <c>:</c> as the other items leave, <c>...</c>.</summary>
    public static NDIndex Ellipsis => new(NDIndexKind.Ellipsis, 0, 0, 1);

    /// <summary>An integer index.</summary>
    public static implicit operator NDIndex(int index) => At(index);

    /// <summary>An integer index.</summary>
    public static implicit operator NDIndex(nint index) => At(index);

    /// <summary>A C# range as a step-1 slice: <c>1..^1</c> is <c>1:-1</c>, <c>^2..</c> is <c>-2:</c>.</summary>
    public static implicit operator NDIndex(Range range)
    {
        Index s = range.Start, e = range.End;
        nint? start = s.IsFromEnd ? (s.Value == 0 ? nint.MaxValue : -s.Value) : s.Value;
        nint? stop = e.IsFromEnd ? (e.Value == 0 ? null : -e.Value) : e.Value;
        if (!s.IsFromEnd && s.Value == 0)
        {
            start = null;
        }

        return Slice(start, stop);
    }

    /// <summary>
    /// Parses NumPy's basic index syntax, items separated by commas: integers, <c>start:stop:step</c>
    /// slices with any part omitted, <c>None</c> (or <c>np.newaxis</c>/<c>newaxis</c>) and <c>...</c>.
    /// </summary>
    /// <exception cref="FormatException">An item is not basic index syntax; the message quotes it.</exception>
    public static NDIndex[] Parse(string index)
    {
        ArgumentNullException.ThrowIfNull(index);
        string trimmed = index.Trim();
        if (trimmed.Length == 0)
        {
            return [];
        }

        string[] parts = trimmed.Split(',');
        if (parts.Length > 1 && parts[^1].Trim().Length == 0)
        {
            Array.Resize(ref parts, parts.Length - 1); // a trailing comma, as in "1,"
        }

        var items = new NDIndex[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            items[i] = ParseItem(parts[i].Trim(), index);
        }

        return items;
    }

    private static NDIndex ParseItem(string item, string whole)
    {
        switch (item)
        {
            case "...":
                return Ellipsis;
            case "None" or "np.newaxis" or "newaxis" or "numpy.newaxis":
                return NewAxis;
            case "":
                ThrowHelper.ThrowFormat($"empty item in index '{whole}'");
                break;
        }

        if (!item.Contains(':'))
        {
            return At(ParseInteger(item, whole));
        }

        string[] bounds = item.Split(':');
        if (bounds.Length > 3)
        {
            ThrowHelper.ThrowFormat($"slice '{item}' in index '{whole}' has more than two ':'");
        }

        nint? start = ParseBound(bounds[0], whole);
        nint? stop = ParseBound(bounds[1], whole);
        nint? step = bounds.Length == 3 ? ParseBound(bounds[2], whole) : null;
        if (step == 0)
        {
            ThrowHelper.ThrowArgument($"slice step cannot be zero in index '{whole}'");
        }

        return Slice(start, stop, step ?? 1);
    }

    private static nint? ParseBound(string text, string whole)
    {
        text = text.Trim();
        return text.Length == 0 || text == "None" ? null : ParseInteger(text, whole);
    }

    private static nint ParseInteger(string text, string whole)
    {
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out long value))
        {
            ThrowHelper.ThrowFormat($"'{text}' in index '{whole}' is not an integer, slice, None or '...' (only basic indexing is supported)");
        }

        return (nint)value;
    }

    /// <inheritdoc/>
    public bool Equals(NDIndex other) => Kind == other.Kind && Start == other.Start && Stop == other.Stop && Step == other.Step;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is NDIndex other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Start, Stop, Step);

    /// <summary>Equality.</summary>
    public static bool operator ==(NDIndex left, NDIndex right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(NDIndex left, NDIndex right) => !left.Equals(right);

    /// <summary>NumPy's syntax for this item: <c>3</c>, <c>1:-1:2</c>, <c>None</c>, <c>...</c>.</summary>
    public override string ToString() => Kind switch
    {
        NDIndexKind.Integer => Start.ToString(CultureInfo.InvariantCulture),
        NDIndexKind.NewAxis => "None",
        NDIndexKind.Ellipsis => "...",
        _ => $"{(Start == Unset ? "" : Start)}:{(Stop == Unset ? "" : Stop)}{(Step == 1 ? "" : ":" + Step)}",
    };

    /// <summary>
    /// Python's <c>slice.indices(length)</c> followed by the slice length: the first index, the step
    /// and how many elements the slice selects.
    /// </summary>
    internal void Resolve(nint length, out nint first, out nint step, out nint count)
    {
        step = Step;
        nint lower = step > 0 ? 0 : -1;
        nint upper = step > 0 ? length : length - 1;
        nint start = Clip(Start, step < 0 ? upper : lower, length, lower, upper);
        nint stop = Clip(Stop, step < 0 ? lower : upper, length, lower, upper);
        if (step > 0)
        {
            count = stop > start ? (nint)(((Int128)stop - start - 1) / step + 1) : 0;
        }
        else
        {
            count = start > stop ? (nint)(((Int128)start - stop - 1) / -(Int128)step + 1) : 0;
        }

        first = start;
    }

    private static nint Clip(nint value, nint whenUnset, nint length, nint lower, nint upper)
    {
        if (value == Unset)
        {
            return whenUnset;
        }

        if (value < 0)
        {
            value += length;
            return value < lower ? lower : value;
        }

        return value > upper ? upper : value;
    }
}
