using ArrayBridge;
using ArrayBridge.Interop;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace ArrayBridge.Benchmarks;

/// <summary>
/// .npz archives of one ~100 MB float64 array (12.5 M elements of normally distributed values, which
/// deflate barely shrinks, like trained weights): SaveNpz / SaveNpzCompressed / LoadNpz against
/// NumPy's np.savez / np.savez_compressed / np.load called through the bridge in the same process,
/// on the same memory, to files in the same temporary directory (so in the page cache: these
/// measure CPU cost, not the disk). Each category's baseline is NumPy's.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class NpzBenchmarks
{
    private const int Elements = 12_500_000;

    private NDArray<double> _array = null!;
    private PyObject _numpyArray = null!;
    private PyObject _savez = null!;
    private PyObject _savezCompressed = null!;
    private PyObject _load = null!;
    private string _dir = null!;
    private string _ours = null!;
    private string _oursCompressed = null!;
    private string _theirs = null!;
    private string _theirsCompressed = null!;

    [GlobalSetup]
    public void Setup()
    {
        _array = NDArray.Empty<double>(Elements);
        var rng = new Random(42);
        Span<double> values = _array.AsSpan<double>();
        for (int i = 0; i < values.Length; i++)
            values[i] = Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

        _dir = Directory.CreateTempSubdirectory("ab_npz_bench_").FullName;
        _ours = Path.Combine(_dir, "ours.npz");
        _oursCompressed = Path.Combine(_dir, "ours_z.npz");
        _theirs = Path.Combine(_dir, "theirs.npz");
        _theirsCompressed = Path.Combine(_dir, "theirs_z.npz");

        Python.Initialize();
        Python.Exec(
            "import numpy as _np\n" +
            "def _ab_savez(p, a): _np.savez(p, x=a)\n" +
            "def _ab_savez_compressed(p, a): _np.savez_compressed(p, x=a)\n" +
            "def _ab_load(p):\n" +
            "    with _np.load(p) as f:\n" +
            "        return f['x']\n");
        _savez = Python.Eval("_ab_savez");
        _savezCompressed = Python.Eval("_ab_savez_compressed");
        _load = Python.Eval("_ab_load");
        _numpyArray = NumPy.ToNumPy(_array);

        // The load benchmarks read archives written once here.
        SaveNpz();
        SaveNpzCompressed();
        NumPySavez();
        NumPySavezCompressed();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _load.Dispose();
        _savezCompressed.Dispose();
        _savez.Dispose();
        _numpyArray.Dispose();
        _array.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>NDArray.SaveNpz: one stored member.</summary>
    [Benchmark, BenchmarkCategory("savez")]
    public void SaveNpz() => NDArray.SaveNpz(_ours, ("x", (NDArray)_array));

    /// <summary>np.savez of the same memory.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("savez")]
    public void NumPySavez()
    {
        using PyObject _ = _savez.Call(_theirs, _numpyArray);
    }

    /// <summary>NDArray.SaveNpzCompressed: one deflated member.</summary>
    [Benchmark, BenchmarkCategory("savez_compressed")]
    public void SaveNpzCompressed() => NDArray.SaveNpzCompressed(_oursCompressed, ("x", (NDArray)_array));

    /// <summary>np.savez_compressed of the same memory.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("savez_compressed")]
    public void NumPySavezCompressed()
    {
        using PyObject _ = _savezCompressed.Call(_theirsCompressed, _numpyArray);
    }

    /// <summary>LoadNpz and read the member of NumPy's stored archive.</summary>
    [Benchmark, BenchmarkCategory("load")]
    public void LoadNpz()
    {
        using NpzFile npz = NDArray.LoadNpz(_theirs);
        using NDArray x = npz["x"];
    }

    /// <summary>np.load(...)['x'] of the same archive.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("load")]
    public void NumPyLoad()
    {
        using PyObject _ = _load.Call(_theirs);
    }

    /// <summary>LoadNpz and read the member of NumPy's deflated archive.</summary>
    [Benchmark, BenchmarkCategory("load_compressed")]
    public void LoadNpzCompressed()
    {
        using NpzFile npz = NDArray.LoadNpz(_theirsCompressed);
        using NDArray x = npz["x"];
    }

    /// <summary>np.load(...)['x'] of the same deflated archive.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("load_compressed")]
    public void NumPyLoadCompressed()
    {
        using PyObject _ = _load.Call(_theirsCompressed);
    }
}
