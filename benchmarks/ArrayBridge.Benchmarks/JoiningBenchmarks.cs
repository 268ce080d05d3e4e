using ArrayBridge;
using ArrayBridge.Interop;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace ArrayBridge.Benchmarks;

/// <summary>
/// Joining two 4000×4000 float64 arrays (128 MB each): ArrayBridge against NumPy on the same memory
/// (through the bridge, in this process), one category per operation with NumPy as its baseline.
/// Both sides allocate and free a fresh 256 MB result per call.
/// </summary>
/// <remarks>
/// Along axis 0 each input is one contiguous block of the result: NumPy copies it with one memmove,
/// ArrayBridge in 32 KB pieces. Along axis 1 both copy row by row.
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class JoiningBenchmarks
{
    private const int Side = 4000;

    private NDArray _a = null!, _b = null!;
    private PyObject _npPair = null!, _npConcatenate = null!, _globals = null!;
    private Dictionary<string, object?> _axis1 = null!;

    [GlobalSetup]
    public void Setup()
    {
        using NDArray<double> ramp = NDArray.Arange(0.0, (double)Side * Side, 1.0);
        _a = ramp.Reshape(Side, Side).Copy();
        using NDArray scaled = NDArray.Multiply(_a, 0.5);
        _b = scaled.Copy();

        Python.Initialize();
        using PyObject np = Python.Import("numpy");
        _npConcatenate = np.GetAttr("concatenate");
        _globals = Python.Eval("{}");
        using (PyObject npA = NumPy.ToNumPy(_a))
        using (PyObject npB = NumPy.ToNumPy(_b))
        {
            _globals.SetItem("a", npA);
            _globals.SetItem("b", npB);
        }

        _npPair = Python.Eval("(a, b)", _globals);
        _axis1 = new Dictionary<string, object?> { ["axis"] = 1 };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _npPair.Dispose();
        _globals.Invoke("clear").Dispose();
        _globals.Dispose();
        _npConcatenate.Dispose();
        _a.Dispose();
        _b.Dispose();
    }

    /// <summary>NumPy's <c>np.concatenate((a, b))</c> of two 4000×4000 float64.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Concatenate axis 0")]
    public void NumPyConcatenate()
    {
        using PyObject r = _npConcatenate.Call(_npPair);
    }

    /// <summary>ArrayBridge's <c>NDArray.Concatenate([a, b])</c>.</summary>
    [Benchmark, BenchmarkCategory("Concatenate axis 0")]
    public void ArrayBridgeConcatenate()
    {
        using NDArray r = NDArray.Concatenate([_a, _b]);
    }

    /// <summary>NumPy's <c>np.concatenate((a, b), axis=1)</c>.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Concatenate axis 1")]
    public void NumPyConcatenateAxis1()
    {
        using PyObject r = _npConcatenate.Call([_npPair], _axis1);
    }

    /// <summary>ArrayBridge's <c>NDArray.Concatenate([a, b], 1)</c>.</summary>
    [Benchmark, BenchmarkCategory("Concatenate axis 1")]
    public void ArrayBridgeConcatenateAxis1()
    {
        using NDArray r = NDArray.Concatenate([_a, _b], 1);
    }
}
