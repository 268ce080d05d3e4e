extern alias pythonnet;

using System.Runtime.InteropServices;
using ArrayBridge.Interop;
using ArrayBridge.PythonNet;
using BenchmarkDotNet.Attributes;
using PythonNetEngine = pythonnet::Python.Runtime.PythonEngine;
using PythonNetObject = pythonnet::Python.Runtime.PyObject;
using PythonNetPy = pythonnet::Python.Runtime.Py;
using PythonNetInt = pythonnet::Python.Runtime.PyInt;
using PythonNetRuntime = pythonnet::Python.Runtime.Runtime;

namespace ArrayBridge.Benchmarks;

/// <summary>
/// In a process where pythonnet started Python: a pythonnet user's way of getting .NET float64 data
/// into NumPy (<c>np.empty(n)</c>, its data address from <c>__array_interface__</c>, then
/// <c>Marshal.Copy</c>) against ArrayBridge attached to the same interpreter handing an NDArray over
/// without a copy (<see cref="PythonNetInterop.ToNumPyPythonNet"/>). Both run under pythonnet's GIL
/// and release every object they make.
/// </summary>
[MemoryDiagnoser]
public class PythonNetHandoffBenchmarks
{
    private double[] _source = [];
    private NDArray<double>? _array;
    private PythonNetObject? _numpy;
    private PythonNetObject? _empty;

    /// <summary>Elements in the array.</summary>
    [Params(1, 1_000_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        if (!PythonNetEngine.IsInitialized)
        {
            PythonEnvironment environment = PythonEnvironment.Discover();
            PythonNetRuntime.PythonDLL = environment.LibraryPath;
            PythonNetEngine.ProgramName = environment.Executable ?? "";
            PythonNetEngine.Initialize();
            PythonNetEngine.BeginAllowThreads();
        }

        Python.Initialize(); // finds pythonnet's interpreter running and attaches
        _source = Enumerable.Range(0, Size).Select(i => (double)i).ToArray();
        _array = NDArray.FromArray(_source);
        using (PythonNetPy.GIL())
        {
            _numpy = PythonNetPy.Import("numpy");
            _empty = _numpy.GetAttr("empty");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        using (PythonNetPy.GIL())
        {
            _empty?.Dispose();
            _numpy?.Dispose();
        }

        _array?.Dispose();
    }

    /// <summary>What pythonnet code does today: a new NumPy array, then Marshal.Copy into its buffer.</summary>
    [Benchmark(Baseline = true)]
    public void MarshalCopy()
    {
        using (PythonNetPy.GIL())
        {
            using var size = new PythonNetInt(Size);
            using PythonNetObject array = _empty!.Invoke(size);
            using PythonNetObject face = array.GetAttr("__array_interface__");
            using PythonNetObject data = face["data"];
            using PythonNetObject address = data[0];
            Marshal.Copy(_source, 0, (nint)address.As<long>(), Size);
        }
    }

    /// <summary>ArrayBridge's handoff: a NumPy array over the NDArray's memory, as a pythonnet object.</summary>
    [Benchmark]
    public void ArrayBridgeToNumPy()
    {
        using (PythonNetPy.GIL())
        {
            using PythonNetObject array = _array!.ToNumPyPythonNet();
        }
    }
}
