namespace ArrayBridge.Docs.Tests;

/// <summary>docs/data-files.md: each snippet writes in its own temporary directory and reads back.</summary>
[Collection(DocsCollection.Name)]
public sealed class DataFileSnippets : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("arraybridge-docs-").FullName;
    private readonly string _previous = Environment.CurrentDirectory;

    public DataFileSnippets() => Environment.CurrentDirectory = _dir;

    public void Dispose()
    {
        Environment.CurrentDirectory = _previous;
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void Npy()
    {
        using NDArray<float> w = NDArray.Arange<float>(6).Reshape(2, 3);
        // <snippet:npy>
        NDArray.Save("weights.npy", w);              // np.load("weights.npy") reads the same bytes
        using NDArray back = NDArray.Load("weights.npy");
        // </snippet>
        Assert.Equal(w.ToArray(), back.ToArray<float>());
    }

    [Fact]
    public void Npz()
    {
        using NDArray<double> w = NDArray.Zeros<double>(3, 2);
        using NDArray<double> b = NDArray.Arange<double>(2);
        // <snippet:npz>
        NDArray.SaveNpzCompressed("model.npz", ("weights", w), ("bias", b));  // np.load("model.npz")["bias"]
        using NpzFile npz = NDArray.LoadNpz("model.npz");                     // reads the directory only
        using NDArray bias = npz["bias"];                                     // inflates this member only
        // </snippet>
        Assert.Equal(new[] { 0.0, 1.0 }, bias.ToArray<double>());
    }

    [Fact]
    public void Memmap()
    {
        // <snippet:memmap>
        using (var frames = (NDArray<float>)NDArray.OpenMemmap("frames.npy", DType.Float32, [1000, 64]))
        {
            frames[999, 63] = 1;                                   // lands in the file
        }

        using var view = (NDArray<float>)NDArray.Load("frames.npy", MmapMode.ReadOnly);   // O(1), any size
        // </snippet>
        Assert.Equal(1f, view.At(999, 63));
        Assert.Equal(0f, view.At(0, 0));
    }

    [Fact]
    public void Shared()
    {
        string name = $"docs-{Environment.ProcessId}";
        // <snippet:shared>
        using var a = (NDArray<double>)NDArray.CreateShared(name, DType.Float64, [3, 4]);
        a[1, 2] = 42;                                   // seen by every process that maps the name
        using var other = (NDArray<double>)NDArray.OpenShared(name, DType.Float64, [3, 4], writeable: false);
        NDArray.UnlinkShared(name);                     // shm_unlink, once nobody needs to open it
        // </snippet>
        Assert.Equal(42.0, other.At(1, 2));
    }
}
