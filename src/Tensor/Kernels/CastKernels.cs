using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// Element conversions between every pair of supported dtypes, with NumPy's semantics on x86-64:
/// integers wrap (C casts), floats truncate toward zero into integers with the x86
/// "integer indefinite" result for NaN and out-of-range values, anything to bool is "not zero",
/// complex to real drops the imaginary part. Either side may be byte-swapped.
/// </summary>
internal static unsafe class CastKernels
{
    /// <summary>Context bit: the source is byte-swapped.</summary>
    public const nint SwapSource = 1;

    /// <summary>Context bit: the destination is byte-swapped.</summary>
    public const nint SwapDestination = 2;

    /// <summary>The inner-run kernel converting <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static delegate*<byte*, nint, byte*, nint, nint, nint, void> Get(ScalarType from, ScalarType to) => from switch
    {
        ScalarType.Bool => For<bool>(to),
        ScalarType.Int8 => For<sbyte>(to),
        ScalarType.UInt8 => For<byte>(to),
        ScalarType.Int16 => For<short>(to),
        ScalarType.UInt16 => For<ushort>(to),
        ScalarType.Int32 => For<int>(to),
        ScalarType.UInt32 => For<uint>(to),
        ScalarType.Int64 => For<long>(to),
        ScalarType.UInt64 => For<ulong>(to),
        ScalarType.Float16 => For<Half>(to),
        ScalarType.Float32 => For<float>(to),
        ScalarType.Float64 => For<double>(to),
        ScalarType.Complex64 => For<Complex64>(to),
        ScalarType.Complex128 => For<Complex>(to),
        _ => throw new NotSupportedException($"no cast from {from}"),
    };

    private static delegate*<byte*, nint, byte*, nint, nint, nint, void> For<TFrom>(ScalarType to) where TFrom : unmanaged => to switch
    {
        ScalarType.Bool => &Run<TFrom, bool>,
        ScalarType.Int8 => &Run<TFrom, sbyte>,
        ScalarType.UInt8 => &Run<TFrom, byte>,
        ScalarType.Int16 => &Run<TFrom, short>,
        ScalarType.UInt16 => &Run<TFrom, ushort>,
        ScalarType.Int32 => &Run<TFrom, int>,
        ScalarType.UInt32 => &Run<TFrom, uint>,
        ScalarType.Int64 => &Run<TFrom, long>,
        ScalarType.UInt64 => &Run<TFrom, ulong>,
        ScalarType.Float16 => &Run<TFrom, Half>,
        ScalarType.Float32 => &Run<TFrom, float>,
        ScalarType.Float64 => &Run<TFrom, double>,
        ScalarType.Complex64 => &Run<TFrom, Complex64>,
        ScalarType.Complex128 => &Run<TFrom, Complex>,
        _ => throw new NotSupportedException($"no cast to {to}"),
    };

    /// <summary>Converts a strided run of <paramref name="count"/> elements.</summary>
    private static void Run<TFrom, TTo>(byte* src, nint srcStride, byte* dst, nint dstStride, nint count, nint swaps)
        where TFrom : unmanaged
        where TTo : unmanaged
    {
        if (swaps == 0)
        {
            if (srcStride == sizeof(TFrom) && dstStride == sizeof(TTo) && TryVectorized<TFrom, TTo>(src, dst, count))
            {
                return;
            }

            for (nint i = 0; i < count; i++)
            {
                Unsafe.WriteUnaligned(dst, Convert<TFrom, TTo>(Unsafe.ReadUnaligned<TFrom>(src)));
                src += srcStride;
                dst += dstStride;
            }

            return;
        }

        bool swapIn = (swaps & SwapSource) != 0, swapOut = (swaps & SwapDestination) != 0;
        for (nint i = 0; i < count; i++)
        {
            TFrom v = Unsafe.ReadUnaligned<TFrom>(src);
            if (swapIn)
            {
                v = Swap(v);
            }

            TTo r = Convert<TFrom, TTo>(v);
            if (swapOut)
            {
                r = Swap(r);
            }

            Unsafe.WriteUnaligned(dst, r);
            src += srcStride;
            dst += dstStride;
        }
    }

    /// <summary>SIMD conversions for the common contiguous float pairs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryVectorized<TFrom, TTo>(byte* src, byte* dst, nint count)
        where TFrom : unmanaged
        where TTo : unmanaged
    {
        if (typeof(TFrom) == typeof(double) && typeof(TTo) == typeof(float))
        {
            for (nint done = 0; done < count;)
            {
                int n = (int)Math.Min(count - done, 1 << 30);
                System.Numerics.Tensors.TensorPrimitives.ConvertTruncating<double, float>(new ReadOnlySpan<double>((double*)src + done, n), new Span<float>((float*)dst + done, n));
                done += n;
            }

            return true;
        }

        if (typeof(TFrom) == typeof(float) && typeof(TTo) == typeof(double))
        {
            for (nint done = 0; done < count;)
            {
                int n = (int)Math.Min(count - done, 1 << 30);
                System.Numerics.Tensors.TensorPrimitives.ConvertTruncating<float, double>(new ReadOnlySpan<float>((float*)src + done, n), new Span<double>((double*)dst + done, n));
                done += n;
            }

            return true;
        }

        return false;
    }

