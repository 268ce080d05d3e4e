using ArrayBridge;
using ArrayBridge.Interop;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace ArrayBridge.Benchmarks;

/// <summary>
/// Order statistics against NumPy on the same memory, in the same process: np.median of 10^6
/// float64, np.quantile(q=0.3) along axis 1 of a 1000x1000 float64 array, and np.cumsum of 10^6.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class StatisticsBenchmarks
{
    private NDArray<double> _vector = null!;
    private NDArray _matrix = null!;
    private PyObject _numpyVector = null!;
    private PyObject _numpyMatrix = null!;
    private PyObject _median = null!;
    private PyObject _quantileAxis1 = null!;
    private PyObject _cumsum = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        var values = new double[1_000_000];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = random.NextDouble() * 200 - 100;
        }

        _vector = NDArray.FromArray(values);
        _matrix = _vector.Reshape(1000, 1000);
        Python.Initialize();
        _numpyVector = NumPy.ToNumPy(_vector);
        _numpyMatrix = NumPy.ToNumPy(_matrix);
        _median = Python.Eval("__import__('numpy').median");
        _quantileAxis1 = Python.Eval("lambda a: __import__('numpy').quantile(a, 0.3, axis=1)");
        _cumsum = Python.Eval("__import__('numpy').cumsum");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _median.Dispose();
        _quantileAxis1.Dispose();
        _cumsum.Dispose();
        _numpyVector.Dispose();
        _numpyMatrix.Dispose();
        _matrix.Dispose();
        _vector.Dispose();
    }

    /// <summary>NumPy's <c>np.median(a)</c> of 10^6 float64.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Median 10^6")]
    public void NumPyMedian()
    {
        using PyObject r = _median.Call(_numpyVector);
    }

    /// <summary><see cref="NDArray.Median"/> of 10^6 float64.</summary>
    [Benchmark, BenchmarkCategory("Median 10^6")]
    public void ArrayBridgeMedian()
    {
        using NDArray r = NDArray.Median(_vector);
    }

    /// <summary>NumPy's <c>np.quantile(a, 0.3, axis=1)</c> of 1000x1000 float64.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Quantile axis 1 1000x1000")]
    public void NumPyQuantileAxis1()
    {
        using PyObject r = _quantileAxis1.Call(_numpyMatrix);
    }

    /// <summary><see cref="NDArray.Quantile(NDArray, double, Axes, NDArray?, bool, QuantileMethod)"/> along axis 1 of 1000x1000 float64.</summary>
    [Benchmark, BenchmarkCategory("Quantile axis 1 1000x1000")]
    public void ArrayBridgeQuantileAxis1()
    {
        using NDArray r = NDArray.Quantile(_matrix, 0.3, 1);
    }

    /// <summary>NumPy's <c>np.cumsum(a)</c> of 10^6 float64.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("CumSum 10^6")]
    public void NumPyCumSum()
    {
        using PyObject r = _cumsum.Call(_numpyVector);
    }

    /// <summary><see cref="NDArray.CumSum(NDArray, int?, DType?, NDArray?)"/> of 10^6 float64.</summary>
    [Benchmark, BenchmarkCategory("CumSum 10^6")]
    public void ArrayBridgeCumSum()
    {
        using NDArray r = NDArray.CumSum(_vector);
    }
}
