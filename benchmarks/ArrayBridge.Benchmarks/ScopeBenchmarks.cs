using ArrayBridge;
using BenchmarkDotNet.Attributes;

namespace ArrayBridge.Benchmarks;

/// <summary>
/// What NDArray.Scope() adds to creating an array: a 1-element view (the size of a scalar ufunc
/// result) disposed by <c>using</c> outside any scope, against the same views collected and
/// disposed by a scope, one scope per <see cref="Batch"/> views.
/// </summary>
[MemoryDiagnoser]
public class ScopeBenchmarks
{
    private const int Batch = 64;
    private NDArray<double> _one = null!;

    [GlobalSetup]
    public void Setup() => _one = NDArray.Zeros<double>(1);

    [GlobalCleanup]
    public void Cleanup() => _one.Dispose();

    /// <summary>Creation outside any scope: the constructor's scope check is one thread-static read.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public void ViewDisposedByUsing()
    {
        for (int i = 0; i < Batch; i++)
        {
            using NDArray<double> v = _one.Transpose();
        }
    }

    /// <summary>Creation inside a scope that disposes the views when it ends (scope and its slots included).</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public void ViewDisposedByScope()
    {
        using NDArrayScope scope = NDArray.Scope();
        for (int i = 0; i < Batch; i++)
        {
            _ = _one.Transpose();
        }
    }
}
