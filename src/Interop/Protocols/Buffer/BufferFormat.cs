using System.Runtime.InteropServices;

namespace ArrayBridge.Interop;

/// <summary>
/// Reads the <c>struct</c>-module format strings of PEP 3118 buffers (<c>Py_buffer.format</c>) as
/// ArrayBridge dtypes: an optional byte-order prefix (<c>@</c> and <c>^</c> native order with native
/// sizes, <c>=</c> native order with standard sizes, <c>&lt;</c> little-endian, <c>&gt;</c> and
/// <c>!</c> big-endian, all with standard sizes) and one item code from
/// <c>? b B h H i I l L q Q n N e f d Zf Zd</c>. Native <c>l</c>/<c>L</c> are C <c>long</c>
/// (8 bytes on LP64), standard ones 4 bytes; <c>n</c>/<c>N</c> exist only in native mode.
/// </summary>
internal static class BufferFormat
{
    /// <summary>
    /// The dtype of a buffer with format <paramref name="format"/> (null means <c>"B"</c>, unsigned
    /// bytes, as PEP 3118 says).
    /// </summary>
    /// <exception cref="NotSupportedException">The format is not a single supported numeric item (structs, padding, strings, pointers, long double, repeat counts).</exception>
    public static DType Parse(string? format)
    {
        if (format is null)
        {
            return DType.UInt8;
        }

        if (!TryParse(format, out DType dtype))
        {
            ThrowHelper.ThrowNotSupported($"buffer format '{format}' is not supported; ArrayBridge reads one numeric item per element: an optional '@', '=', '<', '>', '!' or '^' and one of ? b B h H i I l L q Q n N e f d Zf Zd.");
        }

        return dtype;
    }

    /// <summary>Like <see cref="Parse"/>, returning false instead of throwing.</summary>
    public static bool TryParse(ReadOnlySpan<char> format, out DType dtype)
    {
        dtype = default;
        bool standard = false;
        ByteOrder order = ByteOrder.Native;
        if (!format.IsEmpty)
        {
            switch (format[0])
            {
                case '@' or '^':
                    format = format[1..];
                    break;
                case '=':
                    standard = true;
                    format = format[1..];
                    break;
                case '<':
                    standard = true;
                    order = ByteOrder.Little;
                    format = format[1..];
                    break;
                case '>' or '!':
                    standard = true;
                    order = ByteOrder.Big;
                    format = format[1..];
                    break;
            }
        }

        bool complex = false;
        if (format.Length == 2 && format[0] == 'Z')
        {
            complex = true;
            format = format[1..];
        }

        if (format.Length != 1)
        {
            return false;
        }

        int longSize = standard || !CLongIs64Bit ? 4 : 8;
        ScalarType? type = (format[0], complex) switch
        {
            ('?', false) => ScalarType.Bool,
            ('b', false) => ScalarType.Int8,
            ('B', false) => ScalarType.UInt8,
            ('h', false) => ScalarType.Int16,
            ('H', false) => ScalarType.UInt16,
            ('i', false) => ScalarType.Int32,
            ('I', false) => ScalarType.UInt32,
            ('l', false) => longSize == 8 ? ScalarType.Int64 : ScalarType.Int32,
            ('L', false) => longSize == 8 ? ScalarType.UInt64 : ScalarType.UInt32,
            ('q', false) => ScalarType.Int64,
            ('Q', false) => ScalarType.UInt64,
            ('n', false) when !standard => nint.Size == 8 ? ScalarType.Int64 : ScalarType.Int32,
            ('N', false) when !standard => nint.Size == 8 ? ScalarType.UInt64 : ScalarType.UInt32,
            ('e', false) => ScalarType.Float16,
            ('f', false) => ScalarType.Float32,
            ('d', false) => ScalarType.Float64,
            ('f', true) => ScalarType.Complex64,
            ('d', true) => ScalarType.Complex128,
            _ => null,
        };
        if (type is null)
        {
            return false;
        }

        dtype = DType.Create(type.Value, order);
        return true;
    }

    /// <summary>Whether C <c>long</c> is 64 bits (LP64 Unix; false on Windows).</summary>
    private static bool CLongIs64Bit => System.Runtime.CompilerServices.Unsafe.SizeOf<CLong>() == 8;
}
