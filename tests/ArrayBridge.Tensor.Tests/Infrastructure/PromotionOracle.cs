using System.Numerics;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace ArrayBridge.Tests;

/// <summary>
/// The NumPy promotion data tests/oracle/generate_promotion_cases.py recorded with NumPy 1.24 under
/// NEP 50 ("weak") promotion, and the operands its cases name.
/// </summary>
internal static class PromotionOracle
{
    private static readonly Lazy<JsonElement> Root = new(() =>
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Data", "numpy_promotion.json");
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        return doc.RootElement.Clone();
    });

    /// <summary>One recorded section: "promote_types", "result_type" or "values".</summary>
    public static JsonElement[] Section(string name) => Root.Value.GetProperty(name).EnumerateArray().ToArray();

    /// <summary>
    /// The operand a case names: "int", "float", "complex" for weak scalars, "a:&lt;typestr&gt;"
    /// for a 1-d array, "z:&lt;typestr&gt;" for a 0-d array, "s:&lt;typestr&gt;" for a NumPy scalar of
    /// value 1. Arrays are added to <paramref name="owned"/> for the caller to dispose.
    /// </summary>
    public static Operand ParseOperand(string code, List<NDArray> owned)
    {
        switch (code)
        {
            case "int":
                return 1;
            case "float":
                return 1.0;
            case "complex":
                return Complex.One;
        }

        DType dtype = DType.Parse(code[2..]);
        switch (code[0])
        {
            case 'a':
            case 'z':
                NDArray array = NDArray.Zeros(dtype, code[0] == 'a' ? [2] : []);
                owned.Add(array);
                return array;
            case 's':
                Assert.True(dtype.IsNativeByteOrder, $"a NumPy scalar is native: {code}");
                return One(dtype.Type);

            default:
                throw new InvalidDataException(code);
        }
    }

    /// <summary>A typed scalar of value 1, like <c>np.float32(1)</c>.</summary>
    public static Operand One(ScalarType type) => type switch
    {
        ScalarType.Bool => Operand.Scalar(true),
        ScalarType.Int8 => Operand.Scalar((sbyte)1),
        ScalarType.UInt8 => Operand.Scalar((byte)1),
        ScalarType.Int16 => Operand.Scalar((short)1),
        ScalarType.UInt16 => Operand.Scalar((ushort)1),
        ScalarType.Int32 => Operand.Scalar(1),
        ScalarType.UInt32 => Operand.Scalar(1u),
        ScalarType.Int64 => Operand.Scalar(1L),
        ScalarType.UInt64 => Operand.Scalar(1UL),
        ScalarType.Float16 => Operand.Scalar(Half.One),
        ScalarType.Float32 => Operand.Scalar(1f),
        ScalarType.Float64 => Operand.Scalar(1d),
        ScalarType.Complex64 => Operand.Scalar(new Complex64(1f, 0f)),
        _ => Operand.Scalar(Complex.One),
    };

    /// <summary>A typed scalar of <paramref name="dtype"/> (native order) holding these native bytes.</summary>
    public static Operand Typed(DType dtype, ReadOnlySpan<byte> bytes) => dtype.Type switch
    {
        ScalarType.Bool => Operand.Scalar(bytes[0] != 0),
        ScalarType.Int8 => Operand.Scalar((sbyte)bytes[0]),
        ScalarType.UInt8 => Operand.Scalar(bytes[0]),
        ScalarType.Int16 => Operand.Scalar(MemoryMarshal.Read<short>(bytes)),
        ScalarType.UInt16 => Operand.Scalar(MemoryMarshal.Read<ushort>(bytes)),
        ScalarType.Int32 => Operand.Scalar(MemoryMarshal.Read<int>(bytes)),
        ScalarType.UInt32 => Operand.Scalar(MemoryMarshal.Read<uint>(bytes)),
        ScalarType.Int64 => Operand.Scalar(MemoryMarshal.Read<long>(bytes)),
        ScalarType.UInt64 => Operand.Scalar(MemoryMarshal.Read<ulong>(bytes)),
        ScalarType.Float16 => Operand.Scalar(MemoryMarshal.Read<Half>(bytes)),
        ScalarType.Float32 => Operand.Scalar(MemoryMarshal.Read<float>(bytes)),
        ScalarType.Float64 => Operand.Scalar(MemoryMarshal.Read<double>(bytes)),
        ScalarType.Complex64 => Operand.Scalar(MemoryMarshal.Read<Complex64>(bytes)),
        _ => Operand.Scalar(MemoryMarshal.Read<Complex>(bytes)),
    };

    /// <summary>The 14 dtypes in native order and every multi-byte one byte-swapped.</summary>
    public static DType[] AllByteOrders { get; } = DType.All
        .Concat(DType.All.Where(d => d.ItemSize > 1).Select(d => d.WithByteOrder(d.ByteOrder == ByteOrder.Little ? ByteOrder.Big : ByteOrder.Little)))
        .ToArray();
}
