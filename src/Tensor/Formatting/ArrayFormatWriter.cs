using System.Text;

namespace ArrayBridge;

/// <summary>
/// NumPy's <c>_formatArray</c> recursion and <c>_extendLine</c> wrapping, writing straight into the
/// output instead of building and re-slicing nested strings: the <c>[</c> that NumPy substitutes
/// for the hanging indent of a block's first line is written in its place, so every column, and so
/// every wrapping decision, is the same as in NumPy's string model.
/// </summary>
internal unsafe ref struct ArrayFormatWriter
{
    private readonly StringBuilder _sb;
    private readonly ElementFormat _format;
    private readonly Span<char> _scratch;
    private readonly ReadOnlySpan<nint> _shape;
    private readonly ReadOnlySpan<nint> _strides;
    private readonly bool _summarise;
    private int _lineStart;

    /// <summary>Creates a writer appending to <paramref name="sb"/>, whose current line starts at <paramref name="lineStart"/>.</summary>
    public ArrayFormatWriter(StringBuilder sb, ElementFormat format, Span<char> scratch,
        ReadOnlySpan<nint> shape, ReadOnlySpan<nint> strides, bool summarise, int lineStart)
    {
        _sb = sb;
        _format = format;
        _scratch = scratch;
        _shape = shape;
        _strides = strides;
        _summarise = summarise;
        _lineStart = lineStart;
    }

    /// <summary>
    /// <c>recurser(index, hanging_indent, curr_width)</c> for the sub-array at <paramref name="p"/>
    /// starting at <paramref name="axis"/>; <paramref name="hangingIndent"/> is the width of the
    /// indent continuation lines get. Recurses once per axis, so at most
    /// <see cref="NDArray.MaxDimensions"/> deep.
    /// </summary>
    public void FormatArray(byte* p, int axis, int hangingIndent, int currWidth)
    {
        int axesLeft = _shape.Length - axis;
        if (axesLeft == 0)
        {
            int length = _format.Format(p, _scratch);
            _sb.Append(_scratch[..length]);
            return;
        }

        // Nested blocks are indented one more, to align with the '[' added, and lose one column
        // to the closing ']'.
        int nextHangingIndent = hangingIndent + 1;
        int nextWidth = currWidth - 1;
        nint count = _shape[axis];
        nint stride = _strides[axis];
        bool showSummary = _summarise && 2 * ArrayFormatter.EdgeItems < count;
        nint leading = showSummary ? ArrayFormatter.EdgeItems : 0;
        nint trailing = showSummary ? ArrayFormatter.EdgeItems : count;

        _sb.Append('[');
        if (axesLeft == 1)
        {
            // The last axis: elements separated by ", ", wrapped before the width, leaving room
            // for the separator's ',' or the closing ']'.
            int elementWidth = currWidth - 1;
            for (nint i = 0; i < leading; i++)
            {
                AppendElement(p + (i * stride), elementWidth, hangingIndent);
                _sb.Append(", ");
            }

            if (showSummary)
            {
                ExtendLine("...", elementWidth, hangingIndent);
                _sb.Append(", ");
            }

            for (nint i = trailing; i > 1; i--)
            {
                AppendElement(p + ((count - i) * stride), elementWidth, hangingIndent);
                _sb.Append(", ");
            }

            AppendElement(p + ((count - 1) * stride), elementWidth, hangingIndent);
        }
        else
        {
            // Other axes: one nested block per row, separated by ',' and one newline per
            // remaining axis (so blank lines between 2-d blocks of a 3-d array).
            for (nint i = 0; i < leading; i++)
            {
                FormatArray(p + (i * stride), axis + 1, nextHangingIndent, nextWidth);
                AppendRowSeparator(axesLeft, hangingIndent);
            }

            if (showSummary)
            {
                _sb.Append("...");
                AppendRowSeparator(axesLeft, hangingIndent);
            }

            for (nint i = trailing; i > 1; i--)
            {
                FormatArray(p + ((count - i) * stride), axis + 1, nextHangingIndent, nextWidth);
                AppendRowSeparator(axesLeft, hangingIndent);
            }

            FormatArray(p + ((count - 1) * stride), axis + 1, nextHangingIndent, nextWidth);
        }

        _sb.Append(']');
    }

    private void AppendElement(byte* p, int lineWidth, int hangingIndent)
    {
        int length = _format.Format(p, _scratch);
        ExtendLine(_scratch[..length], lineWidth, hangingIndent);
    }

    /// <summary>
    /// <c>_extendLine</c>: starts a new line, indented, when the word would pass the width, unless
    /// the line holds nothing but its indent (wrapping would not help).
    /// </summary>
    private void ExtendLine(ReadOnlySpan<char> word, int lineWidth, int hangingIndent)
    {
        int column = _sb.Length - _lineStart;
        if (column + word.Length > lineWidth && column > hangingIndent)
        {
            // line.rstrip(): the line ends in the separator's space.
            int end = _sb.Length;
            while (end > _lineStart && char.IsWhiteSpace(_sb[end - 1]))
            {
                end--;
            }

            _sb.Length = end;
            _sb.Append('\n');
            _lineStart = _sb.Length;
            _sb.Append(' ', hangingIndent);
        }

        _sb.Append(word);
    }

    /// <summary><c>separator.rstrip() + '\n' * (axes_left - 1)</c>, then the next row's hanging indent.</summary>
    private void AppendRowSeparator(int axesLeft, int hangingIndent)
    {
        _sb.Append(',').Append('\n', axesLeft - 1);
        _lineStart = _sb.Length;
        _sb.Append(' ', hangingIndent);
    }
}
