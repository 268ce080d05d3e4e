using ArrayBridge;
using ArrayBridge.Interop;
using BenchmarkDotNet.Attributes;

namespace ArrayBridge.Benchmarks;

/// <summary>10^7 float64 to float32.</summary>
[MemoryDiagnoser]
public class CastBenchmarks
{
    private NDArray<double> _source = null!;
    private NDArray<float> _destination = null!;
    private PyObject _astype = null!;
    private PyObject _float32 = null!;

    [GlobalSetup]
    public void Setup()
    {
        _source = NDArray.Arange<double>(10_000_000);
        _destination = NDArray.Empty<float>(10_000_000);
        Python.Initialize();
        using PyObject numpySource = NumPy.ToNumPy(_source);
        _astype = numpySource.GetAttr("astype");
        _float32 = Python.Eval("__import__('numpy').float32");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _astype.Dispose();
        _float32.Dispose();
        _source.Dispose();
        _destination.Dispose();
    }

    /// <summary>NumPy's <c>a.astype(np.float32)</c> on the same memory, through the bridge.</summary>
    [Benchmark(Baseline = true)]
    public void NumPyAstype()
    {
        using PyObject f = _astype.Call(_float32);
    }

    /// <summary>AsType allocates the result, as astype does.</summary>
    [Benchmark]
    public void AsTypeFloat32()
    {
        using NDArray f = _source.AsType(DType.Float32);
    }

    /// <summary>Into an existing array: the conversion alone.</summary>
    [Benchmark]
    public void CopyToFloat32() => _source.CopyTo(_destination, Casting.Unsafe);
}
