using ArrayBridge;
using ArrayBridge.Interop;
using BenchmarkDotNet.Attributes;
using NS = NumSharp;

namespace ArrayBridge.Benchmarks;

/// <summary>
/// A 1024×1024 float64 matrix product: NumPy's <c>np.matmul</c> through the embedded interpreter
/// (Debian's NumPy on the same OpenBLAS) as the baseline, ArrayBridge through CBLAS, ArrayBridge's
/// managed kernel with BLAS switched off, and NumSharp 0.70's <c>np.matmul</c>. Every call
/// allocates its result, as each library does by default.
/// </summary>
public class LinalgBenchmarks : IDisposable
{
    private const int N = 1024;
    private NDArray _a = null!, _b = null!;
    private PyObject _npA = null!, _npB = null!, _matmul = null!;
    private NS.NDArray _nsA = null!, _nsB = null!;

    [GlobalSetup]
    public void Setup()
    {
        Python.Initialize();
        Console.WriteLine($"// BLAS: {Blas.Description}");
        var rng = new Random(1);
        double[] a = Enumerable.Range(0, N * N).Select(_ => rng.NextDouble()).ToArray();
        double[] b = Enumerable.Range(0, N * N).Select(_ => rng.NextDouble()).ToArray();
        _a = NDArray.FromArray(a).Reshape(N, N);
        _b = NDArray.FromArray(b).Reshape(N, N);
        _npA = NumPy.ToNumPy(_a);
        _npB = NumPy.ToNumPy(_b);
        using PyObject np = Python.Import("numpy");
        _matmul = np.GetAttr("matmul");
        _nsA = NS.np.array(a).reshape(N, N);
        _nsB = NS.np.array(b).reshape(N, N);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _matmul.Dispose();
        _npA.Dispose();
        _npB.Dispose();
        _a.Dispose();
        _b.Dispose();
        Dispose();
    }

    /// <summary>Releases the NumSharp operands.</summary>
    public void Dispose()
    {
        _nsA?.Dispose();
        _nsB?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary><c>np.matmul(a, b)</c> in the embedded NumPy.</summary>
    [Benchmark(Baseline = true)]
    public void NumPyMatMul()
    {
        using PyObject result = _matmul.Call(_npA, _npB);
    }

    /// <summary><see cref="NDArray.MatMul(NDArray, NDArray, NDArray?, DType?)"/> through CBLAS.</summary>
    [Benchmark]
    public void ArrayBridgeMatMul()
    {
        using NDArray result = NDArray.MatMul(_a, _b);
    }

    /// <summary>The same product in ArrayBridge's managed blocked kernel (BLAS off for this thread).</summary>
    [Benchmark]
    public void ArrayBridgeManagedMatMul()
    {
        Blas.ForceManaged = true;
        try
        {
            using NDArray result = NDArray.MatMul(_a, _b);
        }
        finally
        {
            Blas.ForceManaged = false;
        }
    }

    /// <summary>NumSharp 0.70's <c>np.matmul</c>.</summary>
    [Benchmark]
    public NS.NDArray NumSharpMatMul() => NS.np.matmul(_nsA, _nsB);
}
