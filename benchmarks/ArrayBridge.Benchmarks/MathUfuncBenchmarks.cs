using ArrayBridge;
using ArrayBridge.Interop;
using BenchmarkDotNet.Attributes;

namespace ArrayBridge.Benchmarks;

/// <summary>np.exp over 10^7 float64 in [-10, 10), against NumPy on the same memory.</summary>
[MemoryDiagnoser]
public class MathUfuncBenchmarks
{
    private NDArray<double> _source = null!;
    private NDArray<double> _destination = null!;
    private PyObject _exp = null!;
    private PyObject _numpySource = null!;
    private PyObject _numpyDestination = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var values = new double[10_000_000];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = random.NextDouble() * 20 - 10;
        }

        _source = NDArray.FromArray(values);
        _destination = NDArray.Empty<double>(values.Length);
        Python.Initialize();
        _numpySource = NumPy.ToNumPy(_source);
        _numpyDestination = NumPy.ToNumPy(_destination);
        _exp = Python.Eval("__import__('numpy').exp");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _exp.Dispose();
        _numpySource.Dispose();
        _numpyDestination.Dispose();
        _source.Dispose();
        _destination.Dispose();
    }

    /// <summary>NumPy's <c>np.exp(a)</c>, allocating its result.</summary>
    [Benchmark(Baseline = true)]
    public void NumPyExp()
    {
        using PyObject r = _exp.Call(_numpySource);
    }

    /// <summary><see cref="NDArray.Exp"/>, allocating its result.</summary>
    [Benchmark]
    public void Exp()
    {
        using NDArray r = NDArray.Exp(_source);
    }

    /// <summary>NumPy's <c>np.exp(a, out=b)</c>.</summary>
    [Benchmark]
    public void NumPyExpOut()
    {
        using PyObject r = _exp.Call(_numpySource, _numpyDestination);
    }

    /// <summary><see cref="NDArray.Exp"/> into an existing array.</summary>
    [Benchmark]
    public void ExpOut() => NDArray.Exp(_source, @out: _destination);
}
