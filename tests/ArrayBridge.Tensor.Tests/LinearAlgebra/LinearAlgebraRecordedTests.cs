using System.Numerics;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace ArrayBridge.Tests;

/// <summary>
/// Replays tests/oracle/generate_linalg_cases.py's record of NumPy 1.24 (matmul for every pair of
/// 17 dtypes including byte-swapped ones, batches and vectors in C, transposed and reversed
/// layouts, dot, inner, vdot, outer, tensordot, trace, diagonal, einsum), once through BLAS and once
/// with the managed kernel forced: the same dtype and shape, integer and bool bytes exact, floating
/// values within 4·k·eps·(|a|·|b|) from NumPy's own result on the absolute values.
/// </summary>
public class LinearAlgebraRecordedTests
{
    private static readonly Lazy<JsonElement[]> Cases = new(() =>
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Data", "numpy_linalg.json");
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        return doc.RootElement.GetProperty("cases").EnumerateArray().Select(c => c.Clone()).ToArray();
    });

    public static TheoryData<bool> Providers => new() { false, true };

    [Theory]
    [MemberData(nameof(Providers))]
    public void Every_recorded_case_matches_numpy(bool managed)
    {
        var failures = new List<string>();
        Blas.ForceManaged = managed;
        try
        {
            for (int i = 0; i < Cases.Value.Length; i++)
            {
                string? problem = Check(Cases.Value[i]);
                if (problem is not null)
                {
                    failures.Add($"case {i} ({Cases.Value[i].GetProperty("function").GetString()} {Describe(Cases.Value[i])}): {problem}");
                }
            }
        }
        finally
        {
            Blas.ForceManaged = false;
        }

        Assert.True(Cases.Value.Length > 400, "the recorded data is missing");
        Assert.True(failures.Count == 0, $"{failures.Count} case(s) disagree with NumPy:\n" + string.Join("\n", failures.Take(15)));
    }

    private static string Describe(JsonElement c) =>
        string.Join(" , ", c.GetProperty("operands").EnumerateArray().Select(o =>
            $"{o.GetProperty("dtype").GetString()}{NDArray.FormatCompact(o.GetProperty("shape").EnumerateArray().Select(e => (nint)e.GetInt64()).ToArray())} {o.GetProperty("layout").GetString()}"));

    private static NDArray Operand(JsonElement o)
    {
        DType dtype = DType.Parse(o.GetProperty("dtype").GetString()!);
        nint[] shape = o.GetProperty("shape").EnumerateArray().Select(e => (nint)e.GetInt64()).ToArray();
        byte[] bytes = Convert.FromBase64String(o.GetProperty("data").GetString()!);
        using NDArray raw = NDArray.Empty(dtype, shape);
        Marshal.Copy(bytes, 0, raw.DataPointer, bytes.Length);
        return o.GetProperty("layout").GetString() switch
        {
            "T" => raw.Transpose(),
            "rev" => shape.Length == 0 ? raw.Copy() : raw[string.Join(",", shape.Select(_ => "::-1"))],
            _ => raw.Copy(),
        };
    }

    private static NDArray Call(JsonElement c, NDArray[] ops)
    {
        JsonElement kw = c.GetProperty("kwargs");
        int offset = kw.TryGetProperty("offset", out JsonElement off) ? off.GetInt32() : 0;
        switch (c.GetProperty("function").GetString())
        {
            case "matmul": return NDArray.MatMul(ops[0], ops[1]);
            case "dot": return NDArray.Dot(ops[0], ops[1]);
            case "vdot": return NDArray.Vdot(ops[0], ops[1]);
            case "inner": return NDArray.Inner(ops[0], ops[1]);
            case "outer": return NDArray.Outer(ops[0], ops[1]);
            case "trace": return ops[0].Trace(offset);
            case "diagonal": return ops[0].Diagonal(offset);
            case "einsum": return NDArray.Einsum(c.GetProperty("spec").GetString()!, ops);
            case "tensordot":
                JsonElement axes = c.GetProperty("args")[0];
                int[] axesA = axes[0].EnumerateArray().Select(e => e.GetInt32()).ToArray();
                int[] axesB = axes[1].EnumerateArray().Select(e => e.GetInt32()).ToArray();
                return NDArray.TensorDot(ops[0], ops[1], axesA, axesB);
            default:
                throw new InvalidDataException(c.GetProperty("function").GetString());
        }
    }

    private static string? Check(JsonElement c)
    {
        NDArray[] ops = c.GetProperty("operands").EnumerateArray().Select(Operand).ToArray();
        try
        {
            NDArray ours;
            try
            {
                ours = Call(c, ops);
            }
            catch (ArgumentException e) when (c.TryGetProperty("error", out JsonElement error))
            {
                string expected = error.GetProperty("message").GetString()!;
                string actual = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
                return actual == expected ? null : $"message '{actual}', NumPy '{expected}'";
            }

            using (ours)
            {
                if (c.TryGetProperty("error", out JsonElement error))
                {
                    return $"NumPy raised '{error.GetProperty("message").GetString()}'";
                }

                JsonElement result = c.GetProperty("result");
                DType dtype = DType.Parse(result.GetProperty("dtype").GetString()!);
                nint[] shape = result.GetProperty("shape").EnumerateArray().Select(e => (nint)e.GetInt64()).ToArray();
                if (ours.DType != dtype || !ours.Shape.SequenceEqual(shape))
                {
                    return $"{ours.DType}{NDArray.FormatCompact(ours.Shape)}, NumPy {dtype}{NDArray.FormatCompact(shape)}";
                }

                byte[] expected = Convert.FromBase64String(result.GetProperty("data").GetString()!);
                if (dtype.Kind is not ('f' or 'c'))
                {
                    using NDArray copy = ours.Copy();
                    var actual = new byte[copy.NBytes];
                    Marshal.Copy(copy.DataPointer, actual, 0, actual.Length);
                    return actual.AsSpan().SequenceEqual(expected) ? null : "integer or bool values differ";
                }

                using NDArray theirs = NDArray.Empty(dtype, shape);
                Marshal.Copy(expected, 0, theirs.DataPointer, expected.Length);
                double[] scale = MemoryMarshal.Cast<byte, double>(Convert.FromBase64String(c.GetProperty("scale").GetString()!)).ToArray();
                double eps = dtype.Type switch { ScalarType.Float16 => 9.77e-4, ScalarType.Float32 or ScalarType.Complex64 => 1.2e-7, _ => 2.3e-16 };
                long k = c.GetProperty("k").GetInt64();
                using NDArray x = ours.AsType(DType.Complex128);
                using NDArray y = theirs.AsType(DType.Complex128);
                Complex[] xv = x.ToArray<Complex>(), yv = y.ToArray<Complex>();
                for (int i = 0; i < xv.Length; i++)
                {
                    double tol = (4 * Math.Max(k, 1) * eps * scale[i]) + 1e-300;
                    if (!(Complex.Abs(xv[i] - yv[i]) <= tol))
                    {
                        return $"element {i}: {xv[i]}, NumPy {yv[i]} (tolerance {tol})";
                    }
                }

                return null;
            }
        }
        finally
        {
            foreach (NDArray op in ops)
            {
                op.Dispose();
            }
        }
    }
}