    /// <summary>Reverses the bytes of each scalar part (both halves of a complex number separately).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Swap<T>(T value) where T : unmanaged
    {
        if (sizeof(T) == 1)
        {
            return value;
        }

        if (typeof(T) == typeof(Complex64))
        {
            ulong bits = Unsafe.As<T, ulong>(ref value);
            uint re = BinaryPrimitives.ReverseEndianness((uint)bits), im = BinaryPrimitives.ReverseEndianness((uint)(bits >> 32));
            ulong swapped = re | ((ulong)im << 32);
            return Unsafe.As<ulong, T>(ref swapped);
        }

        if (typeof(T) == typeof(Complex))
        {
            ref ulong parts = ref Unsafe.As<T, ulong>(ref value);
            parts = BinaryPrimitives.ReverseEndianness(parts);
            Unsafe.Add(ref parts, 1) = BinaryPrimitives.ReverseEndianness(Unsafe.Add(ref parts, 1));
            return value;
        }

        if (sizeof(T) == 2)
        {
            ushort r = BinaryPrimitives.ReverseEndianness(Unsafe.As<T, ushort>(ref value));
            return Unsafe.As<ushort, T>(ref r);
        }

        if (sizeof(T) == 4)
        {
            uint r = BinaryPrimitives.ReverseEndianness(Unsafe.As<T, uint>(ref value));
            return Unsafe.As<uint, T>(ref r);
        }

        ulong q = BinaryPrimitives.ReverseEndianness(Unsafe.As<T, ulong>(ref value));
        return Unsafe.As<ulong, T>(ref q);
    }

