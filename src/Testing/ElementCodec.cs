using System.Globalization;
using System.Text;

namespace ArrayBridge.Testing;

/// <summary>
/// Element values as text: the recipe's tokens (<c>1.5</c>, <c>-0.0</c>, <c>nan</c>,
/// <c>nan(0x7e01)</c> for a NaN with a payload, <c>(1+2j)</c>, <c>True</c>), which parse back to
/// the same bits, and Python literals for a NumPy snippet.
/// </summary>
internal static class ElementCodec
{
    public static string Token(ElementKind kind, ReadOnlySpan<ulong> element) => kind.Kind switch
    {
        'b' => element[0] != 0 ? "True" : "False",
        'i' or 'u' => kind.ToInteger(element[0]).ToString(CultureInfo.InvariantCulture),
        'f' => FloatToken(kind, element[0]),
        _ => ComplexToken(kind, element[0], element[1]),
    };

    private static string ComplexToken(ElementKind kind, ulong re, ulong im)
    {
        string imag = FloatToken(kind, im);
        return $"({FloatToken(kind, re)}{(imag.StartsWith('-') ? "" : "+")}{imag}j)";
    }

    public static string FloatToken(ElementKind kind, ulong bits)
    {
        if (kind.IsNaN(bits))
        {
            ulong positive = bits & ~kind.SignBit;
            string sign = (bits & kind.SignBit) != 0 ? "-" : "";
            return positive == kind.CanonicalNaN ? sign + "nan" : $"nan(0x{bits:x})";
        }

        if (kind.IsInfinity(bits))
        {
            return (bits & kind.SignBit) != 0 ? "-inf" : "inf";
        }

        string text = kind.ComponentBits switch
        {
            16 => BitConverter.UInt16BitsToHalf((ushort)bits).ToString("R", CultureInfo.InvariantCulture),
            32 => BitConverter.UInt32BitsToSingle((uint)bits).ToString("R", CultureInfo.InvariantCulture),
            _ => BitConverter.UInt64BitsToDouble(bits).ToString("R", CultureInfo.InvariantCulture),
        };
        text = text.Replace("E", "e", StringComparison.Ordinal);
        if (text == "0" && (bits & kind.SignBit) != 0)
        {
            text = "-0";
        }

        return text.Contains('.') || text.Contains('e') ? text : text + ".0";
    }

    /// <summary>Whether a float component needs its bits spelled out in Python (a NaN with a payload).</summary>
    public static bool NeedsBits(ElementKind kind, ulong bits) => kind.IsNaN(bits) && (bits & ~kind.SignBit) != kind.CanonicalNaN;

    /// <summary>A Python literal for one element (without payload NaNs; see <see cref="NeedsBits"/>).</summary>
    public static string PythonLiteral(ElementKind kind, ReadOnlySpan<ulong> element) => kind.Kind switch
    {
        'b' or 'i' or 'u' => Token(kind, element),
        'f' => PythonFloat(kind, element[0]),
        _ => $"complex({PythonFloat(kind, element[0])}, {PythonFloat(kind, element[1])})",
    };

    private static string PythonFloat(ElementKind kind, ulong bits) => FloatToken(kind, bits) switch
    {
        "nan" => "np.nan",
        "-nan" => "-np.nan",
        "inf" => "np.inf",
        "-inf" => "-np.inf",
        string s => s,
    };

    /// <summary>Parses a comma-separated list of tokens into components.</summary>
    /// <exception cref="FormatException">A token is not a value of the dtype; the message quotes it.</exception>
    public static ulong[] ParseList(DType dtype, string text)
    {
        ElementKind kind = ElementKind.Of(dtype);
        string trimmed = text.Trim();
        if (trimmed.StartsWith('[') && trimmed.EndsWith(']'))
        {
            trimmed = trimmed[1..^1].Trim();
        }

        if (trimmed.Length == 0)
        {
            return [];
        }

        string[] tokens = trimmed.Split(',', StringSplitOptions.TrimEntries);
        var values = new ulong[tokens.Length * kind.Components];
        for (int i = 0; i < tokens.Length; i++)
        {
            Parse(kind, tokens[i], values.AsSpan(i * kind.Components, kind.Components));
        }

        return values;
    }

