using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using System.Text.Json;

namespace ArrayBridge.Tests;

/// <summary>
/// Replays the NumPy random streams that tests/oracle/generate_random_cases.py recorded from
/// NumPy 1.24 (Data/numpy_random.json) and compares results byte for byte.
/// </summary>
internal static class RandomOracle
{
    private static readonly Lazy<JsonElement> s_root = new(() =>
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Data", "numpy_random.json");
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        return doc.RootElement.Clone();
    });

    public static JsonElement Root => s_root.Value;

    public static JsonElement[] Section(string name) => Root.GetProperty(name).EnumerateArray().ToArray();

    public static BigInteger Big(JsonElement e) => BigInteger.Parse(e.GetString()!, CultureInfo.InvariantCulture);

    public static nint[] Shape(JsonElement e) => e.EnumerateArray().Select(x => (nint)x.GetInt64()).ToArray();

    /// <summary>A generator seeded as the recorded seed: one integer (a string) or a list of them.</summary>
    public static Generator Rng(JsonElement seed) => seed.ValueKind == JsonValueKind.Array
        ? Generator.DefaultRng(seed.EnumerateArray().Select(Big).ToArray())
        : Generator.DefaultRng(Big(seed));

    /// <summary>The little-endian bytes of an array's elements in C order (what NumPy's tobytes gives).</summary>
    public static unsafe byte[] Bytes(NDArray a)
    {
        using NDArray c = a.Copy();
        byte[] bytes = new byte[c.NBytes];
        new ReadOnlySpan<byte>((void*)c.DataPointer, bytes.Length).CopyTo(bytes);
        return bytes;
    }

    /// <summary>Why <paramref name="actual"/> is not the recorded result, or null when it is.</summary>
    public static string? Compare(JsonElement expected, NDArray actual)
    {
        string dtype = expected.GetProperty("dtype").GetString()!;
        if (actual.DType.Name != dtype)
        {
            return $"dtype {actual.DType.Name}, NumPy {dtype}";
        }

        nint[] shape = Shape(expected.GetProperty("shape"));
        if (!actual.Shape.SequenceEqual(shape))
        {
            return $"shape ({string.Join(", ", actual.Shape.ToArray())}), NumPy ({string.Join(", ", shape)})";
        }

        byte[] bytes = Bytes(actual);
        if (expected.TryGetProperty("hex", out JsonElement hex))
        {
            string got = Convert.ToHexStringLower(bytes);
            return got == hex.GetString() ? null : $"bytes {got}, NumPy {hex.GetString()}";
        }

        string head = Convert.ToHexStringLower(bytes.AsSpan(0, Math.Min(bytes.Length, expected.GetProperty("head").GetString()!.Length / 2)));
        string sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return sha == expected.GetProperty("sha256").GetString() ? null
            : $"sha256 differs; first bytes {head}, NumPy {expected.GetProperty("head").GetString()}";
    }

    /// <summary>Why a PCG64 state is not the recorded one, or null when it is.</summary>
    public static string? CompareState(JsonElement expected, PCG64State state)
    {
        string want = $"{expected.GetProperty("state").GetString()}/{expected.GetProperty("inc").GetString()}/{expected.GetProperty("has_uint32").GetBoolean()}/{expected.GetProperty("uinteger").GetInt64()}";
        string got = $"{state.State}/{state.Increment}/{state.HasUInt32}/{state.UInteger}";
        return want == got ? null : $"state {got}, NumPy {want}";
    }

    public static DType DTypeOf(string name) => DType.Parse(name == "bool" ? "?" : name);

    /// <summary>Runs one recorded Generator step and returns its result as an array.</summary>
    public static NDArray Run(Generator rng, JsonElement step)
    {
        string op = step.GetProperty("op").GetString()!;
        switch (op)
        {
            case "random":
                return step.GetProperty("dtype").GetString() == "float32"
                    ? rng.Random<float>(Shape(step.GetProperty("size")))
                    : rng.Random<double>(Shape(step.GetProperty("size")));
            case "random_scalar":
                return Scalar(rng.Random());
            case "integers_scalar":
                return Scalar(rng.Integers((long)Big(step.GetProperty("low")), (long)Big(step.GetProperty("high"))));
            case "standard_normal_scalar":
                return Scalar(rng.StandardNormal());
            case "integers":
                return rng.Integers(
                    (Int128)Big(step.GetProperty("low")),
                    (Int128)Big(step.GetProperty("high")),
                    Shape(step.GetProperty("size")),
                    DTypeOf(step.GetProperty("dtype").GetString()!),
                    step.GetProperty("endpoint").GetBoolean());
            case "standard_normal":
                return step.GetProperty("dtype").GetString() == "float32"
                    ? rng.StandardNormal<float>(Shape(step.GetProperty("size")))
                    : rng.StandardNormal<double>(Shape(step.GetProperty("size")));
            case "normal":
                return rng.Normal(step.GetProperty("loc").GetDouble(), step.GetProperty("scale").GetDouble(), Shape(step.GetProperty("size")));
            case "uniform":
                return rng.Uniform(step.GetProperty("low").GetDouble(), step.GetProperty("high").GetDouble(), Shape(step.GetProperty("size")));
            case "exponential":
                return rng.Exponential(step.GetProperty("scale").GetDouble(), Shape(step.GetProperty("size")));
            case "standard_exponential":
                return step.GetProperty("dtype").GetString() == "float32"
                    ? rng.StandardExponential<float>(Shape(step.GetProperty("size")))
                    : rng.StandardExponential<double>(Shape(step.GetProperty("size")));
            case "choice":
                JsonElement p = step.GetProperty("p");
                return rng.Choice(
                    step.GetProperty("a").GetInt64(),
                    Shape(step.GetProperty("size")),
                    step.GetProperty("replace").GetBoolean(),
                    p.ValueKind == JsonValueKind.Null ? null : p.EnumerateArray().Select(x => x.GetDouble()).ToArray(),
                    step.GetProperty("shuffle").GetBoolean());
            case "choice_rows":
            {
                int rows = step.GetProperty("rows").GetInt32(), cols = step.GetProperty("cols").GetInt32();
                using NDArray<short> flat = NDArray.Arange<short>((short)(rows * cols));
                using NDArray a = flat.Reshape(rows, cols);
                return rng.Choice(a, Shape(step.GetProperty("size")), step.GetProperty("replace").GetBoolean());
            }

            case "permutation":
                return rng.Permutation(step.GetProperty("n").GetInt64());
            case "shuffle2d":
            {
                int rows = step.GetProperty("rows").GetInt32(), cols = step.GetProperty("cols").GetInt32();
                using NDArray<float> flat = NDArray.Arange<float>(rows * cols);
                NDArray a = flat.Reshape(rows, cols).Copy();
                rng.Shuffle(a);
                return a;
            }

            case "shuffle_strided":
            {
                int n = step.GetProperty("n").GetInt32();
                NDArray<int> baseArray = NDArray.Arange<int>(2 * n);
                using NDArray view = baseArray["::-2"];
                rng.Shuffle(view);
                return baseArray;
            }

            case "bytes":
                return NDArray.FromArray(rng.Bytes(step.GetProperty("length").GetInt32()));
            default:
                throw new InvalidOperationException($"unknown step {op}");
        }
    }

    private static NDArray<T> Scalar<T>(T value) where T : unmanaged
    {
        NDArray<T> a = NDArray.Empty<T>([]);
        a[ReadOnlySpan<nint>.Empty] = value;
        return a;
    }
}
