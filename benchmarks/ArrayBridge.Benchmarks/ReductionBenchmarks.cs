using ArrayBridge;
using ArrayBridge.Interop;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace ArrayBridge.Benchmarks;

/// <summary>
/// Reductions on float64: ArrayBridge against NumPy on the same memory (through the bridge, in this
/// process), one category per operation with NumPy as its baseline.
/// </summary>
/// <remarks>
/// ArrayBridge splits large reductions across cores (a pairwise sum at its own halving points, so
/// the bits do not change) and NumPy does not; both sum pairwise along contiguous runs.
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ReductionBenchmarks
{
    private const int N = 10_000_000;
    private const int Side = 4000;

    private NDArray<double> _a = null!, _matrix = null!;
    private NDArray _strided = null!;
    private PyObject _npA = null!, _npMatrix = null!, _npStrided = null!;
    private PyObject _npSum = null!, _npMean = null!, _npStd = null!;
    private Dictionary<string, object?> _axis0 = null!, _axis1 = null!;

    [GlobalSetup]
    public void Setup()
    {
        using NDArray<double> ramp = NDArray.Arange(0.0, N, 1.0);
        _a = (NDArray<double>)NDArray.Multiply(ramp, 1e-3);
        using NDArray<double> square = NDArray.Arange(0.0, (double)Side * Side, 1.0);
        using NDArray scaled = NDArray.Multiply(square, 1e-6);
        _matrix = (NDArray<double>)scaled.Reshape(Side, Side).Copy();
        _strided = _matrix["::2, ::3"];

        Python.Initialize();
        using PyObject np = Python.Import("numpy");
        _npA = NumPy.ToNumPy(_a);
        _npMatrix = NumPy.ToNumPy(_matrix);
        _npStrided = NumPy.ToNumPy(_strided);
        _npSum = np.GetAttr("sum");
        _npMean = np.GetAttr("mean");
        _npStd = np.GetAttr("std");
        _axis0 = new Dictionary<string, object?> { ["axis"] = 0 };
        _axis1 = new Dictionary<string, object?> { ["axis"] = 1 };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (PyObject o in new[] { _npA, _npMatrix, _npStrided, _npSum, _npMean, _npStd })
        {
            o.Dispose();
        }

        foreach (NDArray a in new NDArray[] { _strided, _a, _matrix })
        {
            a.Dispose();
        }
    }

    /// <summary>NumPy's <c>np.sum(a)</c> of 10^7 contiguous float64.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Sum 10^7")]
    public void NumPySum()
    {
        using PyObject r = _npSum.Call(_npA);
    }

    /// <summary>ArrayBridge's <c>a.Sum()</c> as a double.</summary>
    [Benchmark, BenchmarkCategory("Sum 10^7")]
    public double ArrayBridgeSum() => _a.Sum();

    /// <summary>NumPy's <c>np.sum(m[::2, ::3])</c> of a 4000×4000 float64.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Sum m[::2, ::3]")]
    public void NumPySumStrided()
    {
        using PyObject r = _npSum.Call(_npStrided);
    }

    /// <summary>ArrayBridge's sum of the same strided view.</summary>
    [Benchmark, BenchmarkCategory("Sum m[::2, ::3]")]
    public void ArrayBridgeSumStrided()
    {
        using NDArray r = NDArray.Sum(_strided);
    }

    /// <summary>NumPy's <c>np.mean(m, axis=0)</c> of a 4000×4000 float64.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Mean axis 0")]
    public void NumPyMean0()
    {
        using PyObject r = _npMean.Call([_npMatrix], _axis0);
    }

    /// <summary>ArrayBridge's <c>m.Mean(0)</c>.</summary>
    [Benchmark, BenchmarkCategory("Mean axis 0")]
    public void ArrayBridgeMean0()
    {
        using NDArray r = _matrix.Mean(0);
    }

    /// <summary>NumPy's <c>np.mean(m, axis=1)</c>.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Mean axis 1")]
    public void NumPyMean1()
    {
        using PyObject r = _npMean.Call([_npMatrix], _axis1);
    }

    /// <summary>ArrayBridge's <c>m.Mean(1)</c>.</summary>
    [Benchmark, BenchmarkCategory("Mean axis 1")]
    public void ArrayBridgeMean1()
    {
        using NDArray r = _matrix.Mean(1);
    }

    /// <summary>NumPy's <c>np.std(m, axis=0)</c>.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Std axis 0")]
    public void NumPyStd0()
    {
        using PyObject r = _npStd.Call([_npMatrix], _axis0);
    }

    /// <summary>ArrayBridge's <c>m.Std(0)</c>.</summary>
    [Benchmark, BenchmarkCategory("Std axis 0")]
    public void ArrayBridgeStd0()
    {
        using NDArray r = _matrix.Std(0);
    }

    /// <summary>NumPy's <c>np.std(m, axis=1)</c>.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Std axis 1")]
    public void NumPyStd1()
    {
        using PyObject r = _npStd.Call([_npMatrix], _axis1);
    }

    /// <summary>ArrayBridge's <c>m.Std(1)</c>.</summary>
    [Benchmark, BenchmarkCategory("Std axis 1")]
    public void ArrayBridgeStd1()
    {
        using NDArray r = _matrix.Std(1);
    }
}
