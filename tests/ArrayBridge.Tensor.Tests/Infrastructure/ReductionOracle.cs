using System.Numerics;
using System.Text.Json;

namespace ArrayBridge.Tests;

/// <summary>
/// Replays the reductions recorded from NumPy (tests/oracle/generate_reduction_cases.py): rebuilds
/// each input in a chosen layout, calls the C# reduction and compares NumPy's dtype, shape and values,
/// or NumPy's exception and message.
/// </summary>
internal static class ReductionOracle
{
    private static Lazy<JsonElement> s_data => ReductionOracleData.Lazy;

    private static readonly Lazy<Dictionary<string, JsonElement>> s_inputs = new(() =>
        s_data.Value.GetProperty("inputs").EnumerateArray().ToDictionary(e => e.GetProperty("key").GetString()!));

    /// <summary>Every recorded input, by key ("float32/cube").</summary>
    public static Dictionary<string, JsonElement> Inputs => s_inputs.Value;

    /// <summary>The axis × keepdims cases.</summary>
    public static IEnumerable<JsonElement> Cases => s_data.Value.GetProperty("cases").EnumerateArray();

    /// <summary>The keyword cases (dtype=, initial=, where=, ddof=).</summary>
    public static IEnumerable<JsonElement> Keywords => s_data.Value.GetProperty("keywords").EnumerateArray();

    /// <summary>The pairwise-accuracy records.</summary>
    public static IEnumerable<JsonElement> Accuracy => s_data.Value.GetProperty("accuracy").EnumerateArray();

    /// <summary>The layouts each input is rebuilt in.</summary>
    public static readonly string[] Layouts = ["C", "F", "strided", "negative", "swapped"];

    /// <summary>An input rebuilt in <paramref name="layout"/>, holding the recorded values in C order.</summary>
    public static NDArray Build(JsonElement input, string layout)
    {
        using NDArray c = UfuncOracle.Array(input);
        int nd = c.NDim;
        switch (layout)
        {
            case "C":
                return c.Copy();
            case "F":
                return c.Copy(ArrayOrder.F);
            case "strided":
            {
                var shape = c.Shape.ToArray().Select(n => n * 2 + 1).ToArray();
                using NDArray big = NDArray.Zeros(c.DType, shape);
                string index = string.Join(", ", Enumerable.Repeat("1::2", nd));
                NDArray view = nd == 0 ? big.ShareView() : big[index];
                c.CopyTo(view);
                return view;
            }

            case "negative":
            {
                if (nd == 0)
                {
                    return c.Copy();
                }

                string index = string.Join(", ", Enumerable.Range(0, nd).Select(i => i % 2 == 0 ? "::-1" : ":"));
                using NDArray flipped = c[index].Copy();
                return flipped[index];
            }

            default:
                return c.AsType(DType.Create(c.DType.Type, BitConverter.IsLittleEndian ? ByteOrder.Big : ByteOrder.Little));
        }
    }

    /// <summary>The recorded axis argument.</summary>
    public static Axes Axis(JsonElement axis) => axis.ValueKind switch
    {
        JsonValueKind.Null => Axes.All,
        JsonValueKind.Number => axis.GetInt32(),
        _ => Axes.Of(axis.EnumerateArray().Select(e => e.GetInt32()).ToArray()),
    };

    /// <summary>Calls the C# reduction NumPy calls <paramref name="name"/>.</summary>
    public static NDArray Call(string name, NDArray a, JsonElement axis, bool keepdims)
    {
        Axes ax = Axis(axis);
        int? one = axis.ValueKind == JsonValueKind.Number ? axis.GetInt32() : null;
        return name switch
        {
            "sum" => NDArray.Sum(a, ax, keepdims: keepdims),
            "prod" => NDArray.Prod(a, ax, keepdims: keepdims),
            "max" => NDArray.Max(a, ax, keepdims: keepdims),
            "min" => NDArray.Min(a, ax, keepdims: keepdims),
            "mean" => NDArray.Mean(a, ax, keepdims: keepdims),
            "var" => NDArray.Var(a, ax, keepdims: keepdims),
            "std" => NDArray.Std(a, ax, keepdims: keepdims),
            "ptp" => NDArray.Ptp(a, ax, keepdims: keepdims),
            "any" => NDArray.Any(a, ax, keepdims: keepdims),
            "all" => NDArray.All(a, ax, keepdims: keepdims),
            "count_nonzero" => NDArray.CountNonzero(a, ax, keepdims),
            "argmax" => NDArray.ArgMax(a, one, keepdims: keepdims),
            "argmin" => NDArray.ArgMin(a, one, keepdims: keepdims),
            _ => throw new InvalidDataException(name),
        };
    }

