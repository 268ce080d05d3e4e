using ArrayBridge;
using ArrayBridge.Interop;
using BenchmarkDotNet.Attributes;

namespace ArrayBridge.Benchmarks;

/// <summary>
/// 10^5 elements (under the engine's parallel threshold, so one core each) of comparison, maximum,
/// bitwise, shift and where, written into existing outputs: NumPy's ufunc on the same memory through
/// the bridge as the baseline, the vectorized contiguous runs, and the same ufunc over every other
/// element of twice-as-long arrays (strided, so the scalar loop).
/// </summary>
[MemoryDiagnoser]
public class LogicBenchmarks
{
    private const int N = 100_000;
    private NDArray _a = null!, _b = null!, _aStrided = null!, _bStrided = null!, _mask = null!, _maxOut = null!, _i = null!, _j = null!, _iOut = null!;
    private NDArray _wide = null!, _wideB = null!;
    private NDArray _cmpOut = null!, _h = null!, _hb = null!, _hWide = null!, _hbWide = null!, _hStrided = null!, _hbStrided = null!, _hOut = null!;
    private PyObject _npH = null!, _npHb = null!;
    private PyObject _np = null!, _npA = null!, _npB = null!, _npCmpOut = null!, _npMaxOut = null!, _npI = null!, _npJ = null!, _npIOut = null!, _npMask = null!;
    private PyObject _less = null!, _logicalAnd = null!, _maximum = null!, _bitwiseAnd = null!, _leftShift = null!, _where = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        double[] a = Enumerable.Range(0, N).Select(_ => random.NextDouble()).ToArray();
        double[] b = Enumerable.Range(0, N).Select(_ => random.NextDouble()).ToArray();
        _a = NDArray.FromArray(a);
        _b = NDArray.FromArray(b);
        _wide = NDArray.FromArray(a.Concat(a).ToArray());
        _wideB = NDArray.FromArray(b.Concat(b).ToArray());
        _aStrided = _wide["::2"];
        _bStrided = _wideB["::2"];
        _cmpOut = NDArray.Zeros(DType.Bool, [N]);
        _mask = NDArray.Less(_a, 0.5);
        _maxOut = NDArray.Zeros(DType.Float64, [N]);
        _i = NDArray.FromArray(Enumerable.Range(0, N).Select(_ => random.Next()).ToArray());
        _j = NDArray.FromArray(Enumerable.Range(0, N).Select(_ => random.Next()).ToArray());
        _iOut = NDArray.Zeros(DType.Int32, [N]);
        _h = _a.AsType(DType.Float16);
        _hb = _b.AsType(DType.Float16);
        _hWide = _wide.AsType(DType.Float16);
        _hbWide = _wideB.AsType(DType.Float16);
        _hStrided = _hWide["::2"];
        _hOut = NDArray.Zeros(DType.Float16, [N]);
        _hbStrided = _hbWide["::2"];
        Python.Initialize();
        _np = Python.Eval("__import__('numpy')");
        _npA = NumPy.ToNumPy(_a);
        _npB = NumPy.ToNumPy(_b);
        _npCmpOut = NumPy.ToNumPy(_cmpOut);
        _npMaxOut = NumPy.ToNumPy(_maxOut);
        _npI = NumPy.ToNumPy(_i);
        _npJ = NumPy.ToNumPy(_j);
        _npIOut = NumPy.ToNumPy(_iOut);
        _npMask = NumPy.ToNumPy(_mask);
        _npH = NumPy.ToNumPy(_h);
        _npHb = NumPy.ToNumPy(_hb);
        _less = _np.GetAttr("less");
        _logicalAnd = _np.GetAttr("logical_and");
        _maximum = _np.GetAttr("maximum");
        _bitwiseAnd = _np.GetAttr("bitwise_and");
        _leftShift = _np.GetAttr("left_shift");
        _where = _np.GetAttr("where");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (PyObject o in new[] { _npH, _npHb, _less, _logicalAnd, _maximum, _bitwiseAnd, _leftShift, _where, _npA, _npB, _npCmpOut, _npMaxOut, _npI, _npJ, _npIOut, _npMask, _np })
        {
            o.Dispose();
        }

