using System.Buffers;

namespace ArrayBridge.Interop;

internal static unsafe partial class PyConverter
{
    private const int StackLimit = 256;

    /// <summary>
    /// A new <c>str</c> holding exactly the UTF-16 text of <paramref name="value"/>: surrogate pairs
    /// become one code point, lone surrogates stay lone surrogates (as <c>'surrogatepass'</c> would),
    /// so every .NET string round-trips.
    /// </summary>
    internal static unsafe NewReference FromString(string value)
    {
        ReadOnlySpan<char> text = value;
        if (text.IndexOfAnyExceptInRange('\0', '\u00FF') < 0)
        {
            // Latin-1: one byte per character (PyUnicode_1BYTE_KIND).
            byte[]? rented = null;
            Span<byte> latin1 = text.Length <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(text.Length));
            try
            {
                for (int i = 0; i < text.Length; i++)
                {
                    latin1[i] = (byte)text[i];
                }

                fixed (byte* p = latin1)
                {
                    return Check(CPython.PyUnicode_FromKindAndData(CPython.PyUnicode_1BYTE_KIND, p, text.Length));
                }
            }
            finally
            {
                if (rented is not null)
                {
                    ArrayPool<byte>.Shared.Return(rented);
                }
            }
        }

        uint[]? rentedCodePoints = null;
        Span<uint> codePoints = text.Length <= StackLimit ? stackalloc uint[StackLimit] : (rentedCodePoints = ArrayPool<uint>.Shared.Rent(text.Length));
        try
        {
            int count = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    codePoints[count++] = (uint)char.ConvertToUtf32(c, text[++i]);
                }
                else
                {
                    codePoints[count++] = c; // including a lone surrogate
                }
            }

            fixed (uint* p = codePoints)
            {
                return Check(CPython.PyUnicode_FromKindAndData(CPython.PyUnicode_4BYTE_KIND, p, count));
            }
        }
        finally
        {
            if (rentedCodePoints is not null)
            {
                ArrayPool<uint>.Shared.Return(rentedCodePoints);
            }
        }
    }

    /// <summary>
    /// The text of a <c>str</c> (borrowed): code points above U+FFFF become surrogate pairs, lone
    /// surrogates are kept.
    /// </summary>
    internal static unsafe string ReadString(BorrowedReference str)
    {
        nint length = CPython.PyUnicode_GetLength(str);
        if (length < 0)
        {
            throw PythonException.FetchCurrent();
        }

        if (length == 0)
        {
            return "";
        }

        if (length > Array.MaxLength)
        {
            ThrowHelper.ThrowNotSupported("The Python str is too long for a .NET string.");
        }

        int n = (int)length;
        uint[]? rented = null;
        Span<uint> codePoints = n <= StackLimit ? stackalloc uint[StackLimit] : (rented = ArrayPool<uint>.Shared.Rent(n));
        try
        {
            fixed (uint* p = codePoints)
            {
                if (CPython.PyUnicode_AsUCS4(str, p, n, 0) == null)
                {
                    throw PythonException.FetchCurrent();
                }
            }

            ReadOnlySpan<uint> source = codePoints[..n];
            int utf16Length = n;
            foreach (uint cp in source)
            {
                if (cp > 0xFFFF)
                {
                    utf16Length++;
                }
            }

            if (utf16Length == n)
            {
                return string.Create(n, source, static (chars, state) => Narrow(state, chars));
            }

            var chars = new char[utf16Length];
            int j = 0;
            foreach (uint cp in source)
            {
                if (cp > 0xFFFF)
                {
                    uint v = cp - 0x10000;
                    chars[j++] = (char)(0xD800 + (v >> 10));
                    chars[j++] = (char)(0xDC00 + (v & 0x3FF));
                }
                else
                {
                    chars[j++] = (char)cp;
                }
            }

            return new string(chars);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<uint>.Shared.Return(rented);
            }
        }
    }

    private static void Narrow(ReadOnlySpan<uint> source, Span<char> destination)
    {
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = (char)source[i];
        }
    }
}
