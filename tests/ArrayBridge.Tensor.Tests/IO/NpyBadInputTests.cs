namespace ArrayBridge.Tests;

/// <summary>
/// One row per class of bad .npy input: each must fail with a specific exception naming the
/// problem (NumPy's wording where it has one), from a seekable and from a non-seekable stream,
/// without reading past the bytes the file holds.
/// </summary>
public class NpyBadInputTests
{
    private const string Good = "{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }";

    private static byte[] Data(int n) => new byte[n];

    internal static readonly Dictionary<string, (Func<byte[]> Bytes, Type Exception, string Message)> Rows = new()
    {
        ["empty file"] = (() => [], typeof(InvalidDataException), "EOF: reading magic string, expected 8 bytes got 0"),
        ["truncated magic"] = (() => NpyBytes.File(Good, Data(16))[..5], typeof(InvalidDataException), "EOF: reading magic string, expected 8 bytes got 5"),
        ["bad magic"] = (() => { byte[] b = NpyBytes.File(Good, Data(16)); b[5] = (byte)'X'; return b; }, typeof(InvalidDataException), "the magic string is not correct; expected b'\\x93NUMPY', got b'\\x93NUMPX'"),
        ["unknown major version"] = (() => NpyBytes.File(Good, Data(16), major: 4), typeof(InvalidDataException), "we only support format version (1,0), (2,0), and (3,0), not (4, 0)"),
        ["unknown minor version"] = (() => NpyBytes.File(Good, Data(16), major: 1, minor: 1), typeof(InvalidDataException), "not (1, 1)"),
        ["truncated header length"] = (() => NpyBytes.File(Good, Data(16))[..9], typeof(InvalidDataException), "EOF: reading array header length, expected 2 bytes got 1"),
        ["header length beyond the file"] = (() => NpyBytes.File(Good)[..40], typeof(InvalidDataException), "EOF: reading array header, expected"),
        ["forged header length"] = (() => { byte[] b = NpyBytes.File(Good, major: 2); BitConverter.TryWriteBytes(b.AsSpan(8), 30000u); return b; }, typeof(InvalidDataException), "EOF: reading array header"),
        ["header over max_header_size"] = (() => NpyBytes.File(Good + new string(' ', 10001), Data(16), major: 2), typeof(InvalidDataException), "Header info length (10059) is large and may not be safe to load securely."),
        ["malformed dict"] = (() => NpyBytes.File("{'descr': '<f8', 'fortran_order': False, 'shape': (2,}", Data(16)), typeof(InvalidDataException), "Cannot parse header: "),
        ["unterminated string"] = (() => NpyBytes.File("{'descr: '<f8'}", Data(16)), typeof(InvalidDataException), "Cannot parse header: "),
        ["not a dict"] = (() => NpyBytes.File("[1, 2]", Data(16)), typeof(InvalidDataException), "Header is not a dictionary: [1, 2]"),
        ["extra key"] = (() => NpyBytes.File("{'descr': '<f8', 'fortran_order': False, 'shape': (2,), 'x': 1}", Data(16)), typeof(InvalidDataException), "Header does not contain the correct keys: ['descr', 'fortran_order', 'shape', 'x']"),
        ["missing key"] = (() => NpyBytes.File("{'descr': '<f8', 'shape': (2,)}", Data(16)), typeof(InvalidDataException), "Header does not contain the correct keys: ['descr', 'shape']"),
        ["shape not a tuple"] = (() => NpyBytes.File("{'descr': '<f8', 'fortran_order': False, 'shape': [2]}", Data(16)), typeof(InvalidDataException), "shape is not valid: [2]"),
        ["shape of non-integers"] = (() => NpyBytes.File("{'descr': '<f8', 'fortran_order': False, 'shape': ('2',)}", Data(16)), typeof(InvalidDataException), "shape is not valid: ('2',)"),
        ["shape of bools"] = (() => NpyBytes.File("{'descr': '<f8', 'fortran_order': False, 'shape': (True, 2)}", Data(16)), typeof(InvalidDataException), "shape is not valid: (True, 2)"),
        ["negative dimension"] = (() => NpyBytes.File("{'descr': '<f8', 'fortran_order': False, 'shape': (-2,)}", Data(16)), typeof(InvalidDataException), "negative dimensions are not allowed"),
        ["overflowing size"] = (() => NpyBytes.File("{'descr': '<f8', 'fortran_order': False, 'shape': (1099511627776, 1099511627776)}", Data(16)), typeof(InvalidDataException), "array is too big"),
        ["empty shape whose other axes overflow"] = (() => NpyBytes.File("{'descr': '<f8', 'fortran_order': False, 'shape': (0, 4611686018427387904)}"), typeof(InvalidDataException), "array is too big"),
        ["dimension beyond nint"] = (() => NpyBytes.File("{'descr': '<f8', 'fortran_order': False, 'shape': (0, 99999999999999999999999)}"), typeof(InvalidDataException), "array is too big"),
        ["too many dimensions"] = (() => NpyBytes.File("{'descr': '<f8', 'fortran_order': False, 'shape': (" + string.Concat(Enumerable.Repeat("1, ", 65)) + ")}", Data(8)), typeof(InvalidDataException), "maximum supported dimension for an ndarray is 64"),
        ["fortran_order not a bool"] = (() => NpyBytes.File("{'descr': '<f8', 'fortran_order': 1, 'shape': (2,)}", Data(16)), typeof(InvalidDataException), "fortran_order is not a valid bool: 1"),
        ["descr not a dtype"] = (() => NpyBytes.File("{'descr': 'zz', 'fortran_order': False, 'shape': (2,)}", Data(16)), typeof(InvalidDataException), "descr is not a valid dtype descriptor: 'zz'"),
        ["descr not a string"] = (() => NpyBytes.File("{'descr': 8, 'fortran_order': False, 'shape': (2,)}", Data(16)), typeof(InvalidDataException), "descr is not a valid dtype descriptor: 8"),
        ["object dtype"] = (() => NpyBytes.File("{'descr': '|O', 'fortran_order': False, 'shape': (2,)}", Data(16)), typeof(InvalidDataException), "Object arrays cannot be loaded when allow_pickle=False"),
        ["unsupported dtype"] = (() => NpyBytes.File("{'descr': '<U2', 'fortran_order': False, 'shape': (2,)}", Data(16)), typeof(NotSupportedException), "'<U2'"),
        ["structured dtype"] = (() => NpyBytes.File("{'descr': [('a', '<f8')], 'fortran_order': False, 'shape': (2,)}", Data(16)), typeof(NotSupportedException), "structured dtype"),
        ["data shorter than the shape needs"] = (() => NpyBytes.File(Good, Data(9)), typeof(InvalidDataException), "EOF: reading array data, expected 16 bytes got 9"),
        ["no data at all"] = (() => NpyBytes.File(Good), typeof(InvalidDataException), "EOF: reading array data, expected 16 bytes got 0"),
        ["invalid UTF-8 in a 3.0 header"] = (() => NpyBytes.File("", Data(16), major: 3, headerBytes: [.. "{'descr': '<f8', 'fortran_order': False, 'shape': (2,), 'k\xff': 1}\n"u8.ToArray()[..^8], 0xff, 0xfe, (byte)'\'', (byte)':', (byte)' ', (byte)'1', (byte)'}', (byte)'\n']), typeof(InvalidDataException), "not valid UTF-8"),
    };

