using ArrayBridge;
using ArrayBridge.Interop;
using BenchmarkDotNet.Attributes;

namespace ArrayBridge.Benchmarks;

/// <summary>
/// The same handoffs as <see cref="HandoffBenchmarks"/> in a hot loop that holds the GIL across a
/// batch (<c>using (Python.Gil()) { ... }</c>), so the figures are the bridge's own cost.
/// </summary>
[MemoryDiagnoser]
public unsafe class HandoffUnderGilBenchmarks : HandoffFixture
{
    private const int Batch = 1000;
    private const int CopyBatch = 10;
    /// <summary>Elements in the array.</summary>
    [Params(1, 1_000_000, 100_000_000)]
    public override int Size { get; set; }

    [Benchmark(OperationsPerInvoke = Batch)]
    public void ToNumPy()
    {
        using GilScope gil = Python.Gil();
        for (int i = 0; i < Batch; i++)
        {
            using PyObject p = NumPy.ToNumPy(_array);
        }
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public void FromNumPy()
    {
        using GilScope gil = Python.Gil();
        for (int i = 0; i < Batch; i++)
        {
            using NDArray a = NumPy.FromNumPy(_numpyArray);
        }
    }

    /// <summary>NDArray to NumPy and back: the second step views the .NET memory directly.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public void RoundTrip()
    {
        using GilScope gil = Python.Gil();
        for (int i = 0; i < Batch; i++)
        {
            using PyObject p = NumPy.ToNumPy(_array);
            using NDArray a = NumPy.FromNumPy(p);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public void NumPyEmptyScalar()
    {
        using GilScope gil = Python.Gil();
        for (int i = 0; i < Batch; i++)
        {
            using PyObject p = _empty.Call(_emptyShape);
        }
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public void NumPyView()
    {
        using GilScope gil = Python.Gil();
        for (int i = 0; i < Batch; i++)
        {
            using PyObject p = _view.Call();
        }
    }

    [Benchmark(OperationsPerInvoke = CopyBatch)]
    public void CopyToNumPy()
    {
        using GilScope gil = Python.Gil();
        for (int i = 0; i < CopyBatch; i++)
        {
            using PyObject p = _empty.Call(Size);
            using NDArray target = NumPy.FromNumPy(p);
            Buffer.MemoryCopy((void*)_array.DataPointer, (void*)target.DataPointer, target.NBytes, _array.NBytes);
        }
    }
}
