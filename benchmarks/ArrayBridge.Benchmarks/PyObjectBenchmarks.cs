using ArrayBridge.Interop;
using BenchmarkDotNet.Attributes;

namespace ArrayBridge.Benchmarks;

/// <summary>
/// What Python.Scope() adds to creating a PyObject (a Python float made and released, under the
/// GIL): outside any scope the constructor's scope check is one thread-static read; inside a scope
/// the object joins it and is released when the scope ends. And the typed API against
/// <c>dynamic</c> for the same method call.
/// </summary>
[MemoryDiagnoser]
public class PyObjectBenchmarks
{
    private const int Batch = 1000;
    private PyObject _math = null!;
    private dynamic _mathDynamic = null!;

    [GlobalSetup]
    public void Setup()
    {
        Python.Initialize();
        _math = Python.Import("math");
        _mathDynamic = _math.AsDynamic();
    }

    [GlobalCleanup]
    public void Cleanup() => _math.Dispose();

    /// <summary>Creation outside any scope, disposed by <c>using</c>: the fast path.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public void CreateOutsideScope()
    {
        using GilScope gil = Python.Gil();
        for (int i = 0; i < Batch; i++)
        {
            using PyObject value = PyObject.From(1.5);
        }
    }

    /// <summary>Creation inside a scope that releases the objects when it ends.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public void CreateInScope()
    {
        using GilScope gil = Python.Gil();
        using PyObjectScope scope = Python.Scope();
        for (int i = 0; i < Batch; i++)
        {
            _ = PyObject.From(1.5);
        }
    }

    /// <summary><c>math.hypot(3.0, 4.0)</c> through the typed API.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public double CallTyped()
    {
        using GilScope gil = Python.Gil();
        double sum = 0;
        for (int i = 0; i < Batch; i++)
        {
            using PyObject result = _math.Invoke("hypot", 3.0, 4.0);
            sum += result.As<double>();
        }

        return sum;
    }

    /// <summary><c>math.hypot(3.0, 4.0)</c> through <c>dynamic</c> (the runtime binder's call-site cache is warm).</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public double CallDynamic()
    {
        using GilScope gil = Python.Gil();
        using PyObjectScope scope = Python.Scope();
        double sum = 0;
        for (int i = 0; i < Batch; i++)
        {
            double result = _mathDynamic.hypot(3.0, 4.0);
            sum += result;
        }

        return sum;
    }
}