    public static TheoryData<string> Names => new(Rows.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Bad_input_fails_with_a_specific_exception_naming_the_problem(string row)
    {
        (Func<byte[]> make, Type type, string message) = Rows[row];
        byte[] bytes = make();

        Exception seekable = Assert.Throws(type, () => NDArray.Load(new MemoryStream(bytes, writable: false)));
        Assert.Contains(message, seekable.Message, StringComparison.Ordinal);

        var pipe = new NonSeekableStream(bytes);
        Exception streamed = Assert.Throws(type, () => NDArray.Load(pipe));
        Assert.Contains(message, streamed.Message, StringComparison.Ordinal);
        Assert.True(pipe.Consumed <= bytes.Length);
    }

    [Fact]
    public void A_forged_gigabyte_header_length_is_refused_before_allocating()
    {
        byte[] bytes = NpyBytes.File(Good, major: 2);
        BitConverter.TryWriteBytes(bytes.AsSpan(8), 0x7f000000u);
        var seekable = Assert.Throws<InvalidDataException>(() => NDArray.Load(new MemoryStream(bytes)));
        Assert.Contains("EOF: reading array header, expected 2130706432 bytes", seekable.Message, StringComparison.Ordinal);
        // A pipe cannot tell its length, so the size limit refuses it before any buffer is made.
        var pipe = Assert.Throws<InvalidDataException>(() => NDArray.Load(new NonSeekableStream(bytes)));
        Assert.Contains("Header info length (2130706432) is large", pipe.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_row_is_a_valid_file_once_its_defect_is_removed()
    {
        // The rows differ from this good file only in their defect, so each row fails for its own reason.
        using NDArray a = NDArray.Load(new MemoryStream(NpyBytes.File(Good, Data(16))));
        Assert.Equal([2], a.Shape.ToArray());
        Assert.Equal(DType.Parse("<f8"), a.DType);
    }

    [Theory]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (2,)}")]
    [InlineData("{\"descr\": \"<f8\", \"fortran_order\": False, \"shape\": (2,)}")]
    [InlineData("{'shape': (2,), 'fortran_order': False, 'descr': '<f8',}")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (2L,), }")]
    [InlineData("{'descr': '<' 'f8', 'fortran_order': False, 'shape': (+2,)}")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (2,), 'shape': (2,)}")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (0x2,)}")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (0b1_0,)}")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (0o2,)}")]
    [InlineData("  {'descr': 'float64', 'fortran_order': False, 'shape': (2,)}  \n  ")]
    public void Headers_python_literal_eval_accepts_load(string header)
    {
        using NDArray a = NDArray.Load(new MemoryStream(NpyBytes.File(header, Data(16))));
        Assert.Equal([2], a.Shape.ToArray());
        Assert.Equal(8, a.ItemSize);
    }
}
