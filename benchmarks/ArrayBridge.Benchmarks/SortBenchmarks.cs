using ArrayBridge;
using ArrayBridge.Interop;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace ArrayBridge.Benchmarks;

/// <summary>
/// Sorting random data: ArrayBridge against NumPy on the same memory (through the bridge, in this
/// process), one category per operation with NumPy as its baseline.
/// </summary>
/// <remarks>
/// NumPy 1.24 sorts float64 with introsort and int32 with its AVX-512 quicksort where the CPU has
/// it; ArrayBridge radix-sorts real dtypes (stable) on one core.
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SortBenchmarks
{
    private const int N = 10_000_000;
    private const int ArgN = 1_000_000;

    private NDArray<double> _doubles = null!, _argDoubles = null!;
    private NDArray<int> _ints = null!;
    private PyObject _npDoubles = null!, _npArgDoubles = null!, _npInts = null!, _npSort = null!, _npArgSort = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(42);
        _doubles = NDArray.Empty<double>(N);
        foreach (ref double x in _doubles.AsSpan<double>())
            x = rng.NextDouble() * 2e6 - 1e6;
        _argDoubles = NDArray.Empty<double>(ArgN);
        foreach (ref double x in _argDoubles.AsSpan<double>())
            x = rng.NextDouble() * 2e6 - 1e6;
        _ints = NDArray.Empty<int>(N);
        foreach (ref int x in _ints.AsSpan<int>())
            x = rng.Next(int.MinValue, int.MaxValue);

        Python.Initialize();
        using PyObject np = Python.Import("numpy");
        _npDoubles = NumPy.ToNumPy(_doubles);
        _npArgDoubles = NumPy.ToNumPy(_argDoubles);
        _npInts = NumPy.ToNumPy(_ints);
        _npSort = np.GetAttr("sort");
        _npArgSort = np.GetAttr("argsort");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (PyObject o in new[] { _npDoubles, _npArgDoubles, _npInts, _npSort, _npArgSort })
            o.Dispose();
        foreach (NDArray a in new NDArray[] { _doubles, _argDoubles, _ints })
            a.Dispose();
    }

    /// <summary>NumPy's <c>np.sort(a)</c> of 10^7 random float64.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Sort float64 10^7")]
    public void NumPySortDouble()
    {
        using PyObject r = _npSort.Call(_npDoubles);
    }

    /// <summary>ArrayBridge's <c>NDArray.Sort(a)</c>.</summary>
    [Benchmark, BenchmarkCategory("Sort float64 10^7")]
    public void ArrayBridgeSortDouble()
    {
        using NDArray r = NDArray.Sort(_doubles);
    }

    /// <summary>NumPy's <c>np.argsort(a)</c> of 10^6 random float64.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("ArgSort float64 10^6")]
    public void NumPyArgSortDouble()
    {
        using PyObject r = _npArgSort.Call(_npArgDoubles);
    }

    /// <summary>ArrayBridge's <c>NDArray.ArgSort(a)</c> (stable).</summary>
    [Benchmark, BenchmarkCategory("ArgSort float64 10^6")]
    public void ArrayBridgeArgSortDouble()
    {
        using NDArray r = NDArray.ArgSort(_argDoubles);
    }

    /// <summary>NumPy's <c>np.sort(a)</c> of 10^7 random int32.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Sort int32 10^7")]
    public void NumPySortInt32()
    {
        using PyObject r = _npSort.Call(_npInts);
    }

    /// <summary>ArrayBridge's <c>NDArray.Sort(a)</c>.</summary>
    [Benchmark, BenchmarkCategory("Sort int32 10^7")]
    public void ArrayBridgeSortInt32()
    {
        using NDArray r = NDArray.Sort(_ints);
    }
}
