using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// NumPy's <c>arrayprint.ComplexFloatingFormat</c>: a <see cref="FloatingFormat"/> for the real parts
/// and one with <c>sign='+'</c> for the imaginary parts, each sized over its own parts, joined as
/// <c>1.+2.j</c> with the <c>j</c> placed before the imaginary part's right padding.
/// </summary>
internal sealed unsafe class ComplexFloatingFormat : ElementFormat
{
    private readonly FloatingFormat _real;
    private readonly FloatingFormat _imaginary;
    private readonly ScalarType _partKind;
    private readonly bool _swap;

    private ComplexFloatingFormat(FloatingFormat real, FloatingFormat imaginary, ScalarType partKind, bool swap)
    {
        _real = real;
        _imaginary = imaginary;
        _partKind = partKind;
        _swap = swap;
    }

    /// <summary>Measures the real and imaginary parts of the shown complex64 or complex128 elements.</summary>
    public static ComplexFloatingFormat Create(ReadOnlySpan<nint> shown, ScalarType type, bool swap, Span<char> scratch, int precision = FloatingFormat.DefaultPrecision)
    {
        ScalarType partKind = type == ScalarType.Complex64 ? ScalarType.Float32 : ScalarType.Float64;
        var real = new double[shown.Length];
        var imaginary = new double[shown.Length];
        for (int i = 0; i < shown.Length; i++)
        {
            (real[i], imaginary[i]) = Read((byte*)shown[i], partKind, swap);
        }

        return new ComplexFloatingFormat(
            new FloatingFormat(real, partKind, sign: false, swap, scratch, precision),
            new FloatingFormat(imaginary, partKind, sign: true, swap, scratch, precision),
            partKind,
            swap);
    }

    /// <inheritdoc/>
    public override int Format(byte* element, Span<char> destination)
    {
        (double re, double im) = Read(element, _partKind, _swap);
        int length = _real.FormatValue(re, destination);
        Span<char> rest = destination[length..];
        int imaginaryLength = _imaginary.FormatValue(im, rest);

        // Put the 'j' before any trailing padding of the imaginary part.
        int end = imaginaryLength;
        while (end > 0 && rest[end - 1] == ' ')
        {
            end--;
        }

        rest[end..imaginaryLength].CopyTo(rest[(end + 1)..]);
        rest[end] = 'j';
        return length + imaginaryLength + 1;
    }

    /// <summary>Reads both parts; a byte-swapped complex swaps each part on its own.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (double Real, double Imaginary) Read(byte* p, ScalarType partKind, bool swap)
    {
        if (partKind == ScalarType.Float32)
        {
            uint re = Unsafe.ReadUnaligned<uint>(p);
            uint im = Unsafe.ReadUnaligned<uint>(p + 4);
            if (swap)
            {
                re = BinaryPrimitives.ReverseEndianness(re);
                im = BinaryPrimitives.ReverseEndianness(im);
            }

            return (BitConverter.UInt32BitsToSingle(re), BitConverter.UInt32BitsToSingle(im));
        }
        else
        {
            ulong re = Unsafe.ReadUnaligned<ulong>(p);
            ulong im = Unsafe.ReadUnaligned<ulong>(p + 8);
            if (swap)
            {
                re = BinaryPrimitives.ReverseEndianness(re);
                im = BinaryPrimitives.ReverseEndianness(im);
            }

            return (BitConverter.UInt64BitsToDouble(re), BitConverter.UInt64BitsToDouble(im));
        }
    }
}
