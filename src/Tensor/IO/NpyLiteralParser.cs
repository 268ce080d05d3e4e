using System.Globalization;
using System.Numerics;
using System.Text;

namespace ArrayBridge;

/// <summary>
/// The subset of Python's <c>ast.literal_eval</c> that a .npy header can hold: dicts, tuples,
/// lists, strings, integers, True/False/None. Anything else is a syntax error, which NumPy reports
/// as "Cannot parse header".
/// </summary>
internal sealed class NpyLiteralParser
{
    /// <summary>A parsed Python tuple; lists stay <see cref="List{T}"/> so the two can be told apart.</summary>
    internal sealed class PyTuple(List<object?> items)
    {
        /// <summary>The tuple's elements.</summary>
        public List<object?> Items { get; } = items;
    }

    /// <summary>A parsed Python dict, in insertion order with later duplicates winning, as Python does.</summary>
    internal sealed class PyDict
    {
        /// <summary>Keys with their values.</summary>
        public List<KeyValuePair<object?, object?>> Entries { get; } = [];
    }

    // Nesting beyond this is not a header NumPy writes, and bounding it keeps recursion off the stack limit.
    private const int MaxDepth = 64;

    private readonly string _text;
    private readonly bool _allowLongSuffix;
    private int _pos;

    private NpyLiteralParser(string text, bool allowLongSuffix)
    {
        _text = text;
        _allowLongSuffix = allowLongSuffix;
    }

    /// <summary>
    /// Parses <paramref name="text"/> as one literal. <paramref name="allowLongSuffix"/> accepts the
    /// Python 2 <c>10L</c> integers that NumPy's <c>_filter_header</c> strips for versions 1.0 and 2.0.
    /// Returns false on a syntax error.
    /// </summary>
    public static bool TryParse(string text, bool allowLongSuffix, out object? value)
    {
        var parser = new NpyLiteralParser(text, allowLongSuffix);
        value = null;
        try
        {
            parser.SkipSpace();
            if (!parser.TryValue(0, out value))
                return false;
            parser.SkipSpace();
            return parser._pos == text.Length;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Python's <c>repr</c> of a parsed value, for error messages that quote it as NumPy does.</summary>
    public static string Repr(object? value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        BigInteger i => i.ToString(CultureInfo.InvariantCulture),
        string s => ReprString(s),
        PyTuple t => t.Items.Count == 1 ? $"({Repr(t.Items[0])},)" : "(" + string.Join(", ", t.Items.Select(Repr)) + ")",
        List<object?> l => "[" + string.Join(", ", l.Select(Repr)) + "]",
        PyDict d => "{" + string.Join(", ", d.Entries.Select(e => Repr(e.Key) + ": " + Repr(e.Value))) + "}",
        _ => value.ToString() ?? "",
    };

    private static string ReprString(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        sb.Append(quote);
        foreach (char c in s)
        {
            if (c == quote || c == '\\')
                sb.Append('\\').Append(c);
            else if (c == '\n')
                sb.Append("\\n");
            else if (c < ' ')
                sb.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}");
            else
                sb.Append(c);
        }

        return sb.Append(quote).ToString();
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && _text[_pos] is ' ' or '\t' or '\n' or '\r' or '\f' or '\v')
            _pos++;
    }

    private bool Peek(char c)
    {
        SkipSpace();
        return _pos < _text.Length && _text[_pos] == c;
    }

