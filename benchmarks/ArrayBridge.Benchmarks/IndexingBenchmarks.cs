using ArrayBridge;
using ArrayBridge.Interop;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace ArrayBridge.Benchmarks;

/// <summary>
/// Advanced indexing on float64: ArrayBridge against NumPy on the same memory (through the bridge,
/// in this process), one category per operation with NumPy as its baseline.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class IndexingBenchmarks
{
    private const int N = 10_000_000;
    private const int Picks = 1_000_000;
    private const int Rows = 100_000, Cols = 64, RowPicks = 10_000;

    private NDArray<double> _a = null!, _matrix = null!;
    private NDArray<bool> _mask = null!;
    private NDArray<long> _picks = null!, _rowPicks = null!;
    private PyObject _npA = null!, _npMatrix = null!, _npMask = null!, _npPicks = null!, _npRowPicks = null!, _npTake = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(42);
        _a = NDArray.Arange(0.0, N, 1.0);
        _mask = NDArray.Empty<bool>(N);
        Span<bool> m = _mask.AsSpan<bool>();
        for (int i = 0; i < m.Length; i++)
        {
            m[i] = rng.Next(2) == 0;
        }

        _picks = NDArray.Empty<long>(Picks);
        Span<long> p = _picks.AsSpan<long>();
        for (int i = 0; i < p.Length; i++)
        {
            p[i] = rng.Next(N);
        }

        using NDArray<double> flat = NDArray.Arange(0.0, (double)Rows * Cols, 1.0);
        _matrix = (NDArray<double>)flat.Reshape(Rows, Cols).Copy();
        _rowPicks = NDArray.Empty<long>(RowPicks);
        Span<long> r = _rowPicks.AsSpan<long>();
        for (int i = 0; i < r.Length; i++)
        {
            r[i] = rng.Next(Rows);
        }

        Python.Initialize();
        using PyObject np = Python.Import("numpy");
        _npA = NumPy.ToNumPy(_a);
        _npMatrix = NumPy.ToNumPy(_matrix);
        _npMask = NumPy.ToNumPy(_mask);
        _npPicks = NumPy.ToNumPy(_picks);
        _npRowPicks = NumPy.ToNumPy(_rowPicks);
        _npTake = np.GetAttr("take");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (PyObject o in new[] { _npA, _npMatrix, _npMask, _npPicks, _npRowPicks, _npTake })
        {
            o.Dispose();
        }

        foreach (NDArray a in new NDArray[] { _a, _matrix, _mask, _picks, _rowPicks })
        {
            a.Dispose();
        }
    }

    /// <summary>NumPy's <c>a[m]</c>: 10^7 float64 by a random 50% mask.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("a[mask] 10^7")]
    public void NumPyMaskGather()
    {
        using PyObject r = _npA.GetItem(_npMask);
    }

    /// <summary>ArrayBridge's <c>a[m]</c>.</summary>
    [Benchmark, BenchmarkCategory("a[mask] 10^7")]
    public void ArrayBridgeMaskGather()
    {
        using NDArray r = _a[_mask];
    }

    /// <summary>NumPy's <c>np.take(a, idx)</c>: 10^6 random positions of 10^7 float64.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("take 10^6 of 10^7")]
    public void NumPyTake()
    {
        using PyObject r = _npTake.Call(_npA, _npPicks);
    }

    /// <summary>ArrayBridge's <c>a.Take(idx)</c>.</summary>
    [Benchmark, BenchmarkCategory("take 10^6 of 10^7")]
    public void ArrayBridgeTake()
    {
        using NDArray r = _a.Take(_picks);
    }

    /// <summary>NumPy's <c>a[idx]</c> with the same 10^6 positions.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("a[idx] 10^6 of 10^7")]
    public void NumPyFancy()
    {
        using PyObject r = _npA.GetItem(_npPicks);
    }

    /// <summary>ArrayBridge's <c>a[idx]</c>.</summary>
    [Benchmark, BenchmarkCategory("a[idx] 10^6 of 10^7")]
    public void ArrayBridgeFancy()
    {
        using NDArray r = _a[_picks];
    }

    /// <summary>NumPy's <c>m[rows]</c>: 10^4 random rows of a 10^5 × 64 float64 matrix.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("m[rows] 10^4 x 64")]
    public void NumPyRows()
    {
        using PyObject r = _npMatrix.GetItem(_npRowPicks);
    }

    /// <summary>ArrayBridge's <c>m[rows]</c>.</summary>
    [Benchmark, BenchmarkCategory("m[rows] 10^4 x 64")]
    public void ArrayBridgeRows()
    {
        using NDArray r = _matrix[_rowPicks];
    }
}
