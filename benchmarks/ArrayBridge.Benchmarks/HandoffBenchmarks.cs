using ArrayBridge;
using ArrayBridge.Interop;
using BenchmarkDotNet.Attributes;

namespace ArrayBridge.Benchmarks;

/// <summary>
/// Handing float64 arrays to NumPy and back: ArrayBridge's zero-copy bridge, NumPy's own cheapest
/// array creation (the floor), and the copy-based marshalling other .NET bindings use, all through
/// the same embedded interpreter in the same process. Every call takes the GIL and releases its result.
/// </summary>
[MemoryDiagnoser]
public unsafe class HandoffBenchmarks : HandoffFixture
{
    /// <summary>Elements in the array.</summary>
    [Params(1, 1_000, 1_000_000, 100_000_000)]
    public override int Size { get; set; }

    [Benchmark]
    public void ToNumPy()
    {
        using PyObject p = NumPy.ToNumPy(_array);
    }

    /// <summary>numpy.ndarray to an NDArray view of the same memory.</summary>
    [Benchmark]
    public void FromNumPy()
    {
        using NDArray a = NumPy.FromNumPy(_numpyArray);
    }

    /// <summary>NumPy's floor for making an array: <c>np.empty(())</c>.</summary>
    [Benchmark(Baseline = true)]
    public void NumPyEmptyScalar()
    {
        using PyObject p = _empty.Call(_emptyShape);
    }

    /// <summary>NumPy's floor for a view of an existing array: <c>a.view()</c>.</summary>
    [Benchmark]
    public void NumPyView()
    {
        using PyObject p = _view.Call();
    }

    /// <summary>Copy-based marshalling to NumPy: <c>np.empty(n)</c>, then copy the bytes in.</summary>
    [Benchmark]
    public void CopyToNumPy()
    {
        using PyObject p = _empty.Call(Size);
        using NDArray target = NumPy.FromNumPy(p);
        Buffer.MemoryCopy((void*)_array.DataPointer, (void*)target.DataPointer, target.NBytes, _array.NBytes);
    }

    /// <summary>Copy-based marshalling from NumPy: a new .NET array, then copy the bytes out.</summary>
    [Benchmark]
    public void CopyFromNumPy()
    {
        using NDArray source = NumPy.FromNumPy(_numpyArray);
        using NDArray<double> copy = NDArray.Empty<double>(Size);
        Buffer.MemoryCopy((void*)source.DataPointer, (void*)copy.DataPointer, copy.NBytes, source.NBytes);
    }
}
