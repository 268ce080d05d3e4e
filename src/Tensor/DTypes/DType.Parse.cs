using System.Diagnostics.CodeAnalysis;

namespace ArrayBridge;

public readonly partial struct DType
{
    /// <summary>
    /// Parses what <c>np.dtype(...)</c> accepts for the supported types: array-interface type
    /// strings (<c>"&lt;f8"</c>, <c>"&gt;i4"</c>, <c>"|b1"</c>, <c>"=u2"</c>, <c>"f4"</c>), type
    /// characters with an optional order (<c>"d"</c>, <c>"&gt;l"</c>, <c>"?"</c>) and names
    /// (<c>"float64"</c>, <c>"bool"</c>, <c>"complex64"</c>). <c>'='</c> and no order mean native.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a dtype; the message quotes it.</exception>
    /// <exception cref="NotSupportedException">A NumPy dtype ArrayBridge does not support (object, string, datetime, ...).</exception>
    public static DType Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ParseStatus status = TryParseCore(text, out DType dtype);
        return status switch
        {
            ParseStatus.Ok => dtype,
            ParseStatus.Unsupported => ThrowHelper.ThrowNotSupported<DType>($"data type '{text}' is a NumPy dtype that ArrayBridge does not support; supported are bool, int8-64, uint8-64, float16/32/64, complex64/128."),
            _ => ThrowHelper.ThrowFormat<DType>($"data type '{text}' not understood."),
        };
    }

    /// <summary>Like <see cref="Parse(string)"/>, returning false instead of throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out DType dtype)
    {
        if (text is null)
        {
            dtype = default;
            return false;
        }

        return TryParseCore(text, out dtype) == ParseStatus.Ok;
    }

    private enum ParseStatus { Ok, Invalid, Unsupported }

    private static ParseStatus TryParseCore(string text, out DType dtype)
    {
        dtype = default;
        ReadOnlySpan<char> s = text.AsSpan();
        if (s.IsEmpty)
        {
            return ParseStatus.Invalid;
        }

        // Names first: "float64", "bool", "int", ...
        foreach (var (name, named) in Names)
        {
            if (s.SequenceEqual(name))
            {
                dtype = Create(named);
                return ParseStatus.Ok;
            }
        }

        ByteOrder order = ByteOrder.Native;
        bool explicitOrder = true;
        switch (s[0])
        {
            case '<': order = ByteOrder.Little; break;
            case '>': order = ByteOrder.Big; break;
            case '=': order = ByteOrder.Native; break;
            case '|': order = ByteOrder.NotApplicable; break;
            default: explicitOrder = false; break;
        }

        if (explicitOrder)
        {
            s = s[1..];
        }

        if (s.IsEmpty)
        {
            return ParseStatus.Invalid;
        }

        char kind = s[0];
        ReadOnlySpan<char> digits = s[1..];
        ScalarType type;
        if (digits.IsEmpty)
        {
            // A type character: 'd', 'l', '?'.
            if (!TryFromChar(kind, out type))
            {
                return IsUnsupportedKind(kind) ? ParseStatus.Unsupported : ParseStatus.Invalid;
            }
        }
        else
        {
            if (!int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int size))
            {
                // "M8[ns]", "U10" with junk, "datetime64" ...
                return IsUnsupportedKind(kind) ? ParseStatus.Unsupported : ParseStatus.Invalid;
            }

            ParseStatus sized = TryFromKindAndSize(kind, size, out type);
            if (sized != ParseStatus.Ok)
            {
                return sized;
            }
        }

        // '|' on a multi-byte type means "not applicable" to NumPy, which treats it as native.
        dtype = Create(type, order == ByteOrder.NotApplicable ? ByteOrder.Native : order);
        return ParseStatus.Ok;
    }

    private static bool IsUnsupportedKind(char kind) => kind is 'O' or 'S' or 'a' or 'U' or 'V' or 'M' or 'm' or 'g' or 'G' or 'c';

    private static bool TryFromChar(char c, out ScalarType type)
    {
        switch (c)
        {
            case '?': type = ScalarType.Bool; return true;
            case 'b': type = ScalarType.Int8; return true;
            case 'B': type = ScalarType.UInt8; return true;
            case 'h': type = ScalarType.Int16; return true;
            case 'H': type = ScalarType.UInt16; return true;
            case 'i': type = ScalarType.Int32; return true;
            case 'I': type = ScalarType.UInt32; return true;
            case 'l' or 'q' or 'p': type = ScalarType.Int64; return true; // 'p' is intp, 64-bit on LP64
            case 'L' or 'Q' or 'P': type = ScalarType.UInt64; return true;
            case 'e': type = ScalarType.Float16; return true;
            case 'f': type = ScalarType.Float32; return true;
            case 'd': type = ScalarType.Float64; return true;
            case 'F': type = ScalarType.Complex64; return true;
            case 'D': type = ScalarType.Complex128; return true;
            default: type = default; return false;
        }
    }

    private static ParseStatus TryFromKindAndSize(char kind, int size, out ScalarType type)
    {
        type = default;
        switch (kind, size)
        {
            case ('b', 1): type = ScalarType.Bool; return ParseStatus.Ok;
            case ('i', 1): type = ScalarType.Int8; return ParseStatus.Ok;
            case ('i', 2): type = ScalarType.Int16; return ParseStatus.Ok;
            case ('i', 4): type = ScalarType.Int32; return ParseStatus.Ok;
            case ('i', 8): type = ScalarType.Int64; return ParseStatus.Ok;
            case ('u', 1): type = ScalarType.UInt8; return ParseStatus.Ok;
            case ('u', 2): type = ScalarType.UInt16; return ParseStatus.Ok;
            case ('u', 4): type = ScalarType.UInt32; return ParseStatus.Ok;
            case ('u', 8): type = ScalarType.UInt64; return ParseStatus.Ok;
            case ('f', 2): type = ScalarType.Float16; return ParseStatus.Ok;
            case ('f', 4): type = ScalarType.Float32; return ParseStatus.Ok;
            case ('f', 8): type = ScalarType.Float64; return ParseStatus.Ok;
            case ('c', 8): type = ScalarType.Complex64; return ParseStatus.Ok;
            case ('c', 16): type = ScalarType.Complex128; return ParseStatus.Ok;
            case ('f', 16) or ('c', 32): return ParseStatus.Unsupported; // long double
            case ('O' or 'S' or 'a' or 'U' or 'V' or 'M' or 'm', _): return ParseStatus.Unsupported;
            default: return ParseStatus.Invalid;
        }
    }

    private static readonly (string Name, ScalarType Type)[] Names =
    [
        ("bool", ScalarType.Bool), ("bool_", ScalarType.Bool), ("bool8", ScalarType.Bool),
        ("int8", ScalarType.Int8), ("byte", ScalarType.Int8),
        ("uint8", ScalarType.UInt8), ("ubyte", ScalarType.UInt8),
        ("int16", ScalarType.Int16), ("short", ScalarType.Int16),
        ("uint16", ScalarType.UInt16), ("ushort", ScalarType.UInt16),
        ("int32", ScalarType.Int32), ("intc", ScalarType.Int32),
        ("uint32", ScalarType.UInt32), ("uintc", ScalarType.UInt32),
        ("int64", ScalarType.Int64), ("int", ScalarType.Int64), ("int_", ScalarType.Int64), ("intp", ScalarType.Int64), ("longlong", ScalarType.Int64),
        ("uint64", ScalarType.UInt64), ("uint", ScalarType.UInt64), ("uintp", ScalarType.UInt64), ("ulonglong", ScalarType.UInt64),
        ("float16", ScalarType.Float16), ("half", ScalarType.Float16),
        ("float32", ScalarType.Float32), ("single", ScalarType.Float32),
        ("float64", ScalarType.Float64), ("float", ScalarType.Float64), ("double", ScalarType.Float64), ("float_", ScalarType.Float64),
        ("complex64", ScalarType.Complex64), ("csingle", ScalarType.Complex64),
        ("complex128", ScalarType.Complex128), ("complex", ScalarType.Complex128), ("cdouble", ScalarType.Complex128), ("complex_", ScalarType.Complex128),
    ];
}
