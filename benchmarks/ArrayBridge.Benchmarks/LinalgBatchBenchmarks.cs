using ArrayBridge;
using ArrayBridge.Interop;
using BenchmarkDotNet.Attributes;

namespace ArrayBridge.Benchmarks;

/// <summary>
/// The per-call overhead of small products: a batch of 256 float64 4×4 matrices times a batch of
/// 256 (one gemm call per matrix), and a single 4×4 product, against NumPy's matmul in the same
/// process.
/// </summary>
public class LinalgBatchBenchmarks
{
    private NDArray _a = null!, _b = null!, _s = null!;
    private PyObject _npA = null!, _npB = null!, _npS = null!, _matmul = null!;

    [GlobalSetup]
    public void Setup()
    {
        Python.Initialize();
        var rng = new Random(2);
        _a = NDArray.FromArray(Enumerable.Range(0, 256 * 16).Select(_ => rng.NextDouble()).ToArray()).Reshape(256, 4, 4);
        _b = NDArray.FromArray(Enumerable.Range(0, 256 * 16).Select(_ => rng.NextDouble()).ToArray()).Reshape(256, 4, 4);
        _s = NDArray.FromArray(Enumerable.Range(0, 16).Select(_ => rng.NextDouble()).ToArray()).Reshape(4, 4);
        _npA = NumPy.ToNumPy(_a);
        _npB = NumPy.ToNumPy(_b);
        _npS = NumPy.ToNumPy(_s);
        using PyObject np = Python.Import("numpy");
        _matmul = np.GetAttr("matmul");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (PyObject p in new[] { _matmul, _npA, _npB, _npS })
        {
            p.Dispose();
        }

        _a.Dispose();
        _b.Dispose();
        _s.Dispose();
    }

    /// <summary><c>np.matmul</c> of two (256, 4, 4) batches.</summary>
    [Benchmark(Baseline = true)]
    public void NumPyBatch()
    {
        using PyObject result = _matmul.Call(_npA, _npB);
    }

    /// <summary>ArrayBridge's matmul of two (256, 4, 4) batches.</summary>
    [Benchmark]
    public void ArrayBridgeBatch()
    {
        using NDArray result = NDArray.MatMul(_a, _b);
    }

    /// <summary><c>np.matmul</c> of one 4×4 pair.</summary>
    [Benchmark]
    public void NumPySmall()
    {
        using PyObject result = _matmul.Call(_npS, _npS);
    }

    /// <summary>ArrayBridge's matmul of one 4×4 pair.</summary>
    [Benchmark]
    public void ArrayBridgeSmall()
    {
        using NDArray result = NDArray.MatMul(_s, _s);
    }
}