    /// <summary>Converts one value; the type tests fold away in each instantiation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TTo Convert<TFrom, TTo>(TFrom v)
        where TFrom : unmanaged
        where TTo : unmanaged
    {
        if (typeof(TFrom) == typeof(TTo))
        {
            return Unsafe.As<TFrom, TTo>(ref v);
        }

        if (typeof(TFrom) == typeof(bool)) return FromInt64<TTo>(Unsafe.As<TFrom, byte>(ref v) != 0 ? 1 : 0);
        if (typeof(TFrom) == typeof(sbyte)) return FromInt64<TTo>(Unsafe.As<TFrom, sbyte>(ref v));
        if (typeof(TFrom) == typeof(short)) return FromInt64<TTo>(Unsafe.As<TFrom, short>(ref v));
        if (typeof(TFrom) == typeof(int)) return FromInt64<TTo>(Unsafe.As<TFrom, int>(ref v));
        if (typeof(TFrom) == typeof(long)) return FromInt64<TTo>(Unsafe.As<TFrom, long>(ref v));
        if (typeof(TFrom) == typeof(byte)) return FromInt64<TTo>(Unsafe.As<TFrom, byte>(ref v));
        if (typeof(TFrom) == typeof(ushort)) return FromInt64<TTo>(Unsafe.As<TFrom, ushort>(ref v));
        if (typeof(TFrom) == typeof(uint)) return FromInt64<TTo>(Unsafe.As<TFrom, uint>(ref v));
        if (typeof(TFrom) == typeof(ulong)) return FromUInt64<TTo>(Unsafe.As<TFrom, ulong>(ref v));
        if (typeof(TFrom) == typeof(Half)) return FromFloat<TTo>((float)Unsafe.As<TFrom, Half>(ref v));
        if (typeof(TFrom) == typeof(float)) return FromFloat<TTo>(Unsafe.As<TFrom, float>(ref v));
        if (typeof(TFrom) == typeof(double)) return FromDouble<TTo>(Unsafe.As<TFrom, double>(ref v));
        if (typeof(TFrom) == typeof(Complex64))
        {
            Complex64 c = Unsafe.As<TFrom, Complex64>(ref v);
            return FromComplex<TTo>(c.Real, c.Imaginary, fromSingle: true);
        }

        if (typeof(TFrom) == typeof(Complex))
        {
            Complex c = Unsafe.As<TFrom, Complex>(ref v);
            return FromComplex<TTo>(c.Real, c.Imaginary, fromSingle: false);
        }

        throw new NotSupportedException();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TTo As<TValue, TTo>(TValue value) => Unsafe.As<TValue, TTo>(ref value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TTo FromInt64<TTo>(long v)
    {
        if (typeof(TTo) == typeof(bool)) return As<bool, TTo>(v != 0);
        if (typeof(TTo) == typeof(sbyte)) return As<sbyte, TTo>(unchecked((sbyte)v));
        if (typeof(TTo) == typeof(byte)) return As<byte, TTo>(unchecked((byte)v));
        if (typeof(TTo) == typeof(short)) return As<short, TTo>(unchecked((short)v));
        if (typeof(TTo) == typeof(ushort)) return As<ushort, TTo>(unchecked((ushort)v));
        if (typeof(TTo) == typeof(int)) return As<int, TTo>(unchecked((int)v));
        if (typeof(TTo) == typeof(uint)) return As<uint, TTo>(unchecked((uint)v));
        if (typeof(TTo) == typeof(long)) return As<long, TTo>(v);
        if (typeof(TTo) == typeof(ulong)) return As<ulong, TTo>(unchecked((ulong)v));
        if (typeof(TTo) == typeof(Half)) return As<Half, TTo>((Half)(float)v);
        if (typeof(TTo) == typeof(float)) return As<float, TTo>(v);
        if (typeof(TTo) == typeof(double)) return As<double, TTo>(v);
        if (typeof(TTo) == typeof(Complex64)) return As<Complex64, TTo>(new Complex64(v, 0f));
        if (typeof(TTo) == typeof(Complex)) return As<Complex, TTo>(new Complex(v, 0d));
        throw new NotSupportedException();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TTo FromUInt64<TTo>(ulong v)
    {
        if (typeof(TTo) == typeof(Half)) return As<Half, TTo>((Half)(float)v);
        if (typeof(TTo) == typeof(float)) return As<float, TTo>(v);
        if (typeof(TTo) == typeof(double)) return As<double, TTo>(v);
        if (typeof(TTo) == typeof(Complex64)) return As<Complex64, TTo>(new Complex64(v, 0f));
        if (typeof(TTo) == typeof(Complex)) return As<Complex, TTo>(new Complex(v, 0d));
        return FromInt64<TTo>(unchecked((long)v));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TTo FromFloat<TTo>(float v)
    {
        if (typeof(TTo) == typeof(Half)) return As<Half, TTo>((Half)v);
        if (typeof(TTo) == typeof(float)) return As<float, TTo>(v);
        if (typeof(TTo) == typeof(Complex64)) return As<Complex64, TTo>(new Complex64(v, 0f));
        return FromDouble<TTo>(v);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TTo FromDouble<TTo>(double v)
    {
        if (typeof(TTo) == typeof(bool)) return As<bool, TTo>(v != 0);
        if (typeof(TTo) == typeof(sbyte)) return As<sbyte, TTo>(unchecked((sbyte)TruncateToInt32(v)));
        if (typeof(TTo) == typeof(byte)) return As<byte, TTo>(unchecked((byte)TruncateToInt32(v)));
        if (typeof(TTo) == typeof(short)) return As<short, TTo>(unchecked((short)TruncateToInt32(v)));
        if (typeof(TTo) == typeof(ushort)) return As<ushort, TTo>(unchecked((ushort)TruncateToInt32(v)));
        if (typeof(TTo) == typeof(int)) return As<int, TTo>(TruncateToInt32(v));
        if (typeof(TTo) == typeof(uint)) return As<uint, TTo>(unchecked((uint)TruncateToInt64(v)));
        if (typeof(TTo) == typeof(long)) return As<long, TTo>(TruncateToInt64(v));
        if (typeof(TTo) == typeof(ulong)) return As<ulong, TTo>(TruncateToUInt64(v));
        if (typeof(TTo) == typeof(Half)) return As<Half, TTo>((Half)v);
        if (typeof(TTo) == typeof(float)) return As<float, TTo>((float)v);
        if (typeof(TTo) == typeof(double)) return As<double, TTo>(v);
        if (typeof(TTo) == typeof(Complex64)) return As<Complex64, TTo>(new Complex64((float)v, 0f));
        if (typeof(TTo) == typeof(Complex)) return As<Complex, TTo>(new Complex(v, 0d));
        throw new NotSupportedException();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TTo FromComplex<TTo>(double re, double im, bool fromSingle)
    {
        if (typeof(TTo) == typeof(bool)) return As<bool, TTo>(re != 0 || im != 0);
        if (typeof(TTo) == typeof(Complex64)) return As<Complex64, TTo>(new Complex64((float)re, (float)im));
        if (typeof(TTo) == typeof(Complex)) return As<Complex, TTo>(new Complex(re, im));
        return fromSingle ? FromFloat<TTo>((float)re) : FromDouble<TTo>(re);
    }

    // x86-64 cvttsd2si: truncation, and the "integer indefinite" value (the minimum) for NaN and
    // out-of-range inputs, which is what NumPy's C casts produce on this platform.
    private static int TruncateToInt32(double v) => v > -2147483649.0 && v < 2147483648.0 ? (int)v : int.MinValue;

    private static long TruncateToInt64(double v) => v >= -9223372036854775808.0 && v < 9223372036854775808.0 ? (long)v : long.MinValue;

    private static ulong TruncateToUInt64(double v)
    {
        // GCC's unsigned conversion: below 2^63 a signed conversion, above it offset by 2^63; NaN
        // fails the "at least 2^63" test and takes the signed path (0x8000000000000000, as NumPy).
        if (!(v >= 9223372036854775808.0))
        {
            return unchecked((ulong)TruncateToInt64(v));
        }

        return unchecked((ulong)TruncateToInt64(v - 9223372036854775808.0) ^ 0x8000000000000000UL);
    }
}
