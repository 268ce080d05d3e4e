using System.Text;

namespace ArrayBridge;

/// <summary>NumPy's broadcasting rule over a ufunc's operands, with NumPy's messages.</summary>
internal static class Broadcasting
{
    /// <summary>
    /// Broadcasts <paramref name="shapes"/> (right-aligned; a length-1 axis stretches) into
    /// <paramref name="result"/>, which has the largest rank. Returns false when two lengths
    /// differ and neither is 1.
    /// </summary>
    public static bool TryShape(ReadOnlySpan<nint[]> shapes, Span<nint> result)
    {
        result.Fill(1);
        int nd = result.Length;
        foreach (nint[] shape in shapes)
        {
            int offset = nd - shape.Length;
            for (int i = 0; i < shape.Length; i++)
            {
                nint n = shape[i];
                ref nint r = ref result[offset + i];
                if (n == r || n == 1)
                {
                    continue;
                }

                if (r != 1)
                {
                    return false;
                }

                r = n;
            }
        }

        return true;
    }

    /// <summary>
    /// The byte strides of an operand of <paramref name="shape"/> and <paramref name="strides"/> seen
    /// through the broadcast shape of rank <paramref name="result"/>.Length: 0 for added and stretched axes.
    /// </summary>
    public static void Strides(ReadOnlySpan<nint> shape, ReadOnlySpan<nint> strides, ReadOnlySpan<nint> result, Span<nint> broadcast)
    {
        int offset = result.Length - shape.Length;
        broadcast[..offset].Clear();
        for (int i = 0; i < shape.Length; i++)
        {
            broadcast[offset + i] = shape[i] == 1 && result[offset + i] != 1 ? 0 : strides[i];
        }
    }

    /// <summary>NumPy's nditer text (trailing space included): "operands could not be broadcast together with shapes (2,3) (3,2) ".</summary>
    public static string Mismatch(ReadOnlySpan<nint[]> shapes)
    {
        var sb = new StringBuilder("operands could not be broadcast together with shapes ");
        foreach (nint[] shape in shapes)
        {
            Append(sb, shape).Append(' ');
        }

        return sb.ToString();
    }

    /// <summary>A shape as NumPy's nditer prints it: <c>(2,3)</c>, <c>(3,)</c>, <c>()</c>.</summary>
    public static StringBuilder Append(StringBuilder sb, ReadOnlySpan<nint> shape)
    {
        sb.Append('(');
        for (int i = 0; i < shape.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append(shape[i]);
        }

        if (shape.Length == 1)
        {
            sb.Append(',');
        }

        return sb.Append(')');
    }

    /// <summary>A shape in nditer notation.</summary>
    public static string Format(ReadOnlySpan<nint> shape) => Append(new StringBuilder(), shape).ToString();
}