    private bool TryValue(int depth, out object? value)
    {
        value = null;
        if (depth > MaxDepth)
            return false;
        SkipSpace();
        if (_pos >= _text.Length)
            return false;
        char c = _text[_pos];
        switch (c)
        {
            case '{':
                _pos++;
                var dict = new PyDict();
                while (!Peek('}'))
                {
                    if (!TryValue(depth + 1, out object? key) || !Peek(':'))
                        return false;
                    _pos++;
                    if (!TryValue(depth + 1, out object? item))
                        return false;
                    if (key is List<object?> or PyDict)
                        return false; // unhashable: literal_eval raises TypeError, which NumPy does not turn into a header message either
                    int existing = dict.Entries.FindIndex(e => KeyEquals(e.Key, key));
                    if (existing >= 0)
                        dict.Entries[existing] = new(dict.Entries[existing].Key, item);
                    else
                        dict.Entries.Add(new(key, item));
                    if (Peek(','))
                        _pos++;
                    else if (!Peek('}'))
                        return false;
                }

                _pos++;
                value = dict;
                return true;
            case '(':
            case '[':
                _pos++;
                char close = c == '(' ? ')' : ']';
                var items = new List<object?>();
                bool sawComma = false;
                while (!Peek(close))
                {
                    if (!TryValue(depth + 1, out object? item))
                        return false;
                    items.Add(item);
                    if (Peek(','))
                    {
                        _pos++;
                        sawComma = true;
                    }
                    else if (!Peek(close))
                        return false;
                }

                _pos++;
                // A parenthesized single value without a comma is just that value, as in Python.
                value = c == '[' ? items : items.Count == 1 && !sawComma ? items[0] : new PyTuple(items);
                return true;
            case '\'':
            case '"':
                return TryString(out value);
            case '-':
            case '+':
                _pos++;
                SkipSpace();
                if (_pos >= _text.Length || !char.IsAsciiDigit(_text[_pos]) || !TryInteger(out BigInteger magnitude))
                    return false;
                value = c == '-' ? -magnitude : magnitude;
                return true;
            default:
                if (char.IsAsciiDigit(c))
                {
                    if (!TryInteger(out BigInteger i))
                        return false;
                    value = i;
                    return true;
                }

                int start = _pos;
                while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] == '_'))
                    _pos++;
                switch (_text.AsSpan(start, _pos - start))
                {
                    case "True": value = true; return true;
                    case "False": value = false; return true;
                    case "None": value = null; return true;
                    default: return false;
                }
        }
    }

    private static bool KeyEquals(object? a, object? b) => a switch
    {
        null => b is null,
        string s => b is string t && s == t,
        bool x => b is bool y ? x == y : b is BigInteger bi && bi == (x ? 1 : 0),
        BigInteger i => b is BigInteger j ? i == j : b is bool y && i == (y ? 1 : 0),
        PyTuple t => b is PyTuple u && t.Items.Count == u.Items.Count && t.Items.Zip(u.Items).All(p => KeyEquals(p.First, p.Second)),
        _ => false,
    };

    private bool TryInteger(out BigInteger value)
    {
        value = BigInteger.Zero;
        int start = _pos;
        if (_pos + 1 < _text.Length && _text[_pos] == '0' && char.ToLowerInvariant(_text[_pos + 1]) is 'x' or 'o' or 'b')
            return TryPrefixedInteger(out value);
        var digits = new StringBuilder();
        while (_pos < _text.Length && (char.IsAsciiDigit(_text[_pos]) || _text[_pos] == '_'))
        {
            // Python allows single underscores between digits only.
            if (_text[_pos] == '_' && (_pos + 1 >= _text.Length || !char.IsAsciiDigit(_text[_pos + 1])))
                return false;
            if (_text[_pos] != '_')
                digits.Append(_text[_pos]);
            _pos++;
        }

        string d = digits.ToString();
        // Python 3 rejects leading zeros on non-zero decimals ("01").
        if (d.Length > 1 && d[0] == '0' && d.TrimStart('0').Length > 0)
            return false;
        if (_pos < _text.Length && _allowLongSuffix && _text[_pos] is 'L' or 'l')
            _pos++;
        if (_pos < _text.Length && (char.IsAsciiLetter(_text[_pos]) || _text[_pos] == '.'))
            return false; // hex, floats, complex, names glued to digits: not a header integer
        if (d.Length > 4300)
            return false; // Python's int-string conversion limit
        value = BigInteger.Parse(d.Length == 0 ? _text.AsSpan(start, 1) : d, CultureInfo.InvariantCulture);
        return true;
    }

    // Python's 0x / 0o / 0b literals, with single underscores allowed after the prefix and between digits.
    private bool TryPrefixedInteger(out BigInteger value)
    {
        value = BigInteger.Zero;
        int radix = char.ToLowerInvariant(_text[_pos + 1]) switch { 'x' => 16, 'o' => 8, _ => 2 };
        _pos += 2;
        int digits = 0;
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c == '_' && _pos + 1 < _text.Length && _text[_pos + 1] != '_')
            {
                _pos++;
                continue;
            }

            int d = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : -1;
            if (d < 0 || d >= radix)
                break;
            value = value * radix + d;
            digits++;
            _pos++;
            if (digits > 20000)
                return false;
        }

        if (_pos < _text.Length && _allowLongSuffix && _text[_pos] is 'L' or 'l')
            _pos++;
        return digits > 0 && (_pos >= _text.Length || !(char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] is '_' or '.'));
    }

    private bool TryString(out object? value)
    {
        value = null;
        char quote = _text[_pos++];
        var sb = new StringBuilder();
        while (_pos < _text.Length)
        {
            char c = _text[_pos++];
            if (c == quote)
            {
                value = sb.ToString();
                // Adjacent literals concatenate in Python ('<' 'f8').
                SkipSpace();
                if (_pos < _text.Length && _text[_pos] is '\'' or '"')
                {
                    if (!TryString(out object? next))
                        return false;
                    value = (string)value + (string)next!;
                }

                return true;
            }

            if (c == '\n')
                return false;
            if (c == '\\')
            {
                if (_pos >= _text.Length)
                    return false;
                char e = _text[_pos++];
                switch (e)
                {
                    case 'n': sb.Append('\n'); break;
                    case 't': sb.Append('\t'); break;
                    case 'r': sb.Append('\r'); break;
                    case '0': sb.Append('\0'); break;
                    case '\\': sb.Append('\\'); break;
                    case '\'': sb.Append('\''); break;
                    case '"': sb.Append('"'); break;
                    case '\n': break;
                    default: sb.Append('\\').Append(e); break;
                }

                continue;
            }

            sb.Append(c);
        }

        return false;
    }
}
