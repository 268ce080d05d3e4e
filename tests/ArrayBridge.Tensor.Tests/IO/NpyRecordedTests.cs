using System.Text.Json;

namespace ArrayBridge.Tests;

/// <summary>
/// .npy files written by real NumPy 1.24 (tests/oracle/generate_npy_cases.py): Load must give the
/// recorded values, dtype, shape and order; Save of an independently built equal array must give
/// the same file byte for byte.
/// </summary>
public class NpyRecordedTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Data", "npy");

    private sealed record NpyCase(string File, string Descr, nint[] Shape, bool FortranOrder, byte[] Values, int Version);

    private static readonly Dictionary<string, NpyCase> CaseTable = ReadManifest();

    private static Dictionary<string, NpyCase> ReadManifest()
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.json")));
        var table = new Dictionary<string, NpyCase>();
        foreach (JsonElement c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            var item = new NpyCase(
                c.GetProperty("file").GetString()!,
                c.GetProperty("descr").GetString()!,
                c.GetProperty("shape").EnumerateArray().Select(x => (nint)x.GetInt64()).ToArray(),
                c.GetProperty("fortran_order").GetBoolean(),
                Convert.FromHexString(c.GetProperty("values_le_hex").GetString()!),
                c.GetProperty("version").GetInt32());
            table.Add(item.File, item);
        }

        return table;
    }

    public static TheoryData<string> Cases => new(CaseTable.Keys.Order(StringComparer.Ordinal));

    public static TheoryData<string> Version1Cases => new(CaseTable.Values.Where(c => c.Version == 1).Select(c => c.File).Order(StringComparer.Ordinal));

    [Fact]
    public void The_recorded_set_covers_every_dtype_in_both_byte_orders_and_every_layout_class()
    {
        var descrs = CaseTable.Values.Select(c => c.Descr).ToHashSet();
        foreach (DType d in DType.All)
        {
            Assert.Contains(d.WithByteOrder(ByteOrder.Little).TypeStr, descrs);
            Assert.Contains(d.WithByteOrder(ByteOrder.Big).TypeStr, descrs);
        }

        Assert.Contains(CaseTable.Values, c => c.FortranOrder);
        Assert.Contains(CaseTable.Values, c => c.Shape.Length == 0);
        Assert.Contains(CaseTable.Values, c => c.Shape.Contains(0));
        Assert.Contains(CaseTable.Values, c => c.Version == 2);
        Assert.Contains(CaseTable.Values, c => c.Version == 3);
        Assert.Contains(CaseTable.Values, c => c.Shape.Length == 32);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Load_gives_numpys_values_dtype_shape_and_order(string file)
    {
        NpyCase c = CaseTable[file];
        using NDArray a = NDArray.Load(Path.Combine(Folder, file));
        Assert.Equal(c.Descr, a.DType.TypeStr);
        Assert.Equal(c.Shape, a.Shape.ToArray());
        Assert.Equal(c.FortranOrder, a.IsFContiguous && !a.IsCContiguous);
        Assert.True(a.IsCContiguous || a.IsFContiguous);
        Assert.Equal(c.Values, NpyBytes.LittleEndianCBytes(a));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Load_from_a_non_seekable_stream_stops_exactly_after_the_data(string file)
    {
        NpyCase c = CaseTable[file];
        byte[] bytes = File.ReadAllBytes(Path.Combine(Folder, file));
        // Two copies back to back: the first Load must leave the second intact.
        var stream = new NonSeekableStream([.. bytes, .. bytes]);
        using NDArray first = NDArray.Load(stream);
        Assert.Equal(bytes.Length, stream.Consumed);
        using NDArray second = NDArray.Load(stream);
        Assert.Equal(c.Values, NpyBytes.LittleEndianCBytes(first));
        Assert.Equal(c.Values, NpyBytes.LittleEndianCBytes(second));
    }

    [Theory]
    [MemberData(nameof(Version1Cases))]
    public void Save_of_an_equal_array_reproduces_numpys_file_byte_for_byte(string file)
    {
        NpyCase c = CaseTable[file];
        byte[] expected = File.ReadAllBytes(Path.Combine(Folder, file));
        using NDArray a = NpyBytes.FromLittleEndianC(c.Values, DType.Parse(c.Descr), c.Shape, c.FortranOrder ? ArrayOrder.F : ArrayOrder.C);
        Assert.Equal(expected, SaveToBytes(a));

        // The same values through a view with negative strides (never contiguous for these
        // shapes): np.save writes C order, so the bytes match the C-order file.
        if (!c.FortranOrder && c.Shape.Length > 0 && c.Shape[0] > 1)
        {
            using NDArray flipped = a["::-1"].Copy();
            using NDArray view = flipped["::-1"];
            Assert.False(view.IsCContiguous);
            Assert.Equal(expected, SaveToBytes(view));
        }
    }

    [Theory]
    [MemberData(nameof(Version1Cases))]
    public void Save_to_a_path_appends_npy_like_np_save_and_writes_the_same_bytes(string file)
    {
        NpyCase c = CaseTable[file];
        string dir = Path.Combine(Path.GetTempPath(), "ab-npy-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            using NDArray a = NDArray.Load(Path.Combine(Folder, file));
            NDArray.Save(Path.Combine(dir, "out"), a);
            Assert.Equal(File.ReadAllBytes(Path.Combine(Folder, file)), File.ReadAllBytes(Path.Combine(dir, "out.npy")));
            NDArray.Save(Path.Combine(dir, "kept.npy"), a);
            Assert.True(File.Exists(Path.Combine(dir, "kept.npy")));
            Assert.False(File.Exists(Path.Combine(dir, "kept.npy.npy")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    internal static byte[] SaveToBytes(NDArray a)
    {
        var ms = new MemoryStream();
        NDArray.Save(ms, a);
        return ms.ToArray();
    }
}
