using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace ArrayBridge.Tests;

/// <summary>
/// Replays ufunc cases recorded from NumPy as raw bytes (tests/oracle/generate_ufunc_logic_cases.py):
/// builds each input (an array from its bytes, or a weak int/float/complex scalar), calls the C#
/// ufunc and compares the result's dtype, shape and bytes, or the exception and NumPy's message.
/// </summary>
internal static class UfuncOracle
{
    private static readonly Lazy<JsonElement[]> s_logic = new(() => NumPyOracle.Load("numpy_ufunc_logic.json"));

    /// <summary>The recorded cases of one ufunc.</summary>
    public static IEnumerable<JsonElement> Cases(string ufunc) =>
        s_logic.Value.Where(c => c.GetProperty("ufunc").GetString() == ufunc);

    /// <summary>Calls the C# counterpart of a NumPy ufunc by its NumPy name.</summary>
    public static NDArray Call(string ufunc, Operand[] a) => ufunc switch
    {
        "equal" => NDArray.Equal(a[0], a[1]),
        "not_equal" => NDArray.NotEqual(a[0], a[1]),
        "less" => NDArray.Less(a[0], a[1]),
        "less_equal" => NDArray.LessEqual(a[0], a[1]),
        "greater" => NDArray.Greater(a[0], a[1]),
        "greater_equal" => NDArray.GreaterEqual(a[0], a[1]),
        "maximum" => NDArray.Maximum(a[0], a[1]),
        "minimum" => NDArray.Minimum(a[0], a[1]),
        "fmax" => NDArray.Fmax(a[0], a[1]),
        "fmin" => NDArray.Fmin(a[0], a[1]),
        "clip" => NDArray.Clip(a[0], a[1], a[2]),
        "logical_and" => NDArray.LogicalAnd(a[0], a[1]),
        "logical_or" => NDArray.LogicalOr(a[0], a[1]),
        "logical_xor" => NDArray.LogicalXor(a[0], a[1]),
        "logical_not" => NDArray.LogicalNot(a[0]),
        "bitwise_and" => NDArray.BitwiseAnd(a[0], a[1]),
        "bitwise_or" => NDArray.BitwiseOr(a[0], a[1]),
        "bitwise_xor" => NDArray.BitwiseXor(a[0], a[1]),
        "invert" => NDArray.Invert(a[0]),
        "left_shift" => NDArray.LeftShift(a[0], a[1]),
        "right_shift" => NDArray.RightShift(a[0], a[1]),
        "where" => NDArray.Where(a[0], a[1], a[2]),
        _ => throw new InvalidDataException(ufunc),
    };

    /// <summary>An array input or result from its recorded dtype, shape and bytes.</summary>
    public static unsafe NDArray Array(JsonElement e)
    {
        DType dtype = DType.Parse(e.GetProperty("dtype").GetString()!);
        nint[] shape = NumPyOracle.Ints(e.GetProperty("shape"));
        byte[] bytes = Convert.FromHexString(e.GetProperty("hex").GetString()!);
        fixed (byte* p = bytes)
        {
            using NDArray view = NDArray.FromPointer(p, dtype, shape);
            return view.Copy();
        }
    }

    /// <summary>A recorded input: an array, or a weak Python scalar.</summary>
    public static Operand Input(JsonElement e, List<NDArray> owned)
    {
        if (!e.TryGetProperty("weak", out JsonElement kind))
        {
            NDArray a = Array(e);
            owned.Add(a);
            return a;
        }

        JsonElement v = e.GetProperty("value");
        return kind.GetString() switch
        {
            "int" => (Operand)v.GetInt64(),
            "float" => (Operand)Real(v.GetString()!),
            _ => (Operand)new Complex(Real(v[0].GetString()!), Real(v[1].GetString()!)),
        };
    }

    private static double Real(string repr) => repr switch
    {
        // Python's float('nan') has the sign bit clear; .NET's double.NaN has it set.
        "nan" => BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_0000),
        "inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        _ => double.Parse(repr, CultureInfo.InvariantCulture),
    };

    /// <summary>The contiguous bytes of an array in C order.</summary>
    public static unsafe byte[] Bytes(NDArray a)
    {
        var bytes = new byte[checked((int)(a.Size * a.ItemSize))];
        fixed (byte* p = bytes)
        {
            using NDArray target = NDArray.FromPointer(p, a.DType, a.Shape);
            a.CopyTo(target, Casting.No);
        }

        return bytes;
    }

    /// <summary>Replays every case of <paramref name="ufunc"/>; returns a description of each mismatch.</summary>
    public static List<string> Replay(string ufunc)
    {
        var failures = new List<string>();
        int count = 0;
        foreach (JsonElement c in Cases(ufunc))
        {
            count++;
            string? failure = ReplayOne(ufunc, c);
            if (failure is not null)
            {
                failures.Add(failure + " in " + NumPyOracle.Describe(c));
            }
        }

        if (count == 0)
        {
            failures.Add($"no recorded cases for {ufunc}");
        }

        return failures;
    }

    private static string? ReplayOne(string ufunc, JsonElement c)
    {
        var owned = new List<NDArray>();
        try
        {
            Operand[] inputs = c.GetProperty("inputs").EnumerateArray().Select(i => Input(i, owned)).ToArray();
            if (c.TryGetProperty("error", out JsonElement error))
            {
                string message = c.GetProperty("message").GetString()!;
                Exception? thrown = null;
                try
                {
                    Call(ufunc, inputs).Dispose();
                }
                catch (Exception e)
                {
                    thrown = e;
                }

                Type expectedType = error.GetString() switch
                {
                    "OverflowError" => typeof(OverflowException),
                    "TypeError" => typeof(ArgumentException),
                    var other => throw new InvalidDataException(other),
                };
                if (thrown is null)
                {
                    return $"expected {error.GetString()} '{message}', got a result";
                }

                return thrown.GetType() == expectedType && thrown.Message == message
                    ? null
                    : $"expected {expectedType.Name} '{message}', got {thrown.GetType().Name} '{thrown.Message}'";
            }

            using NDArray expected = Array(c.GetProperty("result"));
            using NDArray actual = Call(ufunc, inputs);
            if (actual.DType != expected.DType)
            {
                return $"dtype {actual.DType} != NumPy's {expected.DType}";
            }

            if (!actual.Shape.SequenceEqual(expected.Shape))
            {
                return $"shape {string.Join(",", actual.Shape.ToArray())} != NumPy's {string.Join(",", expected.Shape.ToArray())}";
            }

            byte[] a = Bytes(actual), b = Bytes(expected);
            return a.AsSpan().SequenceEqual(b) ? null : $"bytes {Convert.ToHexString(a)} != NumPy's {Convert.ToHexString(b)}";
        }
        catch (Exception e)
        {
            return $"threw {e.GetType().Name}: {e.Message}";
        }
        finally
        {
            foreach (NDArray a in owned)
            {
                a.Dispose();
            }
        }
    }
}
