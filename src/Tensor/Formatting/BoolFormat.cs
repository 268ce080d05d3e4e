namespace ArrayBridge;

/// <summary>
/// NumPy's <c>arrayprint.BoolFormat</c>: <c>" True"</c> and <c>"False"</c>, so that elements line
/// up, except in 0-d arrays, which print <c>True</c>.
/// </summary>
internal sealed unsafe class BoolFormat : ElementFormat
{
    private readonly string _true;

    /// <summary>Creates the format; <paramref name="zeroDimensional"/> drops the padding space of <c>True</c>.</summary>
    public BoolFormat(bool zeroDimensional) => _true = zeroDimensional ? "True" : " True";

    /// <inheritdoc/>
    public override int Format(byte* element, Span<char> destination)
    {
        string text = *element != 0 ? _true : "False";
        text.CopyTo(destination);
        return text.Length;
    }
}