    /// <summary>
    /// How many units in the last place a float result may differ from NumPy's: 0 where both compute
    /// exactly (the recorded data are small multiples of 1/2, so sums and means are exact in any
    /// order); for var, std and prod, whose roundings depend on the order of a layout's walk, twice
    /// the number of elements reduced plus 2.
    /// </summary>
    public static long UlpAllowance(string name, long reducedCount) =>
        name is "var" or "std" or "prod" ? 2 * reducedCount + 2 : 0;

    /// <summary>Compares a result with NumPy's; returns a description of the first difference, or null.</summary>
    public static string? Compare(NDArray actual, JsonElement expected, long allowance)
    {
        string dtype = expected.GetProperty("dtype").GetString()!;
        if (actual.DType.Name != dtype)
        {
            return $"dtype {actual.DType.Name}, NumPy {dtype}";
        }

        nint[] shape = NumPyOracle.Ints(expected.GetProperty("shape"));
        if (!actual.Shape.SequenceEqual(shape))
        {
            return $"shape ({string.Join(",", actual.Shape.ToArray())}), NumPy ({string.Join(",", shape)})";
        }

        using NDArray exp = UfuncOracle.Array(expected);
        byte[] a = UfuncOracle.Bytes(actual), e = UfuncOracle.Bytes(exp);
        char kind = actual.DType.Kind;
        if (kind is not ('f' or 'c'))
        {
            return a.AsSpan().SequenceEqual(e) ? null : $"values {actual}, NumPy {exp}";
        }

        int part = kind == 'c' ? actual.ItemSize / 2 : actual.ItemSize;
        for (int i = 0; i < a.Length; i += part)
        {
            if (kind == 'c' && NonFinite(a.AsSpan(i - i % actual.ItemSize, actual.ItemSize)) && NonFinite(e.AsSpan(i - i % actual.ItemSize, actual.ItemSize)))
            {
                // Complex products through infinities give NaN or ±inf parts by the order of the
                // multiplications, which the layout decides (NumPy's own result changes with it).
                continue;
            }

            long d = UlpDistance(a.AsSpan(i, part), e.AsSpan(i, part));
            if (d > allowance)
            {
                return $"values {actual}, NumPy {exp} ({d} ULP apart at byte {i}, allowed {allowance})";
            }
        }

        return null;
    }

    private static bool NonFinite(ReadOnlySpan<byte> complex) => complex.Length == 8
        ? !float.IsFinite(BitConverter.ToSingle(complex)) || !float.IsFinite(BitConverter.ToSingle(complex[4..]))
        : !double.IsFinite(BitConverter.ToDouble(complex)) || !double.IsFinite(BitConverter.ToDouble(complex[8..]));

    /// <summary>The distance in representable values between two floats (0 for two NaNs, max for NaN against a number).</summary>
    public static long UlpDistance(ReadOnlySpan<byte> x, ReadOnlySpan<byte> y)
    {
        (double a, double b, long ia, long ib) = x.Length switch
        {
            2 => ((double)BitConverter.ToHalf(x), (double)BitConverter.ToHalf(y), Ordered(BitConverter.ToInt16(x)), Ordered(BitConverter.ToInt16(y))),
            4 => (BitConverter.ToSingle(x), BitConverter.ToSingle(y), Ordered(BitConverter.ToInt32(x)), Ordered(BitConverter.ToInt32(y))),
            _ => (BitConverter.ToDouble(x), BitConverter.ToDouble(y), Ordered(BitConverter.ToInt64(x)), Ordered(BitConverter.ToInt64(y))),
        };
        if (double.IsNaN(a) || double.IsNaN(b))
        {
            return double.IsNaN(a) && double.IsNaN(b) ? 0 : long.MaxValue;
        }

        if (a == b)
        {
            return 0; // ±0
        }

        return (long)BigInteger.Abs((BigInteger)ia - ib) > long.MaxValue ? long.MaxValue : Math.Abs(ia - ib);
    }

    // Maps sign-magnitude bits to a monotonic integer line.
    private static long Ordered(long bits) => bits < 0 ? long.MinValue - bits : bits;

    private static long Ordered(int bits) => bits < 0 ? int.MinValue - (long)bits : bits;

    private static long Ordered(short bits) => bits < 0 ? short.MinValue - (long)bits : bits;

    /// <summary>Whether an exception is the .NET counterpart of NumPy's exception type.</summary>
    public static bool SameKind(Exception e, string numpyType) => numpyType switch
    {
        "AxisError" => e is ArgumentOutOfRangeException,
        "ValueError" => e is ArgumentException and not ArgumentOutOfRangeException,
        "TypeError" => e is ArgumentException or InvalidCastException,
        "OverflowError" => e is OverflowException,
        _ => false,
    };

    /// <summary>An exception's message without .NET's " (Parameter 'x')" suffix.</summary>
    public static string Message(Exception e) =>
        e is ArgumentException { ParamName: { } p } && e.Message.EndsWith($" (Parameter '{p}')", StringComparison.Ordinal)
            ? e.Message[..^$" (Parameter '{p}')".Length]
            : e.Message;
}
