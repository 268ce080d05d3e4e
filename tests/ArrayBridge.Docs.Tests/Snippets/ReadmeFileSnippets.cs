namespace ArrayBridge.Docs.Tests;

/// <summary>README.md, the .npy, .npz, memory-map and shared-memory sections; each snippet writes in its own temporary directory.</summary>
[Collection(DocsCollection.Name)]
public sealed class ReadmeFileSnippets : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("arraybridge-readme-").FullName;
    private readonly string _previous = Environment.CurrentDirectory;

    public ReadmeFileSnippets() => Environment.CurrentDirectory = _dir;

    public void Dispose()
    {
        Environment.CurrentDirectory = _previous;
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void Npy()
    {
        using NDArray<float> w = NDArray.Arange<float>(6).Reshape(2, 3);
        // <snippet:readme-npy>
        NDArray.Save("weights.npy", w);              // np.load("weights.npy") in Python gives the same bytes
        using NDArray back = NDArray.Load("weights.npy");
        // </snippet>
        Assert.Equal(w.ToArray(), back.ToArray<float>());
        string loaded = PythonScript.Run("import numpy as np\nprint(np.load('weights.npy').tolist())", _dir);
        Assert.Equal("[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]]", loaded.Trim());
    }

    [Fact]
    public void Npz()
    {
        using NDArray<double> w = NDArray.Zeros<double>(3, 2);
        using NDArray<double> b = NDArray.Arange<double>(2);
        // <snippet:readme-npz>
        NDArray.SaveNpzCompressed("model.npz", ("weights", w), ("bias", b));  // np.load("model.npz")["bias"] in Python
        using NpzFile npz = NDArray.LoadNpz("model.npz");                     // reads the directory only
        using NDArray bias = npz["bias"];                                     // reads and inflates this member only
        // </snippet>
        Assert.Equal(new[] { 0.0, 1.0 }, bias.ToArray<double>());
        string loaded = PythonScript.Run("import numpy as np\nprint(np.load('model.npz')['bias'].tolist())", _dir);
        Assert.Equal("[0.0, 1.0]", loaded.Trim());
    }

    [Fact]
    public void Memmap()
    {
        // <snippet:readme-memmap>
        using var frames = (NDArray<float>)NDArray.OpenMemmap("frames.npy", DType.Float32, [100_000, 1024]);
        frames[99_999, 1023] = 1;                 // lands in the file: np.load("frames.npy", mmap_mode="r")
        using var view = (NDArray<float>)NDArray.Load("frames.npy", MmapMode.ReadOnly);   // O(1), any size
        // </snippet>
        Assert.Equal(1f, view.At(99_999, 1023));
        frames.Flush();
        string loaded = PythonScript.Run("import numpy as np\nprint(np.load('frames.npy', mmap_mode='r')[99999, 1023])", _dir);
        Assert.Equal("1.0", loaded.Trim());
    }

    /// <summary>
    /// The shared-memory snippet names its segment "frames", a machine-wide name: a file lock keeps
    /// two test runs on one machine (other checkouts) from creating it at once.
    /// </summary>
    [Fact]
    public void Shared()
    {
        using FileStream exclusive = SharedNameLock.Take();
        // <snippet:readme-shared>
        using var a = (NDArray<double>)NDArray.CreateShared("frames", DType.Float64, [3, 4]);
        a[1, 2] = 42;                        // seen by every process that maps "frames"
        // ... the other process opens it, then, once nobody else needs the name:
        NDArray.UnlinkShared("frames");      // shm_unlink, as SharedMemory.unlink()
        // </snippet>
        Assert.Equal(42.0, a.At(1, 2));
        Assert.Throws<FileNotFoundException>(() => NDArray.OpenShared("frames", DType.Float64, [3, 4]));
    }

    /// <summary>The README's Python side of the shared-memory example, run by /usr/bin/python3 against a segment made as the C# side makes it.</summary>
    [Fact]
    public void SharedFromPython()
    {
        string script = ReadmeCodeBlocks.Python().Single(b => b.Contains("shared_memory", StringComparison.Ordinal));
        using FileStream exclusive = SharedNameLock.Take();
        using var a = (NDArray<double>)NDArray.CreateShared("frames", DType.Float64, [3, 4]);
        try
        {
            a[1, 2] = 42;
            string printed = PythonScript.Run("import numpy as np\n" + script + "\nprint(a[1, 2])\nshm.close()\n", _dir);
            Assert.Equal("42.0", printed.Trim());   // the block's own comment: a[1, 2] == 42.0
        }
        finally
        {
            NDArray.UnlinkShared("frames");
        }
    }
}
