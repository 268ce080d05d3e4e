namespace ArrayBridge.Tests;

/// <summary>
/// Element-wise comparison of two results of one dtype: bit for bit (any NaN matching any NaN), or
/// for transcendental functions within a number of units in the last place (<see cref="UlpAllowances"/>), with NaN,
/// ±inf and zeros (sign included) required exactly.
/// </summary>
internal static unsafe class UfuncComparer
{
    /// <summary>The first disagreement, or null. <paramref name="mask"/> limits the comparison to where it is true.</summary>
    public static string? Compare(NDArray ours, NDArray theirs, NDArray? mask, bool ulp, UlpRecord? record, double maxUlps = UlpAllowances.Default)
    {
        // Native byte order: the comparison reads the elements' bits as numbers.
        using NDArray a = ours.AsType(ours.DType.AsNative(), Casting.Equiv, ArrayOrder.C);
        using NDArray b = theirs.AsType(theirs.DType.AsNative(), Casting.Equiv, ArrayOrder.C);
        using NDArray? m = mask?.BroadcastTo(ours.Shape);
        using NDArray? mc = m?.Copy(ArrayOrder.C);
        int size = a.ItemSize;
        char kind = a.DType.Kind;
        int parts = kind == 'c' ? 2 : 1;
        int width = size / parts;
        byte* pa = (byte*)a.DataPointer, pb = (byte*)b.DataPointer;
        bool* pm = mc is null ? null : (bool*)mc.DataPointer;
        double worst = 0;
        for (nint i = 0; i < a.Size; i++)
        {
            if (pm is not null && !pm[i])
            {
                continue;
            }

            byte* ea = pa + i * size, eb = pb + i * size;
            if (kind is 'b' or 'i' or 'u')
            {
                if (!new ReadOnlySpan<byte>(ea, size).SequenceEqual(new ReadOnlySpan<byte>(eb, size)))
                {
                    return Mismatch(a, b, i);
                }

                continue;
            }

            if (!ulp)
            {
                for (int k = 0; k < parts; k++)
                {
                    if (!SameBits(ea + k * width, eb + k * width, width))
                    {
                        return Mismatch(a, b, i);
                    }
                }

                continue;
            }

            double error = parts == 1 ? RealUlps(ea, eb, width) : ComplexUlps(ea, eb, width);
            if (!(error <= maxUlps))
            {
                return $"{Mismatch(a, b, i)} ({(double.IsPositiveInfinity(error) ? "special values differ" : $"{error:0.#} ULP")})";
            }

            worst = Math.Max(worst, error);
        }

        if (ulp && a.Size > 0)
        {
            record?.Add(a.DType, worst);
        }

        return null;
    }

    private static string Mismatch(NDArray a, NDArray b, nint i) =>
        $"element {i} (C order) is {Format(a, i)}, NumPy {Format(b, i)}";

    private static string Format(NDArray a, nint i)
    {
        byte* p = (byte*)a.DataPointer + i * a.ItemSize;
        return a.DType.Type switch
        {
            ScalarType.Bool => (*p != 0).ToString(),
            ScalarType.Int8 => (*(sbyte*)p).ToString(),
            ScalarType.UInt8 => (*p).ToString(),
            ScalarType.Int16 => (*(short*)p).ToString(),
            ScalarType.UInt16 => (*(ushort*)p).ToString(),
            ScalarType.Int32 => (*(int*)p).ToString(),
            ScalarType.UInt32 => (*(uint*)p).ToString(),
            ScalarType.Int64 => (*(long*)p).ToString(),
            ScalarType.UInt64 => (*(ulong*)p).ToString(),
            ScalarType.Float16 => Real(p, 2),
            ScalarType.Float32 => Real(p, 4),
            ScalarType.Float64 => Real(p, 8),
            ScalarType.Complex64 => $"({Real(p, 4)}, {Real(p + 4, 4)})",
            _ => $"({Real(p, 8)}, {Real(p + 8, 8)})",
        };
    }

    private static string Real(byte* p, int width) => $"{Value(p, width):R} [0x{Bits(p, width):x}]";

    private static double Value(byte* p, int width) => width switch
    {
        2 => (double)*(Half*)p,
        4 => *(float*)p,
        _ => *(double*)p,
    };

    private static long Bits(byte* p, int width) => width switch
    {
        2 => *(ushort*)p,
        4 => *(uint*)p,
        _ => *(long*)p,
    };

    private static bool SameBits(byte* a, byte* b, int width) =>
        Bits(a, width) == Bits(b, width) || (double.IsNaN(Value(a, width)) && double.IsNaN(Value(b, width)));

    /// <summary>Distance in representable values; infinite when NaN, infinities or zeros do not match exactly.</summary>
    private static double RealUlps(byte* a, byte* b, int width)
    {
        double x = Value(a, width), y = Value(b, width);
        if (double.IsNaN(x) || double.IsNaN(y))
        {
            return double.IsNaN(x) && double.IsNaN(y) ? 0 : double.PositiveInfinity;
        }

        if (double.IsInfinity(x) || double.IsInfinity(y) || x == 0 || y == 0)
        {
            return Bits(a, width) == Bits(b, width) ? 0 : double.PositiveInfinity;
        }

        return Math.Abs((double)(Ordered(Bits(a, width), width) - Ordered(Bits(b, width), width)));
    }

    /// <summary>
    /// A complex's error in units of the last place of its larger part: a part that nearly cancels
    /// may be off by many of its own ULPs in any libm, the value as a whole is not.
    /// </summary>
    private static double ComplexUlps(byte* a, byte* b, int width)
    {
        double xr = Value(a, width), xi = Value(a + width, width), yr = Value(b, width), yi = Value(b + width, width);
        double exact = Math.Max(Special(xr, yr, a, b, width), Special(xi, yi, a + width, b + width, width));
        if (exact != 1)
        {
            return exact == 0 ? 0 : double.PositiveInfinity;
        }

        double scale = Math.Max(Math.Abs(yr), Math.Abs(yi));
        double unit = width == 4 ? MathF.BitIncrement((float)scale) - (float)scale : Math.BitIncrement(scale) - scale;
        return Math.Max(Math.Abs(xr - yr), Math.Abs(xi - yi)) / unit;
    }

    /// <summary>0 when the parts agree exactly, infinity when special values differ, 1 when they need measuring.</summary>
    private static double Special(double x, double y, byte* a, byte* b, int width)
    {
        if (double.IsNaN(x) || double.IsNaN(y))
        {
            return double.IsNaN(x) && double.IsNaN(y) ? 0 : double.PositiveInfinity;
        }

        if (Bits(a, width) == Bits(b, width))
        {
            return 0;
        }

        return double.IsInfinity(x) || double.IsInfinity(y) || (x == 0 && y == 0) ? double.PositiveInfinity : 1;
    }

    private static long Ordered(long bits, int width)
    {
        long sign = 1L << (width * 8 - 1);
        return (bits & sign) != 0 ? -(bits & (sign - 1)) : bits;
    }
}
