using System.Numerics.Tensors;
using ArrayBridge;
using ArrayBridge.Interop;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace ArrayBridge.Benchmarks;

/// <summary>
/// Ufuncs on float64: ArrayBridge against NumPy on the same memory (through the bridge, in this
/// process) and against System.Numerics.Tensors' TensorPrimitives on .NET arrays, one category per
/// operation, each with its own baseline.
/// </summary>
/// <remarks>
/// ArrayBridge splits large operations across cores and NumPy does not; on a two-core host that
/// is at most a factor of two on compute-bound kernels, and little on memory-bound ones.
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class UfuncBenchmarks
{
    private const int N = 10_000_000;
    private const int Side = 1000;

    private NDArray<double> _a = null!, _b = null!, _out = null!;
    private NDArray<double> _matrix = null!, _row = null!, _transposed = null!, _square = null!;
    private NDArray<double> _one1 = null!, _one2 = null!;
    private double[] _x = null!, _y = null!, _z = null!;

    private PyObject _npA = null!, _npB = null!, _npOut = null!;
    private PyObject _npMatrix = null!, _npRow = null!, _npTransposed = null!, _npSquare = null!;
    private PyObject _npOne1 = null!, _npOne2 = null!;
    private PyObject _npAdd = null!, _npMultiply = null!, _npExp = null!, _two = null!;
    private PyObject _astype = null!, _float32 = null!;
    private Dictionary<string, object?> _outKeyword = null!;

    [GlobalSetup]
    public void Setup()
    {
        _a = NDArray.Arange(0.0, N, 1.0);
        _b = NDArray.Full<double>([N], 0.5);
        _out = NDArray.Empty<double>(N);
        _matrix = NDArray.Full<double>([Side, Side], 1.5);
        _row = NDArray.Arange(0.0, Side, 1.0);
        _square = NDArray.Full<double>([Side, Side], 2.5);
        _transposed = _square.Transpose();
        _one1 = NDArray.Full<double>([1], 1.0);
        _one2 = NDArray.Full<double>([1], 2.0);
        _x = _a.ToArray<double>();
        _y = _b.ToArray<double>();
        _z = new double[N];

        Python.Initialize();
        using PyObject np = Python.Import("numpy");
        _npA = NumPy.ToNumPy(_a);
        _npB = NumPy.ToNumPy(_b);
        _npOut = NumPy.ToNumPy(_out);
        _npMatrix = NumPy.ToNumPy(_matrix);
        _npRow = NumPy.ToNumPy(_row);
        _npSquare = NumPy.ToNumPy(_square);
        _npTransposed = NumPy.ToNumPy(_transposed);
        _npOne1 = NumPy.ToNumPy(_one1);
        _npOne2 = NumPy.ToNumPy(_one2);
        _npAdd = np.GetAttr("add");
        _npMultiply = np.GetAttr("multiply");
        _npExp = np.GetAttr("exp");
        _two = PyObject.From(2.0);
        _astype = _npA.GetAttr("astype");
        _float32 = np.GetAttr("float32");
        _outKeyword = new Dictionary<string, object?> { ["out"] = _npOut };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (PyObject o in new[] { _npA, _npB, _npOut, _npMatrix, _npRow, _npSquare, _npTransposed, _npOne1, _npOne2, _npAdd, _npMultiply, _npExp, _two, _astype, _float32 })
        {
            o.Dispose();
        }

        foreach (NDArray a in new NDArray[] { _a, _b, _out, _matrix, _row, _transposed, _square, _one1, _one2 })
        {
            a.Dispose();
        }
    }

    /// <summary>NumPy's <c>a + b</c> on 10^7 float64, allocating the result.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Add 10^7")]
    public void NumPyAdd()
    {
        using PyObject r = _npAdd.Call(_npA, _npB);
    }

    /// <summary>ArrayBridge's <c>a + b</c>, allocating the result.</summary>
    [Benchmark, BenchmarkCategory("Add 10^7")]
    public void ArrayBridgeAdd()
    {
        using NDArray<double> r = _a + _b;
    }

    /// <summary>TensorPrimitives.Add into a fresh (uninitialized) .NET array.</summary>
    [Benchmark, BenchmarkCategory("Add 10^7")]
    public double[] TensorPrimitivesAdd()
    {
        double[] r = GC.AllocateUninitializedArray<double>(N);
        TensorPrimitives.Add(_x, _y, r);
        return r;
    }

    /// <summary>NumPy's <c>a * 2.0</c> on 10^7 float64, allocating the result.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Multiply scalar 10^7")]
    public void NumPyMultiplyScalar()
    {
        using PyObject r = _npMultiply.Call(_npA, _two);
    }

    /// <summary>ArrayBridge's <c>a * 2.0</c>, allocating the result.</summary>
    [Benchmark, BenchmarkCategory("Multiply scalar 10^7")]
    public void ArrayBridgeMultiplyScalar()
    {
        using NDArray<double> r = _a * 2.0;
    }

    /// <summary>TensorPrimitives.Multiply by a scalar into a fresh .NET array.</summary>
    [Benchmark, BenchmarkCategory("Multiply scalar 10^7")]
    public double[] TensorPrimitivesMultiplyScalar()
    {
        double[] r = GC.AllocateUninitializedArray<double>(N);
        TensorPrimitives.Multiply(_x, 2.0, r);
        return r;
    }

    /// <summary>TensorPrimitives.Add into an existing array: the kernel alone.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Add 10^7 into out")]
    public void TensorPrimitivesAddInto() => TensorPrimitives.Add(_x, _y, _z);

    /// <summary>ArrayBridge's <c>np.add(a, b, out=c)</c>.</summary>
    [Benchmark, BenchmarkCategory("Add 10^7 into out")]
    public void ArrayBridgeAddOut() => NDArray.Add(_a, _b, @out: _out);

    /// <summary>NumPy's <c>np.add(a, b, out=c)</c> on the same memory.</summary>
    [Benchmark, BenchmarkCategory("Add 10^7 into out")]
    public void NumPyAddOut()
    {
        using PyObject r = _npAdd.Call([_npA, _npB], _outKeyword);
    }

    /// <summary>NumPy's <c>np.exp(a)</c> on 10^7 float64.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Exp 10^7")]
    public void NumPyExp()
    {
        using PyObject r = _npExp.Call(_npA);
    }

    /// <summary>ArrayBridge's <c>NDArray.Exp(a)</c>.</summary>
    [Benchmark, BenchmarkCategory("Exp 10^7")]
    public void ArrayBridgeExp()
    {
        using NDArray r = NDArray.Exp(_a);
    }

    /// <summary>NumPy's <c>m + row</c>: (1000,1000) + (1000,).</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Broadcast (1000,1000)+(1000,)")]
    public void NumPyBroadcastAdd()
    {
        using PyObject r = _npAdd.Call(_npMatrix, _npRow);
    }

    /// <summary>ArrayBridge's <c>m + row</c>.</summary>
    [Benchmark, BenchmarkCategory("Broadcast (1000,1000)+(1000,)")]
    public void ArrayBridgeBroadcastAdd()
    {
        using NDArray<double> r = _matrix + _row;
    }

    /// <summary>NumPy's <c>a.T + b</c> on (1000,1000): one operand transposed.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Transposed a.T+b (1000,1000)")]
    public void NumPyTransposedAdd()
    {
        using PyObject r = _npAdd.Call(_npTransposed, _npMatrix);
    }

    /// <summary>ArrayBridge's <c>a.T + b</c>.</summary>
    [Benchmark, BenchmarkCategory("Transposed a.T+b (1000,1000)")]
    public void ArrayBridgeTransposedAdd()
    {
        using NDArray<double> r = _transposed + _matrix;
    }

    /// <summary>NumPy's <c>np.add</c> on 1-element arrays: the per-call overhead (including the bridge's call).</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Add 1 element")]
    public void NumPyAddOneElement()
    {
        using PyObject r = _npAdd.Call(_npOne1, _npOne2);
    }

    /// <summary>ArrayBridge's <c>a + b</c> on 1-element arrays: resolution, allocation and dispatch.</summary>
    [Benchmark, BenchmarkCategory("Add 1 element")]
    public void ArrayBridgeAddOneElement()
    {
        using NDArray<double> r = _one1 + _one2;
    }

    /// <summary>NumPy's <c>a.astype(np.float32)</c> on 10^7 float64.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("AsType float32 10^7")]
    public void NumPyAstypeFloat32()
    {
        using PyObject r = _astype.Call(_float32);
    }

    /// <summary>ArrayBridge's <c>a.AsType&lt;float&gt;()</c>.</summary>
    [Benchmark, BenchmarkCategory("AsType float32 10^7")]
    public void ArrayBridgeAsTypeFloat32()
    {
        using NDArray<float> r = _a.AsType<float>();
    }

    /// <summary>TensorPrimitives.ConvertTruncating into a fresh .NET array.</summary>
    [Benchmark, BenchmarkCategory("AsType float32 10^7")]
    public float[] TensorPrimitivesConvertFloat32()
    {
        float[] r = GC.AllocateUninitializedArray<float>(N);
        TensorPrimitives.ConvertTruncating<double, float>(_x, r);
        return r;
    }
}
