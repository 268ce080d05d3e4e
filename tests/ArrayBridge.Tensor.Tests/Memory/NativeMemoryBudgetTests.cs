using System.Runtime.CompilerServices;

namespace ArrayBridge.Tests;

/// <summary>
/// Native memory of arrays dropped without Dispose is reclaimed by collections that allocations
/// induce once the live bytes pass the budget. Everything is measured with the budget's own
/// counters, never with the process's memory use; the tests run alone because the counters are
/// process-wide.
/// </summary>
[Collection(nameof(SerialCollection))]
public class NativeMemoryBudgetTests
{
    private const int ArrayElements = 512 * 1024;
    private const long ArrayBytes = ArrayElements * sizeof(double);
    private const long TotalBytes = 2L << 30;

    /// <summary>Finalizes earlier tests' garbage and sets the budget from what is live now.</summary>
    private static long Settle()
    {
        NativeMemoryBudget.Collect();
        long budget = NativeMemoryBudget.Budget;
        Assert.Equal(NativeMemoryBudget.MinimumBudget, budget); // little is live between tests
        return budget;
    }

    /// <summary>Allocates <paramref name="count"/> 4 MiB arrays and drops them; returns the most live bytes seen.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long AllocateUndisposed(long count)
    {
        long peak = 0;
        for (long i = 0; i < count; i++)
        {
            _ = NDArray.Empty<double>(ArrayElements);
            peak = Math.Max(peak, NativeMemoryBudget.LiveBytes);
        }

        return peak;
    }

    [Fact]
    public void A_loop_that_never_disposes_stays_within_the_budget()
    {
        long budget = Settle();
        long collections = NativeMemoryBudget.InducedCollections;
        long peak = AllocateUndisposed(TotalBytes / ArrayBytes);
        long induced = NativeMemoryBudget.InducedCollections - collections;

        Assert.True(peak <= budget, $"{peak >> 20} MiB live, over the {budget >> 20} MiB budget");
        Assert.True(peak <= 1L << 30, $"{peak >> 20} MiB live");
        // Each collection frees all but the array in hand, so one is due per budget's worth.
        Assert.InRange(induced, TotalBytes / budget - 1, TotalBytes / (budget / 2));
    }

    [Fact]
    public void A_loop_that_disposes_never_induces_a_collection()
    {
        Settle();
        long live = NativeMemoryBudget.LiveBytes;
        long collections = NativeMemoryBudget.InducedCollections;
        for (long i = 0; i < TotalBytes / ArrayBytes; i++)
        {
            using var a = NDArray.Empty<double>(ArrayElements);
            using NDArray<float> b = a.AsType<float>();
            using NDArray<float> c = b.Copy();
        }

        Assert.Equal(collections, NativeMemoryBudget.InducedCollections);
        Assert.Equal(live, NativeMemoryBudget.LiveBytes);
    }

    [Fact]
    public void Arrays_still_referenced_are_never_freed_by_an_induced_collection()
    {
        long budget = Settle();
        long collections = NativeMemoryBudget.InducedCollections;
        var kept = new List<NDArray<double>>();
        for (int i = 0; i < 16; i++)
        {
            kept.Add(NDArray.Full<double>([ArrayElements], i));
        }

        // A view alone keeps memory alive too: dispose the owner, keep its view.
        NDArray<double> view;
        using (NDArray<double> owner = NDArray.Full<double>([ArrayElements], 99))
        {
            view = owner["::2"];
        }

        AllocateUndisposed(2 * budget / ArrayBytes);
        Assert.True(NativeMemoryBudget.InducedCollections - collections >= 1);
        for (int i = 0; i < kept.Count; i++)
        {
            Assert.False(kept[i].IsDisposed);
            Assert.False(kept[i].Memory.IsReleased);
            Assert.True(kept[i].AsReadOnlySpan<double>().IndexOfAnyExcept(i) < 0, $"array {i} was overwritten");
        }

        Assert.False(view.Memory.IsReleased);
        Assert.All(view.ToArray<double>(), x => Assert.Equal(99, x));
        long live = NativeMemoryBudget.LiveBytes;
        foreach (NDArray<double> a in kept)
        {
            a.Dispose();
        }

        view.Dispose();
        Assert.Equal(live - 17 * ArrayBytes, NativeMemoryBudget.LiveBytes);
    }

    [Fact]
    public void The_live_count_follows_allocations_and_frees_exactly()
    {
        Settle();
        long live = NativeMemoryBudget.LiveBytes;
        using (var a = NDArray.Empty<byte>(1000))
        {
            Assert.Equal(live + 1000, NativeMemoryBudget.LiveBytes);
            using NDArray<byte> view = a["::3"];
            using var empty = NDArray.Empty<double>(0, 5);
            Assert.Equal(live + 1001, NativeMemoryBudget.LiveBytes); // NumPy allocates one byte for an empty array
            using var range = NDArray.Arange<double>(10);
            using NDArray<double> reversed = range.Transpose();
            Assert.Equal(live + 1001 + 80, NativeMemoryBudget.LiveBytes);
        }

        Assert.Equal(live, NativeMemoryBudget.LiveBytes);
        using (var wrapped = NDArray.Wrap(new double[100]))
        {
            Assert.Equal(live, NativeMemoryBudget.LiveBytes); // memory ArrayBridge did not allocate is not counted
        }
    }

    [Fact]
    public void Threads_dropping_arrays_stay_within_twice_the_budget()
    {
        long budget = Settle();
        const int Threads = 4;
        long collections = NativeMemoryBudget.InducedCollections;
        var peaks = new long[Threads];
        var workers = new Thread[Threads];
        for (int t = 0; t < Threads; t++)
        {
            int id = t;
            workers[t] = new Thread(() => peaks[id] = AllocateUndisposed(TotalBytes / Threads / ArrayBytes));
            workers[t].Start();
        }

        foreach (Thread w in workers)
        {
            w.Join();
        }

        long peak = peaks.Max();
        Assert.True(peak <= 2 * budget + Threads * ArrayBytes, $"{peak >> 20} MiB live with {Threads} threads, budget {budget >> 20} MiB");
        Assert.True(NativeMemoryBudget.InducedCollections - collections >= 1);
    }
}