        foreach (NDArray a in new[] { _hOut, _h, _hb, _hStrided, _hbStrided, _hWide, _hbWide, _a, _b, _aStrided, _bStrided, _wide, _wideB, _cmpOut, _mask, _maxOut, _i, _j, _iOut })
        {
            a.Dispose();
        }
    }

    /// <summary><c>np.less(a, b, out)</c> on float64.</summary>
    [Benchmark(Baseline = true)]
    public void NumPyLess() => _less.Call(_npA, _npB, _npCmpOut).Dispose();

    /// <summary>Less on contiguous float64: Vector256 compares narrowed to bytes.</summary>
    [Benchmark]
    public NDArray Less() => NDArray.Less(_a, _b, @out: _cmpOut);

    /// <summary><c>np.logical_and(a, 0.5, out)</c> on float64: NumPy's logical promoter casts the array to bool for the <c>??-&gt;?</c> loop.</summary>
    [Benchmark]
    public void NumPyLogicalAndScalar() => _logicalAnd.Call(_npA, 0.5, _npCmpOut).Dispose();

    /// <summary>LogicalAnd of float64 with a Python float: the bool loop over buffered truth values, as NumPy.</summary>
    [Benchmark]
    public NDArray LogicalAndScalar() => NDArray.LogicalAnd(_a, 0.5, @out: _cmpOut);

    /// <summary>Less on strided float64: the scalar loop.</summary>
    [Benchmark]
    public NDArray LessStrided() => NDArray.Less(_aStrided, _bStrided, @out: _cmpOut);

    /// <summary><c>np.less(a, b, out)</c> on float16.</summary>
    [Benchmark]
    public void NumPyLessFloat16() => _less.Call(_npH, _npHb, _npCmpOut).Dispose();

    /// <summary>Less on contiguous float16: blocks widened to float32, then float32's vector compares.</summary>
    [Benchmark]
    public NDArray LessFloat16() => NDArray.Less(_h, _hb, @out: _cmpOut);

    /// <summary>Less on strided float16: the scalar loop (each element converted by Half's operators).</summary>
    [Benchmark]
    public NDArray LessFloat16Strided() => NDArray.Less(_hStrided, _hbStrided, @out: _cmpOut);

    /// <summary><c>np.maximum(a, b, out)</c> on float64.</summary>
    [Benchmark]
    public void NumPyMaximum() => _maximum.Call(_npA, _npB, _npMaxOut).Dispose();

    /// <summary>Maximum on contiguous float64: Vector256 selects.</summary>
    [Benchmark]
    public NDArray Maximum() => NDArray.Maximum(_a, _b, @out: _maxOut);

    /// <summary>Maximum on strided float64: the scalar loop.</summary>
    [Benchmark]
    public NDArray MaximumStrided() => NDArray.Maximum(_aStrided, _bStrided, @out: _maxOut);

    /// <summary>Maximum on contiguous float16: float32 decisions, float16 bits selected 16 at a time.</summary>
    [Benchmark]
    public NDArray MaximumFloat16() => NDArray.Maximum(_h, _hb, @out: _hOut);

    /// <summary>Maximum on strided float16: the scalar loop.</summary>
    [Benchmark]
    public NDArray MaximumFloat16Strided() => NDArray.Maximum(_hStrided, _hbStrided, @out: _hOut);

    /// <summary><c>np.bitwise_and(i, j, out)</c> on int32.</summary>
    [Benchmark]
    public void NumPyBitwiseAnd() => _bitwiseAnd.Call(_npI, _npJ, _npIOut).Dispose();

    /// <summary>BitwiseAnd on contiguous int32: TensorPrimitives.BitwiseAnd.</summary>
    [Benchmark]
    public NDArray BitwiseAnd() => NDArray.BitwiseAnd(_i, _j, @out: _iOut);

    /// <summary><c>np.left_shift(i, 3, out)</c> on int32.</summary>
    [Benchmark]
    public void NumPyLeftShiftByScalar() => _leftShift.Call(_npI, 3, _npIOut).Dispose();

    /// <summary>LeftShift by a broadcast count: TensorPrimitives.ShiftLeft.</summary>
    [Benchmark]
    public NDArray LeftShiftByScalar() => NDArray.LeftShift(_i, 3, @out: _iOut);

    /// <summary>LeftShift by per-element counts (the scalar loop with NumPy's range check).</summary>
    [Benchmark]
    public NDArray LeftShiftByArray() => NDArray.LeftShift(_i, _j, @out: _iOut);

    /// <summary><c>np.where(mask, a, b)</c> on float64 (allocates its result).</summary>
    [Benchmark]
    public void NumPyWhere() => _where.Call(_npMask, _npA, _npB).Dispose();

    /// <summary>Where on float64 (allocates its result).</summary>
    [Benchmark]
    public void Where() => NDArray.Where(_mask, _a, _b).Dispose();
}
