using System.Numerics;

namespace ArrayBridge.Tests;

public class DTypeTests
{
    [Theory]
    [InlineData("<f8")]
    [InlineData(">f8")]
    [InlineData(">i4")]
    [InlineData("<u2")]
    [InlineData("|b1")]
    [InlineData("|u1")]
    [InlineData("|i1")]
    [InlineData("<c8")]
    [InlineData(">c16")]
    [InlineData("<f2")]
    public void TypeStr_round_trips_numpys_typestr_exactly(string typestr) => Assert.Equal(typestr, DType.Parse(typestr).TypeStr);

    [Theory]
    [InlineData("=f8", "<f8")]
    [InlineData("f8", "<f8")]
    [InlineData("d", "<f8")]
    [InlineData(">l", ">i8")]
    [InlineData("<i1", "|i1")]
    [InlineData(">b1", "|b1")]
    [InlineData("?", "|b1")]
    [InlineData("float32", "<f4")]
    [InlineData("complex128", "<c16")]
    [InlineData("bool", "|b1")]
    [InlineData("int", "<i8")]
    [InlineData("|f8", "<f8")]
    [InlineData("p", "<i8")]
    [InlineData(">P", ">u8")]
    public void Parse_resolves_native_and_not_applicable_orders_as_numpy_does(string text, string expected) =>
        Assert.Equal(expected, DType.Parse(text).TypeStr);

    [Theory]
    [InlineData("<f3")]
    [InlineData("x8")]
    [InlineData("")]
    [InlineData("<")]
    [InlineData("float65")]
    [InlineData("i4x")]
    public void Parse_throws_FormatException_quoting_a_bad_typestr(string text)
    {
        var e = Assert.Throws<FormatException>(() => DType.Parse(text));
        Assert.Contains($"'{text}'", e.Message);
    }

    [Theory]
    [InlineData("O")]
    [InlineData("<U4")]
    [InlineData("M8")]
    [InlineData("<f16")]
    [InlineData("|S3")]
    public void Parse_names_numpy_dtypes_that_are_not_supported(string text) =>
        Assert.Contains(text, Assert.Throws<NotSupportedException>(() => DType.Parse(text)).Message);

    [Fact]
    public void Item_size_alignment_type_number_and_buffer_format_follow_numpys_tables()
    {
        (DType d, int size, int align, int num, string fmt)[] table =
        [
            (DType.Bool, 1, 1, 0, "?"), (DType.Int8, 1, 1, 1, "b"), (DType.UInt8, 1, 1, 2, "B"),
            (DType.Int16, 2, 2, 3, "h"), (DType.UInt16, 2, 2, 4, "H"), (DType.Int32, 4, 4, 5, "i"),
            (DType.UInt32, 4, 4, 6, "I"), (DType.Int64, 8, 8, 7, "l"), (DType.UInt64, 8, 8, 8, "L"),
            (DType.Float16, 2, 2, 23, "e"), (DType.Float32, 4, 4, 11, "f"), (DType.Float64, 8, 8, 12, "d"),
            (DType.Complex64, 8, 4, 14, "Zf"), (DType.Complex128, 16, 8, 15, "Zd"),
        ];
        foreach (var (d, size, align, num, fmt) in table)
        {
            Assert.Equal(size, d.ItemSize);
            Assert.Equal(align, d.Alignment);
            Assert.Equal(num, d.NumPyTypeNumber);
            Assert.Equal(fmt, d.BufferFormat);
        }

        // memoryview(np.zeros(2, '>i8')).format == '>q'; unaligned native int16 is '=h'.
        Assert.Equal(">q", DType.Parse(">i8").BufferFormat);
        Assert.Equal(">Zd", DType.Parse(">c16").BufferFormat);
        Assert.Equal("=h", DType.Int16.GetBufferFormat(aligned: false));
        Assert.Equal("B", DType.UInt8.GetBufferFormat(aligned: false));
    }

    [Fact]
    public void Of_maps_every_supported_dotnet_type_and_refuses_others()
    {
        Assert.Equal(DType.Float64, DType.Of<double>());
        Assert.Equal(DType.Complex64, DType.Of<Complex64>());
        Assert.Equal(DType.Complex128, DType.Of<Complex>());
        Assert.Equal(DType.Float16, DType.Of<Half>());
        Assert.Equal(DType.Bool, DType.Of<bool>());
        Assert.Throws<NotSupportedException>(() => DType.Of<decimal>());
        Assert.Throws<NotSupportedException>(() => DType.Of<char>());
        foreach (DType d in DType.All)
        {
            Assert.True(d.IsNativeByteOrder);
            Assert.Equal(d, DType.Parse(d.TypeStr));
        }
    }

    [Fact]
    public void WithByteOrder_swaps_only_multibyte_types()
    {
        DType big = DType.Float64.WithByteOrder(ByteOrder.Big);
        Assert.Equal(">f8", big.TypeStr);
        Assert.False(big.IsNativeByteOrder);
        Assert.NotEqual(DType.Float64, big);
        Assert.Equal(DType.Float64, big.AsNative());
        Assert.Equal("|u1", DType.UInt8.WithByteOrder(ByteOrder.Big).TypeStr);
        Assert.Equal(">f8", big.ToString());
        Assert.Equal("float64", DType.Float64.ToString());
    }
}
