using ArrayBridge;
using ArrayBridge.Interop;
using BenchmarkDotNet.Attributes;

namespace ArrayBridge.Benchmarks;

/// <summary>
/// What the handoff benchmarks share: a float64 NDArray and a NumPy array of <see cref="Size"/>
/// elements, and NumPy's <c>empty</c>, an empty shape and the NumPy array's bound <c>view</c> for the baselines.
/// </summary>
public abstract class HandoffFixture
{
    private protected NDArray<double> _array = null!;
    private protected PyObject _numpyArray = null!;
    private protected PyObject _empty = null!;
    private protected PyObject _emptyShape = null!;
    private protected PyObject _view = null!;

    /// <summary>Elements in the array.</summary>
    public abstract int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Python.Initialize();
        _array = NDArray.Full<double>([Size], 1.0);
        using PyObject np = Python.Import("numpy");
        _numpyArray = np.Invoke("ones", Size);
        _empty = np.GetAttr("empty");
        _emptyShape = Python.Eval("()");
        _view = _numpyArray.GetAttr("view");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _view.Dispose();
        _numpyArray.Dispose();
        _empty.Dispose();
        _emptyShape.Dispose();
        _array.Dispose();
    }
}
