using System.Numerics;
using System.Numerics.Tensors;
using ArrayBridge;
using BenchmarkDotNet.Attributes;

namespace ArrayBridge.Benchmarks;

/// <summary>
/// Arithmetic ufuncs on contiguous 1-d arrays of <see cref="N"/> elements, each against the
/// bare TensorPrimitives call (or plain loop) over the same spans as its floor: the ratio is what
/// the ufunc engine and the kernel add. Results go to a preallocated <c>out=</c> array, so
/// allocation is not measured.
/// </summary>
public class ArithmeticBenchmarks
{
    private const int N = 100_000;
    private NDArray<double> _a = null!, _b = null!, _d = null!;
    private NDArray<float> _af = null!, _df = null!;
    private NDArray<int> _ai = null!, _bi = null!, _di = null!;
    private NDArray<Complex> _ac = null!, _bc = null!, _dc = null!;
    private NDArray<Half> _ah = null!, _dh = null!;

    [GlobalSetup]
    public void Setup()
    {
        _a = NDArray.FromArray(Enumerable.Range(0, N).Select(i => 1.0 + i * 0.001).ToArray());
        _b = NDArray.FromArray(Enumerable.Range(0, N).Select(i => 2.0 - i * 0.0001).ToArray());
        _d = NDArray.Zeros<double>(N);
        _af = NDArray.FromArray(Enumerable.Range(0, N).Select(i => 1f + i * 0.001f).ToArray());
        _df = NDArray.Zeros<float>(N);
        _ai = NDArray.FromArray(Enumerable.Range(0, N).Select(i => i - N / 2).ToArray());
        _bi = NDArray.FromArray(Enumerable.Range(0, N).Select(i => 1 + i % 7).ToArray());
        _di = NDArray.Zeros<int>(N);
        _ac = NDArray.FromArray(Enumerable.Range(0, N).Select(i => new Complex(i * 0.5, 1 - i)).ToArray());
        _bc = NDArray.FromArray(Enumerable.Range(0, N).Select(i => new Complex(2 - i * 0.25, i)).ToArray());
        _dc = NDArray.Zeros<Complex>(N);
        _ah = NDArray.FromArray(Enumerable.Range(0, N).Select(i => (Half)(i % 1000 * 0.01)).ToArray());
        _dh = NDArray.Zeros<Half>(N);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (NDArray a in new NDArray[] { _a, _b, _d, _af, _df, _ai, _bi, _di, _ac, _bc, _dc, _ah, _dh })
        {
            a.Dispose();
        }
    }

    /// <summary>The floor of <see cref="MultiplyByScalar"/>: TensorPrimitives on the spans.</summary>
    [Benchmark(Baseline = true)]
    public void TensorPrimitivesMultiplyByScalar() => TensorPrimitives.Multiply(_a.AsReadOnlySpan<double>(), 2.0, _d.AsSpan<double>());

    /// <summary><c>a * 2.0</c> (float64, weak scalar).</summary>
    [Benchmark]
    public NDArray MultiplyByScalar() => NDArray.Multiply(_a, 2.0, @out: _d);

    /// <summary><c>a - b</c> (float64).</summary>
    [Benchmark]
    public NDArray Subtract() => NDArray.Subtract(_a, _b, @out: _d);

    /// <summary><c>a / b</c> (float64).</summary>
    [Benchmark]
    public NDArray Divide() => NDArray.Divide(_a, _b, @out: _d);

    /// <summary><c>abs(a)</c> (float32).</summary>
    [Benchmark]
    public NDArray AbsoluteSingle() => NDArray.Absolute(_af, @out: _df);

    /// <summary><c>a // b</c> (int32, scalar kernel).</summary>
    [Benchmark]
    public NDArray FloorDivideInt32() => NDArray.FloorDivide(_ai, _bi, @out: _di);

    /// <summary><c>a // b</c> (float64, scalar kernel).</summary>
    [Benchmark]
    public NDArray FloorDivideDouble() => NDArray.FloorDivide(_a, _b, @out: _d);

    /// <summary><c>a * b</c> (complex128, vectorized over interleaved parts).</summary>
    [Benchmark]
    public NDArray MultiplyComplex() => NDArray.Multiply(_ac, _bc, @out: _dc);

    /// <summary>The same complex product by .NET's <see cref="Complex"/> operator in a plain loop.</summary>
    [Benchmark]
    public void LoopMultiplyComplex()
    {
        ReadOnlySpan<Complex> a = _ac.AsReadOnlySpan<Complex>(), b = _bc.AsReadOnlySpan<Complex>();
        Span<Complex> d = _dc.AsSpan<Complex>();
        for (int i = 0; i < a.Length; i++)
        {
            d[i] = a[i] * b[i];
        }
    }

    /// <summary><c>abs(a)</c> (complex128 to float64, vectorized).</summary>
    [Benchmark]
    public NDArray AbsoluteComplex() => NDArray.Absolute(_ac, @out: _d);

    /// <summary><c>a * 2.0</c> (float16 through float32 chunks).</summary>
    [Benchmark]
    public NDArray MultiplyHalfByScalar() => NDArray.Multiply(_ah, 2.0, @out: _dh);

    /// <summary><c>a ** b</c> (float64, the C library's pow per element).</summary>
    [Benchmark]
    public NDArray PowerDouble() => NDArray.Power(_a, _b, @out: _d);
}
