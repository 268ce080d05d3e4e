using ArrayBridge;
using ArrayBridge.Interop;
using BenchmarkDotNet.Attributes;

namespace ArrayBridge.Benchmarks;

/// <summary>Summing a strided 2-D array element by element: the typed indexer against a raw pointer loop.</summary>
[MemoryDiagnoser]
public unsafe class ElementAccessBenchmarks
{
    private NDArray<double> _storage = null!;
    private NDArray<double> _strided = null!;
    private PyObject _numpyStrided = null!;
    private PyObject _sum = null!;

    /// <summary>A 1000 x 1000 view with a row step of 2 and a column step of 2 over a 2000 x 2000 array.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _storage = NDArray.Full<double>([2000, 2000], 0.5);
        _strided = _storage["::2, ::2"];
        Python.Initialize();
        _numpyStrided = NumPy.ToNumPy(_strided);
        _sum = _numpyStrided.GetAttr("sum");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _sum.Dispose();
        _numpyStrided.Dispose();
        _strided.Dispose();
        _storage.Dispose();
    }

    /// <summary>The GETPTR-style typed read, <c>a.At(i, j)</c>.</summary>
    [Benchmark]
    public double IndexerSum()
    {
        NDArray<double> a = _strided;
        nint rows = a.Shape[0], cols = a.Shape[1];
        double sum = 0;
        for (nint i = 0; i < rows; i++)
        {
            for (nint j = 0; j < cols; j++)
            {
                sum += a.At(i, j);
            }
        }

        return sum;
    }

    /// <summary>NumPy's <c>a.sum()</c> over the same strided memory (pairwise, vectorized).</summary>
    [Benchmark]
    public double NumPySum()
    {
        using PyObject s = _sum.Call();
        return s.As<double>();
    }

    /// <summary>The unchecked floor: pointer arithmetic with the strides.</summary>
    [Benchmark(Baseline = true)]
    public double PointerSum()
    {
        NDArray<double> a = _strided;
        nint rows = a.Shape[0], cols = a.Shape[1], s0 = a.Strides[0], s1 = a.Strides[1];
        byte* p = (byte*)a.DataPointer;
        double sum = 0;
        for (nint i = 0; i < rows; i++)
        {
            byte* row = p + i * s0;
            for (nint j = 0; j < cols; j++)
            {
                sum += *(double*)(row + j * s1);
            }
        }

        return sum;
    }
}
