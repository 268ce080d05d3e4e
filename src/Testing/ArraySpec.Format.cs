using System.Globalization;
using System.Text;

namespace ArrayBridge.Testing;

public sealed partial record ArraySpec
{
    /// <summary>
    /// The readable recipe, for example
    /// <c>dtype=&gt;f4 base=(4, 4) order=F index=[::2, ::-1] readonly values=[1.0, nan, ...]</c>.
    /// </summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append("dtype=").Append(DType.TypeStr).Append(" base=").Append(FormatShape(BaseShape));
        sb.Append(" order=").Append(Order == ArrayOrder.F ? 'F' : 'C');
        if (Index.Length > 0)
        {
            sb.Append(" index=[").Append(Index).Append(']');
        }

        if (BroadcastTo is not null)
        {
            sb.Append(" broadcast=").Append(FormatShape(BroadcastTo));
        }

        if (Unaligned)
        {
            sb.Append(" unaligned");
        }

        if (ReadOnly)
        {
            sb.Append(" readonly");
        }

        sb.Append(" values=[").Append(Values).Append(']');
        return sb.ToString();
    }

    /// <summary>
    /// Python that builds the same array with NumPy into the variable <paramref name="name"/>:
    /// the same dtype and byte order, values (NaN payloads spelled as bits), base order, view,
    /// alignment and WRITEABLE flag.
    /// </summary>
    /// <param name="name">The Python variable to assign.</param>
    public string ToNumPySnippet(string name = "a")
    {
        ArgumentNullException.ThrowIfNull(name);
        ElementKind kind = ElementKind.Of(DType);
        string typeStr = DType.TypeStr;
        var sb = new StringBuilder();
        bool bits = kind.IsFloat && Components.Any(c => ElementCodec.NeedsBits(kind, c));
        if (bits)
        {
            string native = (BitConverter.IsLittleEndian ? "<" : ">") + typeStr[1..];
            sb.Append(CultureInfo.InvariantCulture, $"{name} = np.array([{string.Join(", ", Components.Select(c => "0x" + c.ToString("x", CultureInfo.InvariantCulture)))}], dtype='{(BitConverter.IsLittleEndian ? "<" : ">")}u{kind.ComponentBytes}').view('{native}')");
            if (!DType.IsNativeByteOrder)
            {
                sb.Append(CultureInfo.InvariantCulture, $".byteswap().view('{typeStr}')");
            }

            sb.Append("  # NaN payloads as bits\n");
        }
        else
        {
            var literals = new List<string>();
            for (int i = 0; i < Components.Length; i += kind.Components)
            {
                literals.Add(ElementCodec.PythonLiteral(kind, Components.AsSpan(i, kind.Components)));
            }

            sb.Append(CultureInfo.InvariantCulture, $"{name} = np.array([{string.Join(", ", literals)}], dtype='{typeStr}')\n");
        }

        if (Unaligned)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{name} = np.frombuffer(bytearray(b'\\0' + {name}.tobytes()), dtype={name}.dtype, offset=1)  # unaligned\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"{name} = {name}.reshape({FormatShape(BaseShape)}, order='{(Order == ArrayOrder.F ? 'F' : 'C')}')");
        if (Index.Length > 0)
        {
            // NumPy gives a scalar, not a 0-d view, when integers index every axis; a trailing ... keeps the view.
            bool integersOnly = Index.Split(',').All(item => long.TryParse(item.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _));
            sb.Append('[').Append(Index).Append(integersOnly ? ", ...]" : "]");
        }

        sb.Append('\n');
        if (BroadcastTo is not null)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{name} = np.broadcast_to({name}, {FormatShape(BroadcastTo)})\n");
        }

        if (ReadOnly && BroadcastTo is null)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{name}.flags.writeable = False\n");
        }

        return sb.ToString().TrimEnd('\n');
    }

    /// <summary>C# that builds this recipe (<c>new ArraySpec(DType.Parse("&gt;f4"), [4, 4], "...") { ... }</c>).</summary>
    public string ToCSharp()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"new ArraySpec(DType.Parse(\"{DType.TypeStr}\"), [{string.Join(", ", BaseShape)}], \"{Values}\")");
        var inits = new List<string>();
        if (Order == ArrayOrder.F)
        {
            inits.Add("Order = ArrayOrder.F");
        }

        if (Index.Length > 0)
        {
            inits.Add($"Index = \"{Index}\"");
        }

        if (BroadcastTo is not null)
        {
            inits.Add($"BroadcastTo = [{string.Join(", ", BroadcastTo)}]");
        }

        if (Unaligned)
        {
            inits.Add("Unaligned = true");
        }

        if (ReadOnly)
        {
            inits.Add("ReadOnly = true");
        }

        if (inits.Count > 0)
        {
            sb.Append(" { ").Append(string.Join(", ", inits)).Append(" }");
        }

        return sb.ToString();
    }

    /// <summary>The recipe twice, as a runnable NumPy snippet and as C#, for failure messages.</summary>
    /// <param name="name">The variable name in the snippet.</param>
    public string Describe(string name = "a") =>
        $"NumPy:\n    {ToNumPySnippet(name).Replace("\n", "\n    ", StringComparison.Ordinal)}\nC#:\n    {ToCSharp()}";
}
