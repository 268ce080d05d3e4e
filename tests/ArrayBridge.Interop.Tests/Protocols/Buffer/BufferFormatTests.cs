using ArrayBridge.Interop;

namespace ArrayBridge.Tests;

[Collection(PythonCollection.Name)]
public class BufferFormatTests
{
    static BufferFormatTests() => Python.Initialize();

    [Theory]
    [InlineData("?", "|b1")]
    [InlineData("b", "|i1")]
    [InlineData("B", "|u1")]
    [InlineData("h", "<i2")]
    [InlineData("@H", "<u2")]
    [InlineData("i", "<i4")]
    [InlineData("I", "<u4")]
    [InlineData("l", "<i8")]
    [InlineData("L", "<u8")]
    [InlineData("=l", "<i4")]
    [InlineData("<L", "<u4")]
    [InlineData(">l", ">i4")]
    [InlineData("!l", ">i4")]
    [InlineData("q", "<i8")]
    [InlineData(">Q", ">u8")]
    [InlineData("n", "<i8")]
    [InlineData("N", "<u8")]
    [InlineData("^d", "<f8")]
    [InlineData("e", "<f2")]
    [InlineData(">e", ">f2")]
    [InlineData("f", "<f4")]
    [InlineData("=d", "<f8")]
    [InlineData("Zf", "<c8")]
    [InlineData(">Zd", ">c16")]
    [InlineData("<b", "|i1")]
    public void Struct_formats_read_as_the_dtype_with_native_or_standard_sizes(string format, string typestr)
    {
        Assert.Equal(DType.Parse(typestr), BufferFormat.Parse(format));
    }

    [Fact]
    public void A_missing_format_means_unsigned_bytes() => Assert.Equal(DType.UInt8, BufferFormat.Parse(null));

    [Theory]
    [InlineData("")]
    [InlineData("g")]
    [InlineData("Zg")]
    [InlineData("2d")]
    [InlineData("dd")]
    [InlineData("T{d:x:}")]
    [InlineData("x")]
    [InlineData("s")]
    [InlineData("10s")]
    [InlineData("c")]
    [InlineData("P")]
    [InlineData("O")]
    [InlineData("=n")]
    [InlineData("Z")]
    [InlineData("Zi")]
    [InlineData("@@d")]
    [InlineData("w")]
    public void Anything_but_one_numeric_item_is_refused_clearly(string format)
    {
        var e = Assert.Throws<NotSupportedException>(() => BufferFormat.Parse(format));
        Assert.Contains($"'{format}'", e.Message);
    }

    [Fact]
    public void Every_format_numpy_exports_parses_back_to_its_dtype_and_struct_agrees_on_the_size()
    {
        using var scope = new PyScope();
        using PyObject calcsize = Python.Import("struct").GetAttr("calcsize");
        foreach (DType native in DType.All)
        {
            foreach (DType dtype in new[] { native, native.WithByteOrder(ByteOrder.Little), native.WithByteOrder(ByteOrder.Big) })
            {
                foreach (bool aligned in new[] { true, false })
                {
                    string format = dtype.GetBufferFormat(aligned);
                    Assert.Equal(dtype, BufferFormat.Parse(format));
                    if (!format.Contains('Z', StringComparison.Ordinal) && !format.EndsWith('e'))
                    {
                        Assert.Equal(dtype.ItemSize, calcsize.Call(format).As<int>());
                    }

                    // NumPy reads the same format as the same dtype.
                    Assert.Equal(dtype.TypeStr, scope.Eval<string>($"np.dtype(np.core._internal._dtype_from_pep3118('{format}')).str"));
                }
            }
        }
    }
}
