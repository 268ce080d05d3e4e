using ArrayBridge;
using ArrayBridge.Interop;
using BenchmarkDotNet.Attributes;

namespace ArrayBridge.Benchmarks;

/// <summary>Strided and contiguous copies: ArrayBridge's copy engine against the bandwidth limit.</summary>
[MemoryDiagnoser]
public unsafe class CopyBenchmarks
{
    private NDArray<double> _square = null!;
    private NDArray<double> _transposed = null!;
    private NDArray<double> _destination = null!;
    private NDArray<double> _contiguous = null!;
    private NDArray<double> _contiguousDestination = null!;
    private PyObject _numpyTransposed = null!;
    private PyObject _ascontiguousarray = null!;

    /// <summary>4096 x 4096 float64 (128 MiB) for the transposing copy; 2^24 float64 (128 MiB) for the contiguous one.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _square = NDArray.Zeros<double>(4096, 4096);
        _transposed = _square.Transpose();
        _destination = NDArray.Empty<double>(4096, 4096);
        _contiguous = NDArray.Full<double>([1 << 24], 1.5);
        _contiguousDestination = NDArray.Empty<double>(1 << 24);
        Python.Initialize();
        using PyObject np = Python.Import("numpy");
        _ascontiguousarray = np.GetAttr("ascontiguousarray");
        _numpyTransposed = NumPy.ToNumPy(_transposed);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _numpyTransposed.Dispose();
        _ascontiguousarray.Dispose();
        _transposed.Dispose();
        _square.Dispose();
        _destination.Dispose();
        _contiguous.Dispose();
        _contiguousDestination.Dispose();
    }

    /// <summary>C-order copy of a transposed 4096x4096 float64 array into an existing array (cache-blocked).</summary>
    [Benchmark]
    public void TransposedCopyTo() => _transposed.CopyTo(_destination);

    /// <summary>The same through Copy(), which also allocates the result.</summary>
    [Benchmark]
    public void TransposedCopy()
    {
        using NDArray<double> c = _transposed.Copy();
    }

    /// <summary>NumPy's <c>np.ascontiguousarray</c> of the same transposed memory, through the bridge.</summary>
    [Benchmark]
    public void NumPyAscontiguousarray()
    {
        using PyObject c = _ascontiguousarray.Call(_numpyTransposed);
    }

    /// <summary>A contiguous 128 MiB copy through CopyTo.</summary>
    [Benchmark]
    public void ContiguousCopyTo() => _contiguous.CopyTo(_contiguousDestination);

    /// <summary>The bandwidth limit: Buffer.MemoryCopy of the same 128 MiB.</summary>
    [Benchmark(Baseline = true)]
    public void BufferMemoryCopy() =>
        Buffer.MemoryCopy((void*)_contiguous.DataPointer, (void*)_contiguousDestination.DataPointer, _contiguous.NBytes, _contiguous.NBytes);
}