    private static void Parse(ElementKind kind, string token, Span<ulong> destination)
    {
        switch (kind.Kind)
        {
            case 'b':
                destination[0] = token switch
                {
                    "True" or "true" or "1" => 1,
                    "False" or "false" or "0" => 0,
                    _ => ThrowHelper.ThrowFormat<ulong>($"'{token}' is not a bool value (True or False)"),
                };
                break;
            case 'i' or 'u':
                if (!Int128.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out Int128 n) || n < kind.IntegerMin || n > kind.IntegerMax)
                {
                    ThrowHelper.ThrowFormat<ulong>($"'{token}' is not a value of a {kind.ComponentBits}-bit {(kind.Kind == 'i' ? "signed" : "unsigned")} integer");
                }

                destination[0] = kind.FromInteger(n);
                break;
            case 'f':
                destination[0] = ParseFloat(kind, token);
                break;
            default:
                ParseComplex(kind, token, destination);
                break;
        }
    }

    private static void ParseComplex(ElementKind kind, string token, Span<ulong> destination)
    {
        string t = token.Trim();
        if (t.StartsWith('(') && t.EndsWith(')'))
        {
            t = t[1..^1];
        }

        if (!t.EndsWith('j'))
        {
            destination[0] = ParseFloat(kind, t);
            destination[1] = 0;
            return;
        }

        t = t[..^1];
        int split = -1;
        for (int i = t.Length - 1; i > 0; i--)
        {
            if (t[i] is '+' or '-' && t[i - 1] is not ('e' or 'E'))
            {
                split = i;
                break;
            }
        }

        if (split < 0)
        {
            destination[0] = 0;
            destination[1] = ParseFloat(kind, t);
            return;
        }

        destination[0] = ParseFloat(kind, t[..split]);
        destination[1] = ParseFloat(kind, t[split..].TrimStart('+'));
    }

    private static ulong ParseFloat(ElementKind kind, string token)
    {
        string t = token.Trim();
        switch (t)
        {
            case "nan" or "+nan":
                return kind.CanonicalNaN;
            case "-nan":
                return kind.CanonicalNaN | kind.SignBit;
            case "inf" or "+inf":
                return kind.ExponentMask;
            case "-inf":
                return kind.ExponentMask | kind.SignBit;
        }

        if (t.StartsWith("nan(0x", StringComparison.Ordinal) && t.EndsWith(')'))
        {
            if (ulong.TryParse(t.AsSpan(6, t.Length - 7), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out ulong bits) && kind.IsNaN(bits) && (bits & ~kind.Mask) == 0)
            {
                return bits;
            }

            return ThrowHelper.ThrowFormat<ulong>($"'{token}' is not the bits of a {kind.ComponentBits}-bit NaN");
        }

        const NumberStyles Style = NumberStyles.Float;
        bool ok;
        ulong result;
        switch (kind.ComponentBits)
        {
            case 16:
                ok = Half.TryParse(t, Style, CultureInfo.InvariantCulture, out Half h);
                result = BitConverter.HalfToUInt16Bits(h);
                break;
            case 32:
                ok = float.TryParse(t, Style, CultureInfo.InvariantCulture, out float f);
                result = BitConverter.SingleToUInt32Bits(f);
                break;
            default:
                ok = double.TryParse(t, Style, CultureInfo.InvariantCulture, out double d);
                result = BitConverter.DoubleToUInt64Bits(d);
                break;
        }

        return ok ? result : ThrowHelper.ThrowFormat<ulong>($"'{token}' is not a {kind.ComponentBits}-bit float");
    }

    /// <summary>The list of elements as tokens separated by ", ".</summary>
    public static string FormatList(DType dtype, ReadOnlySpan<ulong> values)
    {
        ElementKind kind = ElementKind.Of(dtype);
        var sb = new StringBuilder();
        for (int i = 0; i < values.Length; i += kind.Components)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            sb.Append(Token(kind, values.Slice(i, kind.Components)));
        }

        return sb.ToString();
    }
}
