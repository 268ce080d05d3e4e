using ArrayBridge;
using ArrayBridge.Interop;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace ArrayBridge.Benchmarks;

/// <summary>
/// NumPy's random streams: ArrayBridge's <see cref="Generator"/> against NumPy's
/// <c>np.random.default_rng</c> called in this process, 10^7 values per call, one category per
/// method with NumPy as its baseline. Both produce the same numbers, bit for bit.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RandomBenchmarks
{
    private const int N = 10_000_000;

    private Generator _rng = null!;
    private NDArray<double> _out = null!;
    private PyObject _npRng = null!, _npStandardNormal = null!, _npRandom = null!, _npIntegers = null!, _npOut = null!;
    private Dictionary<string, object?> _intoOut = null!, _intSize = null!;

    [GlobalSetup]
    public void Setup()
    {
        _rng = Generator.DefaultRng(42);
        _out = NDArray.Empty<double>(N);

        Python.Initialize();
        using PyObject np = Python.Import("numpy");
        using PyObject random = np.GetAttr("random");
        using PyObject defaultRng = random.GetAttr("default_rng");
        _npRng = defaultRng.Call(42);
        _npStandardNormal = _npRng.GetAttr("standard_normal");
        _npRandom = _npRng.GetAttr("random");
        _npIntegers = _npRng.GetAttr("integers");
        _npOut = NumPy.ToNumPy(_out);
        _intoOut = new Dictionary<string, object?> { ["out"] = _npOut };
        _intSize = new Dictionary<string, object?> { ["size"] = N };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (PyObject o in new[] { _npOut, _npIntegers, _npRandom, _npStandardNormal, _npRng })
        {
            o.Dispose();
        }

        _out.Dispose();
    }

    /// <summary>NumPy's <c>rng.standard_normal(10**7)</c>.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("StandardNormal 10^7")]
    public void NumPyStandardNormal()
    {
        using PyObject r = _npStandardNormal.Call(N);
    }

    /// <summary>ArrayBridge's <c>rng.StandardNormal(10_000_000)</c>.</summary>
    [Benchmark, BenchmarkCategory("StandardNormal 10^7")]
    public void ArrayBridgeStandardNormal()
    {
        using NDArray<double> r = _rng.StandardNormal(N);
    }

    /// <summary>NumPy's <c>rng.standard_normal(out=buf)</c>: the generation alone, no allocation.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("StandardNormal 10^7 out=")]
    public void NumPyStandardNormalOut()
    {
        using PyObject r = _npStandardNormal.Call([], _intoOut);
    }

    /// <summary>ArrayBridge's <c>rng.StandardNormal(out)</c>.</summary>
    [Benchmark, BenchmarkCategory("StandardNormal 10^7 out=")]
    public void ArrayBridgeStandardNormalOut() => _rng.StandardNormal(_out);

    /// <summary>NumPy's <c>rng.random(10**7)</c>.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Random 10^7")]
    public void NumPyRandom()
    {
        using PyObject r = _npRandom.Call(N);
    }

    /// <summary>ArrayBridge's <c>rng.Random(10_000_000)</c>.</summary>
    [Benchmark, BenchmarkCategory("Random 10^7")]
    public void ArrayBridgeRandom()
    {
        using NDArray<double> r = _rng.Random(N);
    }

    /// <summary>NumPy's <c>rng.integers(0, 1000, size=10**7)</c> (int64, 32-bit Lemire).</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Integers [0,1000) 10^7")]
    public void NumPyIntegers()
    {
        using PyObject r = _npIntegers.Call([0, 1000], _intSize);
    }

    /// <summary>ArrayBridge's <c>rng.Integers(0, 1000, [10_000_000])</c>.</summary>
    [Benchmark, BenchmarkCategory("Integers [0,1000) 10^7")]
    public void ArrayBridgeIntegers()
    {
        using NDArray<long> r = _rng.Integers(0, 1000, [N]);
    }
}
