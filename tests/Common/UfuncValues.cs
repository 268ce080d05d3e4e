using System.Numerics;

namespace ArrayBridge.Tests;

/// <summary>
/// Input values for the ufunc oracle tests: each dtype's edge values (zeros of both signs, ±inf,
/// nan, the integer limits, rounding ties, subnormals) and seeded random ones, built as arrays in
/// every layout the tests compare (C, F, stepped, reversed, stride-0, 0-d, empty, byte-swapped).
/// </summary>
internal static class UfuncValues
{
    /// <summary>The 14 dtypes in NumPy's loop order.</summary>
    public static readonly DType[] DTypes =
    [
        DType.Bool, DType.Int8, DType.UInt8, DType.Int16, DType.UInt16, DType.Int32, DType.UInt32, DType.Int64, DType.UInt64,
        DType.Float16, DType.Float32, DType.Float64, DType.Complex64, DType.Complex128,
    ];

    /// <summary>The 14 dtypes and the byte-swapped forms of the multi-byte ones.</summary>
    public static readonly DType[] AllByteOrders = [.. DTypes, .. DTypes.Where(d => d.ItemSize > 1).Select(Swapped)];

    public static DType Swapped(DType d) => d.WithByteOrder(DType.NativeOrder == ByteOrder.Little ? ByteOrder.Big : ByteOrder.Little);

    private static readonly double[] FloatEdges =
        [0.0, -0.0, 1, -1, 0.5, -0.5, 1.5, 2.5, -2.5, 3, 1e-3, 100, -100, 1e10, double.PositiveInfinity, double.NegativeInfinity, double.NaN];

    /// <summary>The edge values of <paramref name="dtype"/> (integers as int64 bits, floats and complexes as Complex).</summary>
    public static object[] Edges(DType dtype)
    {
        switch (dtype.Kind)
        {
            case 'b':
                return [0L, 1L];
            case 'i':
            case 'u':
            {
                (long min, long max) = IntRange(dtype);
                var list = new List<long> { 0, 1, 2, 3, 7, min, max, min + 1, max - 1 };
                if (dtype.Kind == 'i')
                {
                    list.AddRange([-1, -2, -7]);
                }

                return list.Distinct().Select(v => (object)v).ToArray();
            }

            case 'f':
            {
                (double max, double tiny, double sub) = FloatLimits(dtype);
                return FloatEdges.Concat([max, -max, tiny, -sub]).Select(v => (object)new Complex(v, 0)).ToArray();
            }

            default:
            {
                (double max, _, _) = FloatLimits(dtype);
                double[] parts = [0.0, -0.0, 1, -2.5, double.PositiveInfinity, double.NegativeInfinity, double.NaN, max];
                var list = new List<object>();
                for (int i = 0; i < parts.Length; i++)
                {
                    for (int j = 0; j < parts.Length; j += 2)
                    {
                        list.Add(new Complex(parts[i], parts[(i + j) % parts.Length]));
                    }
                }

                return list.ToArray();
            }
        }
    }

    /// <summary>
    /// Values for input <paramref name="operand"/> of ufunc <paramref name="numpyName"/>: usually any
    /// value of the dtype; integer powers take small exponents (a negative one is a whole-call error).
    /// </summary>
    public static object Draw(Random rng, DType dtype, string numpyName, int operand)
    {
        if (dtype.Kind is 'i' or 'u' && numpyName == "power" && operand == 1)
        {
            return (long)rng.Next(0, 5);
        }

        object[] edges = Edges(dtype);
        if (rng.Next(5) == 0)
        {
            return edges[rng.Next(edges.Length)];
        }

        switch (dtype.Kind)
        {
            case 'b':
                return (long)rng.Next(2);
            case 'i':
            case 'u':
                // Full-range values half the time (wrapping arithmetic), small ones otherwise (division, shifts).
                return rng.Next(2) == 0 ? rng.NextInt64(long.MinValue, long.MaxValue) : (long)rng.Next(-40, 40);
            default:
                return new Complex(RandomDouble(rng), dtype.Kind == 'c' ? RandomDouble(rng) : 0);
        }
    }

    private static double RandomDouble(Random rng) => rng.Next(3) switch
    {
        0 => Math.Round(rng.NextDouble() * 20 - 10, 3),
        1 => (rng.Next(2) == 0 ? -1 : 1) * Math.Pow(10, rng.NextDouble() * 16 - 8),
        _ => rng.NextDouble() * 2 - 1,
    };

    /// <summary>A 1-d C-contiguous array of <paramref name="dtype"/> holding <paramref name="values"/> (C casts: integers wrap).</summary>
    public static NDArray Array(DType dtype, IReadOnlyList<object> values)
    {
        if (dtype.Kind == 'b')
        {
            return NDArray.FromArray(values.Select(v => AsComplex(v) != 0).ToArray());
        }

        NDArray wide;
        if (dtype.Kind is 'i' or 'u')
        {
            wide = NDArray.FromArray(values.Select(v => (long)v).ToArray());
        }
        else
        {
            wide = NDArray.FromArray(values.Select(AsComplex).ToArray());
        }

        using (wide)
        {
            return dtype.Kind == 'f' ? RealPart(wide, dtype) : wide.AsType(dtype, Casting.Unsafe);
        }
    }

    private static Complex AsComplex(object v) => v is long l ? l : (Complex)v;

    private static NDArray RealPart(NDArray complexValues, DType dtype)
    {
        double[] re = complexValues.ToArray<Complex>().Select(z => z.Real).ToArray();
        using var d = NDArray.FromArray(re);
        return d.AsType(dtype, Casting.Unsafe);
    }

    public static NDArray Random(Random rng, DType dtype, string numpyName, int operand, nint count)
    {
        var values = new object[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = Draw(rng, dtype, numpyName, operand);
        }

        return Array(dtype, values);
    }

    private static (long Min, long Max) IntRange(DType dtype) => dtype.Type switch
    {
        ScalarType.Int8 => (sbyte.MinValue, sbyte.MaxValue),
        ScalarType.UInt8 => (0, byte.MaxValue),
        ScalarType.Int16 => (short.MinValue, short.MaxValue),
        ScalarType.UInt16 => (0, ushort.MaxValue),
        ScalarType.Int32 => (int.MinValue, int.MaxValue),
        ScalarType.UInt32 => (0, uint.MaxValue),
        ScalarType.Int64 => (long.MinValue, long.MaxValue),
        _ => (0, -1), // uint64: -1 wraps to its maximum
    };

    private static (double Max, double Tiny, double Subnormal) FloatLimits(DType dtype) => dtype.Type switch
    {
        ScalarType.Float16 => ((double)Half.MaxValue, Math.Pow(2, -14), (double)Half.Epsilon),
        ScalarType.Float32 or ScalarType.Complex64 => (float.MaxValue, Math.Pow(2, -126), float.Epsilon),
        _ => (double.MaxValue, Math.Pow(2, -1022), double.Epsilon),
    };
}
