using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace ArrayBridge.Extensions.Generator;

/// <summary>Python spellings of C# names and values.</summary>
internal static class Names
{
    /// <summary>
    /// snake_case of a PascalCase or camelCase name: an underscore before a capital that follows a
    /// lower-case letter, or that starts a word after an acronym (<c>ParseXMLFile</c> → <c>parse_xml_file</c>);
    /// digits join the word before them (<c>Stencil2D</c> → <c>stencil2d</c>).
    /// </summary>
    public static string SnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                char prev = name[i - 1];
                bool nextLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (char.IsLower(prev) || (char.IsUpper(prev) && nextLower))
                {
                    sb.Append('_');
                }
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    /// <summary>Whether <paramref name="name"/> is an ASCII Python identifier.</summary>
    public static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || char.IsDigit(name[0]))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!(c == '_' || (c < 128 && char.IsLetterOrDigit(c))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A C# string literal.</summary>
    public static string CSharpString(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>The C# literal of a parameter's default value, typed for <paramref name="kind"/>.</summary>
    public static string CSharpDefault(object? value, string kind)
    {
        switch (value)
        {
            case null:
                return "default";
            case bool b:
                return b ? "true" : "false";
            case string s:
                return CSharpString(s);
            case double d:
                return double.IsNaN(d) ? "double.NaN" : double.IsPositiveInfinity(d) ? "double.PositiveInfinity" : double.IsNegativeInfinity(d) ? "double.NegativeInfinity" : d.ToString("R", CultureInfo.InvariantCulture) + "d";
            case float f:
                return float.IsNaN(f) ? "float.NaN" : float.IsPositiveInfinity(f) ? "float.PositiveInfinity" : float.IsNegativeInfinity(f) ? "float.NegativeInfinity" : f.ToString("R", CultureInfo.InvariantCulture) + "f";
            case long l:
                return l.ToString(CultureInfo.InvariantCulture) + "L";
            case int i:
                return i.ToString(CultureInfo.InvariantCulture);
            default:
                return "(" + kind + ")" + System.Convert.ToString(value, CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The Python <c>repr</c> of a default value, for the text signature and the stub.</summary>
    public static string PythonRepr(object? value)
    {
        switch (value)
        {
            case null:
                return "None";
            case bool b:
                return b ? "True" : "False";
            case string s:
                return "'" + s.Replace("\\", "\\\\").Replace("'", "\\'").Replace("\n", "\\n") + "'";
            case double d:
                return FloatRepr(d);
            case float f:
                return FloatRepr(f);
            default:
                return System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? "None";
        }
    }

    private static string FloatRepr(double d)
    {
        if (double.IsNaN(d))
        {
            return "float('nan')";
        }

        if (double.IsInfinity(d))
        {
            return d > 0 ? "float('inf')" : "-float('inf')";
        }

        string text = d.ToString("R", CultureInfo.InvariantCulture);
        return text.IndexOfAny(new[] { '.', 'E' }) < 0 ? text + ".0" : text.Replace("E", "e");
    }
}
