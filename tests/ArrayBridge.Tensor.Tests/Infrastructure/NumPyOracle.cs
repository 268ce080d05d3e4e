using System.Numerics;
using System.Text.Json;

namespace ArrayBridge.Tests;

/// <summary>
/// Replays the NumPy oracle data that tests/oracle/generate_tensor_cases.py recorded from real
/// NumPy: the same base array, the same chain of operations, and NumPy's results to compare.
/// </summary>
internal static class NumPyOracle
{
    public const ArrayFlags ComparedFlags = ArrayFlags.CContiguous | ArrayFlags.FContiguous | ArrayFlags.OwnData
        | ArrayFlags.Aligned | ArrayFlags.Writeable | ArrayFlags.WritebackIfCopy;

    public static JsonElement[] Load(string file)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Data", file);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        return doc.RootElement.GetProperty("cases").EnumerateArray().Select(c => c.Clone()).ToArray();
    }

    public static nint[] Ints(JsonElement e) => e.EnumerateArray().Select(x => (nint)x.GetInt64()).ToArray();

    /// <summary>The base array of a case: arange values reduced to fit the dtype, reshaped, F-ordered on request.</summary>
    public static NDArray BuildBase(JsonElement c)
    {
        DType dtype = DType.Parse(c.GetProperty("dtype").GetString()!);
        nint[] shape = Ints(c.GetProperty("shape"));
        nint size = 1;
        foreach (nint n in shape)
        {
            size *= n;
        }

        long mod = dtype.Kind switch
        {
            'b' => 2,
            'i' when dtype.ItemSize == 1 => 127,
            'u' when dtype.ItemSize == 1 => 251,
            'f' or 'c' => 2048,
            _ => long.MaxValue,
        };
        using var values = NDArray.Arange<long>(size);
        Span<long> span = values.AsSpan<long>();
        for (int i = 0; i < span.Length; i++)
        {
            span[i] %= mod;
        }

        using NDArray cast = values.AsType(dtype);
        NDArray shaped = cast.Reshape(shape);
        if (c.GetProperty("order").GetString() == "F" && !shaped.IsFContiguous)
        {
            NDArray f = shaped.Copy(ArrayOrder.F);
            shaped.Dispose();
            return f;
        }

        return shaped;
    }

    /// <summary>Applies one recorded operation.</summary>
    public static NDArray Apply(NDArray a, JsonElement op)
    {
        string kind = op[0].GetString()!;
        return kind switch
        {
            "index" => a[op[1].GetString()!],
            "transpose" => op[1].ValueKind == JsonValueKind.Null ? a.Transpose() : a.Transpose(op[1].EnumerateArray().Select(x => x.GetInt32()).ToArray()),
            "reshape" => a.Reshape(Ints(op[1]), ParseOrder(op[2].GetString()!)),
            "broadcast" => a.BroadcastTo(Ints(op[1])),
            "swapaxes" => a.SwapAxes(op[1].GetInt32(), op[2].GetInt32()),
            "squeeze" => a.Squeeze(),
            "expand_dims" => a.ExpandDims(op[1].GetInt32()),
            "ravel" => a.Ravel(ParseOrder(op[1].GetString()!)),
            "copy" => a.Copy(ParseOrder(op[1].GetString()!)),
            "readonly" => ReadOnlyView(a),
            _ => throw new InvalidDataException(kind),
        };
    }

    private static NDArray ReadOnlyView(NDArray a)
    {
        NDArray v = a.Index();
        v.IsWriteable = false;
        return v;
    }

    public static ArrayOrder ParseOrder(string order) => order switch
    {
        "C" => ArrayOrder.C,
        "F" => ArrayOrder.F,
        "A" => ArrayOrder.A,
        _ => ArrayOrder.K,
    };

    public static Complex[] ExpectedValues(JsonElement values) =>
        values.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Array
            ? new Complex(v[0].GetDouble(), v[1].GetDouble())
            : new Complex(v.GetDouble(), 0)).ToArray();

    public static string Describe(JsonElement c) => c.GetRawText().Length > 400 ? c.GetRawText()[..400] : c.GetRawText();
}
