using ArrayBridge;
using ArrayBridge.Interop;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace ArrayBridge.Benchmarks;

/// <summary>
/// .npy files: <see cref="NDArray.Save(string, NDArray)"/> and <see cref="NDArray.Load(string)"/> of an
/// 800 MB float64 array against <c>np.save</c> and <c>np.load</c> (NumPy in this process, through
/// the bridge), and opening a memory-mapped file of 8 MB, 800 MB and 8 GB (sparse) with
/// <see cref="NDArray.Load(string, MmapMode)"/> against <c>np.load(mmap_mode='r')</c>, which must
/// take the same time whatever the size. Files live in a temporary directory of their own, in the
/// page cache after the first iteration, so the figures are the libraries' cost and not the disk's.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class IoBenchmarks
{
    private const int Elements = 100_000_000; // 800 MB of float64

    private string _directory = null!;
    private string _ours = null!, _theirs = null!, _small = null!, _large = null!, _huge = null!;
    private NDArray<double> _array = null!;
    private PyObject _npArray = null!, _npSave = null!, _npLoad = null!, _npLoadMmap = null!;
    private PyObject _pyTheirs = null!, _pySmall = null!, _pyLarge = null!, _pyHuge = null!;

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "ab_io_bench_" + Environment.ProcessId);
        Directory.CreateDirectory(_directory);
        _ours = Path.Combine(_directory, "ours.npy");
        _theirs = Path.Combine(_directory, "theirs.npy");
        _small = Path.Combine(_directory, "small.npy");
        _large = Path.Combine(_directory, "large.npy");
        _huge = Path.Combine(_directory, "huge.npy");

        _array = NDArray.Arange(0.0, Elements, 1.0);
        using (NDArray<double> small = NDArray.Arange(0.0, 1_000_000, 1.0))
        {
            NDArray.Save(_small, small);
        }

        using (NDArray.OpenMemmap(_huge, DType.Float64, [1_000_000_000]))
        {
            // 8 GB of zeros that take no disk: the file is only extended.
        }

        Python.Initialize();
        using PyObject np = Python.Import("numpy");
        Python.Exec("import numpy as _np\ndef _arraybridge_load_mmap(path):\n    return _np.load(path, mmap_mode='r')\n");
        _npArray = NumPy.ToNumPy(_array);
        _npSave = np.GetAttr("save");
        _npLoad = np.GetAttr("load");
        _npLoadMmap = Python.Eval("_arraybridge_load_mmap");
        _pyTheirs = PyObject.From(_theirs);
        _pySmall = PyObject.From(_small);
        _pyLarge = PyObject.From(_large);
        _pyHuge = PyObject.From(_huge);

        // Both loads read the same file (np.save's bytes), so neither gains from where its file lies.
        _npSave.Call(_pyLarge, _npArray).Dispose();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (PyObject p in new[] { _npArray, _npSave, _npLoad, _npLoadMmap, _pyTheirs, _pySmall, _pyLarge, _pyHuge })
        {
            p.Dispose();
        }

        _array.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Save 800 MB")]
    public void NumPySave() => _npSave.Call(_pyTheirs, _npArray).Dispose();

    [Benchmark, BenchmarkCategory("Save 800 MB")]
    public void Save() => NDArray.Save(_ours, _array);

    [Benchmark(Baseline = true), BenchmarkCategory("Load 800 MB")]
    public void NumPyLoad() => _npLoad.Call(_pyLarge).Dispose();

    [Benchmark, BenchmarkCategory("Load 800 MB")]
    public void Load() => NDArray.Load(_large).Dispose();

    [Benchmark(Baseline = true), BenchmarkCategory("Open mmap 8 MB")]
    public void NumPyOpenMmap8MB() => _npLoadMmap.Call(_pySmall).Dispose();

    [Benchmark, BenchmarkCategory("Open mmap 8 MB")]
    public void OpenMmap8MB() => NDArray.Load(_small, MmapMode.ReadOnly).Dispose();

    [Benchmark(Baseline = true), BenchmarkCategory("Open mmap 800 MB")]
    public void NumPyOpenMmap800MB() => _npLoadMmap.Call(_pyLarge).Dispose();

    [Benchmark, BenchmarkCategory("Open mmap 800 MB")]
    public void OpenMmap800MB() => NDArray.Load(_large, MmapMode.ReadOnly).Dispose();

    [Benchmark(Baseline = true), BenchmarkCategory("Open mmap 8 GB sparse")]
    public void NumPyOpenMmap8GB() => _npLoadMmap.Call(_pyHuge).Dispose();

    [Benchmark, BenchmarkCategory("Open mmap 8 GB sparse")]
    public void OpenMmap8GB() => NDArray.Load(_huge, MmapMode.ReadOnly).Dispose();
}
