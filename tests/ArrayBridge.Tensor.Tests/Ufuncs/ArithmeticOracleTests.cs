using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace ArrayBridge.Tests;

/// <summary>
/// Replays what tests/oracle/generate_ufunc_arithmetic_cases.py recorded from NumPy (NEP 50
/// promotion): every arithmetic ufunc on every dtype's edge values (zeros of both signs, ±1, the
/// type's extremes, infinities, NaN, subnormals), weak Python scalars on either side and mixed
/// dtypes. The result's dtype must be NumPy's, every element bit for bit NumPy's (NaN against NaN
/// regardless of payload) and the floating-point flags raised NumPy's; or the exception NumPy's error maps to, with NumPy's message.
/// </summary>
public class ArithmeticOracleTests
{
    private static readonly Lazy<JsonElement[]> s_cases = new(() => NumPyOracle.Load("numpy_ufunc_arithmetic.json"));

    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        JsonElement[] cases = s_cases.Value;
        for (int i = 0; i < cases.Length; i++)
        {
            data.Add(i, $"{cases[i].GetProperty("ufunc").GetString()} {cases[i].GetProperty("label").GetString()}");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_numpy(int index, string label)
    {
        JsonElement c = s_cases.Value[index];
        string ufunc = c.GetProperty("ufunc").GetString()!;
        var arrays = new List<NDArray>();
        try
        {
            Operand[] inputs = c.GetProperty("inputs").EnumerateArray().Select(i => ToOperand(i, arrays)).ToArray();
            if (c.TryGetProperty("error", out JsonElement error))
            {
                Type expected = error.GetProperty("type").GetString() switch
                {
                    "TypeError" or "ValueError" => typeof(ArgumentException),
                    "OverflowError" => typeof(OverflowException),
                    var other => throw new InvalidDataException(other),
                };
                Exception e = Assert.ThrowsAny<Exception>(() => Call(ufunc, inputs).Dispose());
                Assert.Equal(expected, e.GetType());
                Assert.Equal(NumPy2Messages.Translate(error.GetProperty("message").GetString()!), e.Message);
                return;
            }

            JsonElement result = c.GetProperty("result");
            FloatingPointFlags raised = FloatingPointFlags.None;
            NDArray actual;
            using (NDArray.ErrState(all: FloatingPointErrorMode.Call, call: (_, flags) => raised |= flags))
            {
                actual = Call(ufunc, inputs);
            }

            using NDArray owned = actual;
            DType dtype = DType.Parse(result.GetProperty("dtype").GetString()!);
            Assert.True(dtype == actual.DType, $"{label}: dtype {actual.DType}, NumPy {dtype}");
            byte[] expectedBytes = Convert.FromHexString(result.GetProperty("hex").GetString()!);
            using NDArray flat = actual.Reshape([-1]);
            using NDArray contiguous = flat.Copy();
            if (ufunc == "power" && ((dtype.Kind == 'c' && !LibmComplexPower.IsAvailable) || (dtype.Kind == 'f' && dtype.ItemSize >= 4)))
            {
                // NumPy takes float32/float64 pow from SVML on AVX-512 hosts, ArrayBridge from the C
                // library's pow; complex pow both from the C library's cpow where it can be bound.
                AssertClose(label, dtype, expectedBytes, Bytes(contiguous), InputText(arrays));
            }
            else
            {
                AssertSameValues(label, dtype, expectedBytes, Bytes(contiguous), InputText(arrays));
            }

            Assert.True((FloatingPointFlags)c.GetProperty("flags").GetInt32() == raised,
                $"{label}: flags {raised}, NumPy {(FloatingPointFlags)c.GetProperty("flags").GetInt32()}; inputs {InputText(arrays)}");
        }
        finally
        {
            foreach (NDArray a in arrays)
            {
                a.Dispose();
            }
        }
    }

    internal static NDArray Call(string ufunc, Operand[] x) => ufunc switch
    {
        "subtract" => NDArray.Subtract(x[0], x[1]),
        "multiply" => NDArray.Multiply(x[0], x[1]),
        "true_divide" => NDArray.Divide(x[0], x[1]),
        "floor_divide" => NDArray.FloorDivide(x[0], x[1]),
        "remainder" => NDArray.Remainder(x[0], x[1]),
        "fmod" => NDArray.Fmod(x[0], x[1]),
        "power" => NDArray.Power(x[0], x[1]),
        "negative" => NDArray.Negative(x[0]),
        "positive" => NDArray.Positive(x[0]),
        "absolute" => NDArray.Absolute(x[0]),
        "sign" => NDArray.Sign(x[0]),
        "square" => NDArray.Square(x[0]),
        "reciprocal" => NDArray.Reciprocal(x[0]),
        "conjugate" => NDArray.Conjugate(x[0]),
        _ => throw new InvalidDataException(ufunc),
    };

    private static Operand ToOperand(JsonElement input, List<NDArray> arrays)
    {
        if (input.TryGetProperty("weak", out JsonElement weak))
        {
            JsonElement v = input.GetProperty("value");
            return weak.GetString() switch
            {
                // Each arm typed as Operand: a switch over long, double and Complex would be all Complex.
                "int" => (Operand)v.GetInt64(),
                "float" => (Operand)ParseHex(v.GetString()!),
                "complex" => (Operand)new Complex(ParseHex(v[0].GetString()!), ParseHex(v[1].GetString()!)),
                var other => throw new InvalidDataException(other),
            };
        }

        NDArray a = FromBytes(DType.Parse(input.GetProperty("dtype").GetString()!), Convert.FromHexString(input.GetProperty("hex").GetString()!));
        arrays.Add(a);
        return a;
    }

    internal static unsafe NDArray FromBytes(DType dtype, byte[] bytes)
    {
        NDArray a = NDArray.Zeros(dtype, [bytes.Length / dtype.ItemSize]);
        bytes.CopyTo(new Span<byte>((void*)a.DataPointer, bytes.Length));
        return a;
    }

    internal static unsafe byte[] Bytes(NDArray contiguous) =>
        new ReadOnlySpan<byte>((void*)contiguous.DataPointer, checked((int)(contiguous.Size * contiguous.DType.ItemSize))).ToArray();

    private static string InputText(List<NDArray> arrays) => string.Join(" | ", arrays.Select(a => a.ToString()));

    /// <summary>Element by element: equal bits, or NaN where NumPy has NaN (for floats, per part for complex).</summary>
    internal static void AssertSameValues(string label, DType dtype, byte[] expected, byte[] actual, string context)
    {
        Assert.Equal(expected.Length, actual.Length);
        int part = dtype.Kind == 'c' ? dtype.ItemSize / 2 : dtype.ItemSize;
        for (int offset = 0; offset < expected.Length; offset += part)
        {
            ReadOnlySpan<byte> e = expected.AsSpan(offset, part), a = actual.AsSpan(offset, part);
            if (e.SequenceEqual(a))
            {
                continue;
            }

            if (dtype.Kind is 'f' or 'c' && IsNaN(e) && IsNaN(a))
            {
                continue;
            }

            Assert.Fail($"{label}: element {offset / dtype.ItemSize} part {(offset % dtype.ItemSize) / part}: NumPy {Show(e)}, got {Show(a)}; inputs {context}");
        }
    }

    /// <summary>
    /// Within a few units of the last place of the element's magnitude (of the complex modulus, so a
    /// part that cancels to nearly zero is not held to its own tiny scale), with equal NaN-ness and
    /// equal infinities.
    /// </summary>
    private static void AssertClose(string label, DType dtype, byte[] expected, byte[] actual, string context)
    {
        Assert.Equal(expected.Length, actual.Length);
        bool single = (dtype.Kind == 'c' ? dtype.ItemSize / 2 : dtype.ItemSize) == 4;
        int parts = dtype.Kind == 'c' ? 2 : 1;
        int part = dtype.ItemSize / parts;
        for (int offset = 0; offset < expected.Length; offset += dtype.ItemSize)
        {
            double[] e = new double[parts], a = new double[parts];
            for (int p = 0; p < parts; p++)
            {
                e[p] = single ? BitConverter.ToSingle(expected, offset + p * part) : BitConverter.ToDouble(expected, offset + p * part);
                a[p] = single ? BitConverter.ToSingle(actual, offset + p * part) : BitConverter.ToDouble(actual, offset + p * part);
            }

            double scale = Math.Sqrt(e.Sum(v => double.IsFinite(v) ? v * v : 0));
            double tolerance = 4 * (single ? 1.2e-7 : 2.3e-16) * scale;
            for (int p = 0; p < parts; p++)
            {
                bool ok = double.IsNaN(e[p]) ? double.IsNaN(a[p]) : double.IsFinite(e[p]) ? Math.Abs(e[p] - a[p]) <= tolerance || e[p] == a[p] : e[p] == a[p];
                Assert.True(ok, $"{label}: element {offset / dtype.ItemSize} part {p}: NumPy {e[p]:R}, got {a[p]:R}; inputs {context}");
            }
        }
    }

    private static bool IsNaN(ReadOnlySpan<byte> v) => v.Length switch
    {
        2 => Half.IsNaN(BitConverter.ToHalf(v)),
        4 => float.IsNaN(BitConverter.ToSingle(v)),
        _ => double.IsNaN(BitConverter.ToDouble(v)),
    };

    private static string Show(ReadOnlySpan<byte> v) => Convert.ToHexString(v) + v.Length switch
    {
        2 => $" ({BitConverter.ToHalf(v)})",
        4 => $" ({BitConverter.ToSingle(v).ToString("R", CultureInfo.InvariantCulture)})",
        8 => $" ({BitConverter.ToDouble(v).ToString("R", CultureInfo.InvariantCulture)} / {BitConverter.ToInt64(v)})",
        _ => "",
    };

    /// <summary>Python's <c>float.hex</c> text, read exactly.</summary>
    internal static double ParseHex(string text)
    {
        switch (text)
        {
            case "inf": return double.PositiveInfinity;
            case "-inf": return double.NegativeInfinity;
            case "nan": return double.NaN;
        }

        bool negative = text.StartsWith('-');
        string s = negative ? text[1..] : text;
        // 0x1.8000000000000p+1: hex mantissa with a binary exponent.
        int p = s.IndexOf('p');
        string mantissa = s[2..p];
        int exponent = int.Parse(s[(p + 1)..], CultureInfo.InvariantCulture);
        int dot = mantissa.IndexOf('.');
        string digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        int fraction = dot < 0 ? 0 : mantissa.Length - dot - 1;
        var value = BigInteger.Parse("0" + digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        double result = Math.ScaleB((double)value, exponent - 4 * fraction);
        return negative ? -result : result;
    }
}
