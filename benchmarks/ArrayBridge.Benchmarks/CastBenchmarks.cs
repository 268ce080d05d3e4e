using ArrayBridge;
using BenchmarkDotNet.Attributes;

namespace ArrayBridge.Benchmarks;

/// <summary>10^7 float64 to float32.</summary>
[MemoryDiagnoser]
public class CastBenchmarks
{
    private NDArray<double> _source = null!;
    private NDArray<float> _destination = null!;

    [GlobalSetup]
    public void Setup()
    {
        _source = NDArray.Arange<double>(10_000_000);
        _destination = NDArray.Empty<float>(10_000_000);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _source.Dispose();
        _destination.Dispose();
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
