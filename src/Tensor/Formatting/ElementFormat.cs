using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// Formats one array element as NumPy's <c>_get_format_function</c> result would: a formatter built
/// from all the values that will be shown, so that they line up, then called once per element.
/// </summary>
internal abstract unsafe class ElementFormat
{
    /// <summary>Formats the element at <paramref name="element"/> into <paramref name="destination"/>; returns the length.</summary>
    public abstract int Format(byte* element, Span<char> destination);

    /// <summary>
    /// Picks and builds the formatter for <paramref name="dtype"/> as <c>_get_format_function</c> does
    /// (<c>BoolFormat</c>, <c>IntegerFormat</c>, <c>FloatingFormat</c>, <c>ComplexFloatingFormat</c>),
    /// from the addresses of the elements that will be shown.
    /// </summary>
    /// <param name="dtype">The array's dtype, in any byte order.</param>
    /// <param name="shown">The addresses of the elements that will be printed.</param>
    /// <param name="zeroDimensional">Whether the array is 0-d (bools then print without padding).</param>
    /// <param name="scratch">Room for formatting one value while measuring.</param>
    /// <param name="precision">The <c>precision</c> print option for floats.</param>
    public static ElementFormat Create(DType dtype, ReadOnlySpan<nint> shown, bool zeroDimensional, Span<char> scratch, int precision = FloatingFormat.DefaultPrecision)
    {
        bool swap = !dtype.IsNativeByteOrder;
        ScalarType type = dtype.Type;
        switch (type)
        {
            case ScalarType.Bool:
                return new BoolFormat(zeroDimensional);

            case ScalarType.Float16:
            case ScalarType.Float32:
            case ScalarType.Float64:
            {
                var values = new double[shown.Length];
                for (int i = 0; i < values.Length; i++)
                {
                    values[i] = ReadFloat((byte*)shown[i], type, swap);
                }

                return new FloatingFormat(values, type, sign: false, swap, scratch, precision);
            }

            case ScalarType.Complex64:
            case ScalarType.Complex128:
                return ComplexFloatingFormat.Create(shown, type, swap, scratch, precision);

            default:
                return IntegerFormat.Create(shown, type, swap);
        }
    }

    /// <summary>Reads a float16, float32 or float64 element as a double (exactly), swapping bytes if asked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected static double ReadFloat(byte* p, ScalarType kind, bool swap)
    {
        switch (kind)
        {
            case ScalarType.Float16:
            {
                ushort bits = Unsafe.ReadUnaligned<ushort>(p);
                return (double)BitConverter.UInt16BitsToHalf(swap ? BinaryPrimitives.ReverseEndianness(bits) : bits);
            }

            case ScalarType.Float32:
            {
                uint bits = Unsafe.ReadUnaligned<uint>(p);
                return BitConverter.UInt32BitsToSingle(swap ? BinaryPrimitives.ReverseEndianness(bits) : bits);
            }

            default:
            {
                ulong bits = Unsafe.ReadUnaligned<ulong>(p);
                return BitConverter.UInt64BitsToDouble(swap ? BinaryPrimitives.ReverseEndianness(bits) : bits);
            }
        }
    }
}
