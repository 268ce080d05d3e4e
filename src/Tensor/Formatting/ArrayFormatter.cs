using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace ArrayBridge;

/// <summary>
/// <c>repr(ndarray)</c> as NumPy 1.24 prints it with the default print options: a port of
/// <c>numpy/core/arrayprint.py</c>'s <c>_array_repr_implementation</c>, <c>array2string</c>,
/// <c>_leading_trailing</c>, <c>_formatArray</c> and <c>_extendLine</c>, with the element formatters
/// in <see cref="ElementFormat"/>'s subclasses.
/// </summary>
internal static unsafe class ArrayFormatter
{
    /// <summary>The <c>linewidth</c> print option.</summary>
    public const int LineWidth = 75;

    /// <summary>The <c>threshold</c> print option: larger arrays are summarised.</summary>
    public const int Threshold = 1000;

    /// <summary>The <c>edgeitems</c> print option: items kept at each end of a summarised axis.</summary>
    public const int EdgeItems = 3;

    private const string Prefix = "array(";
    private const string Separator = ", ";
    private const string SummaryInsert = "...";

    /// <summary>Room for one formatted element; NumPy's own Dragon4 buffer bounds digits similarly.</summary>
    private const int ScratchLength = 1024;

    /// <summary>NumPy's <c>array_repr(array)</c>, or <c>array_repr(array, precision=...)</c>.</summary>
    public static string Repr(NDArray array, int precision = FloatingFormat.DefaultPrecision)
    {
        DType dtype = array.DType;
        ReadOnlySpan<nint> shape = array.Shape;
        nint size = array.Size;

        // dtype_is_implied: the default int, float, complex and bool print without dtype=, whatever
        // their byte order (the check is on dtype.type), unless the array is empty.
        bool skipDtype = IsImplied(dtype.Type) && size > 0;
        string suffix = skipDtype ? ")" : ",";

        var sb = new StringBuilder();
        sb.Append(Prefix);
        if (size > 0)
        {
            Array2String(sb, array, LineWidth - suffix.Length, precision);
        }
        else if (shape.Length == 1)
        {
            sb.Append("[]");
        }
        else
        {
            // Zero-size arrays other than shape (0,) show their shape.
            sb.Append("[], shape=(");
            for (int i = 0; i < shape.Length; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }

                sb.Append(shape[i].ToString(CultureInfo.InvariantCulture));
            }

            sb.Append(')');
        }

        sb.Append(suffix);
        if (skipDtype)
        {
            return sb.ToString();
        }

        // dtype_short_repr is the dtype's name (all supported names are identifiers); it goes on a
        // new line, aligned after "array(", when it would push the last line past the line width.
        string name = dtype.Name;
        int dtypeLength = "dtype=".Length + name.Length + 1;
        int lastLineLength = sb.Length - (LastIndexOf(sb, '\n') + 1);
        if (lastLineLength + dtypeLength + 1 > LineWidth)
        {
            sb.Append('\n').Append(' ', Prefix.Length);
        }
        else
        {
            sb.Append(' ');
        }

        return sb.Append("dtype=").Append(name).Append(')').ToString();
    }

    /// <summary>
    /// <c>array2string(a, separator=', ', prefix='array(')</c> for a non-empty array, appended to
    /// <paramref name="sb"/>, which already holds the prefix.
    /// </summary>
    private static void Array2String(StringBuilder sb, NDArray array, int lineWidth, int precision)
    {
        ReadOnlySpan<nint> shape = array.Shape;
        ReadOnlySpan<nint> strides = array.Strides;
        byte* data = array.Data;
        bool summarise = array.Size > Threshold;

        // _leading_trailing: the formatter is sized over the shown corners only.
        var shown = new List<nint>();
        CollectShown(data, shape, strides, 0, summarise, shown);

        char[] scratch = new char[ScratchLength];
        ElementFormat format = ElementFormat.Create(array.DType, CollectionsMarshal.AsSpan(shown), shape.Length == 0, scratch, precision);

        // next_line_prefix is " " for the "[" plus the prefix's width; the prefix itself stands in
        // for the hanging indent on the first line, so columns match NumPy's string model.
        int lineStart = LastIndexOf(sb, '\n') + 1;
        var writer = new ArrayFormatWriter(sb, format, scratch, shape, strides, summarise, lineStart);
        writer.FormatArray(data, 0, Prefix.Length + 1, lineWidth);
    }

    /// <summary>The addresses of the elements shown, in C order: all, or per axis the first and
    /// last <see cref="EdgeItems"/> when summarising an axis longer than twice that. Recurses once
    /// per axis, so at most <see cref="NDArray.MaxDimensions"/> deep.</summary>
    private static void CollectShown(byte* p, ReadOnlySpan<nint> shape, ReadOnlySpan<nint> strides, int axis, bool summarise, List<nint> shown)
    {
        if (axis == shape.Length)
        {
            shown.Add((nint)p);
            return;
        }

        nint length = shape[axis];
        nint stride = strides[axis];
        if (summarise && 2 * EdgeItems < length)
        {
            for (nint i = 0; i < EdgeItems; i++)
            {
                CollectShown(p + (i * stride), shape, strides, axis + 1, summarise, shown);
            }

            for (nint i = length - EdgeItems; i < length; i++)
            {
                CollectShown(p + (i * stride), shape, strides, axis + 1, summarise, shown);
            }
        }
        else
        {
            for (nint i = 0; i < length; i++)
            {
                CollectShown(p + (i * stride), shape, strides, axis + 1, summarise, shown);
            }
        }
    }

    /// <summary><c>dtype_is_implied</c>: NumPy's <c>_typelessdata</c> on LP64 is int_, float_, complex_, bool_.</summary>
    private static bool IsImplied(ScalarType type) =>
        type is ScalarType.Int64 or ScalarType.Float64 or ScalarType.Complex128 or ScalarType.Bool;

    private static int LastIndexOf(StringBuilder sb, char c)
    {
        for (int i = sb.Length - 1; i >= 0; i--)
        {
            if (sb[i] == c)
            {
                return i;
            }
        }

        return -1;
    }
}
