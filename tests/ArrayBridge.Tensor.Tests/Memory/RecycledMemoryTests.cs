using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace ArrayBridge.Tests;

/// <summary>
/// Small arrays recycle their memory owner and block through a per-thread cache: a block is reused
/// only after every array over it was disposed, the cache stays within its bound, blocks stay 64-byte
/// aligned in every size class, every block is freed exactly once (by a disposal, a trim, or the
/// finalizers once a thread's cache is garbage), and a disposed array whose owner now serves another
/// array throws <see cref="ObjectDisposedException"/> on every use without touching that array. The
/// counters are process-wide, so these tests run alone (the serial collection).
/// </summary>
[Collection(nameof(SerialCollection))]
public class RecycledMemoryTests
{
    public RecycledMemoryTests()
    {
        Settle();
        NativeArrayMemory.TrimThisThread();
    }

    [Fact]
    public void A_disposed_small_array_gives_its_owner_and_block_to_the_next_allocation_of_its_size_class()
    {
        long hits = NativeArrayMemory.RecycledHitsOnThisThread;
        var a = NDArray.Empty<double>(1);
        ArrayMemory memory = a.Memory;
        nint data = a.DataPointer;
        a.Dispose();
        Assert.True(memory.IsReleased);
        Assert.Equal(1, NativeArrayMemory.CachedOnThisThread);

        // 40 bytes is in the same 64-byte class; 100 bytes is not.
        using NDArray<int> b = NDArray.Zeros<int>(10);
        Assert.Same(memory, b.Memory);
        Assert.Equal(data, b.DataPointer);
        Assert.False(memory.IsReleased);
        Assert.Equal(new int[10], b.ToArray<int>());
        Assert.Equal(hits + 1, NativeArrayMemory.RecycledHitsOnThisThread);
        using NDArray<byte> c = NDArray.Empty<byte>(100);
        Assert.NotSame(memory, c.Memory);
    }

    [Fact]
    public void A_block_is_not_recycled_while_a_view_holds_it()
    {
        var a = NDArray.Arange<double>(4);
        ArrayMemory memory = a.Memory;
        NDArray<double> v = a["1:"];
        a.Dispose();
        using (var b = NDArray.Empty<double>(4))
        {
            Assert.NotSame(memory, b.Memory);
        }

        Assert.Equal(new double[] { 1, 2, 3 }, v.ToArray<double>());
        v.Dispose();
        Assert.True(memory.IsReleased);
    }

    public static TheoryData<string> DisposedUses => new(DisposedArrayUses.Keys);

    private static readonly Dictionary<string, Action<NDArray<double>>> DisposedArrayUses = new()
    {
        ["indexer get"] = a => _ = a[0],
        ["indexer set"] = a => a[0] = 1,
        ["At"] = a => a.At(0),
        ["DataPointer"] = a => _ = a.DataPointer,
        ["slice"] = a => _ = a["1:"],
        ["Reshape"] = a => _ = a.Reshape(2, 2),
        ["Transpose"] = a => _ = a.Transpose(),
        ["View"] = a => _ = a.View(DType.Int64),
        ["As"] = a => _ = a.As<long>(),
        ["AsStrided"] = a => _ = a.AsStrided([2], [8]),
        ["ShareView"] = a => _ = a.ShareView(),
        ["AsSpan"] = a => _ = a.AsSpan<double>().Length,
        ["Copy"] = a => _ = a.Copy(),
        ["ToArray"] = a => _ = a.ToArray<double>(),
        ["Add"] = a => _ = a + a,
        ["Add out"] = a => NDArray.Add(a, 1.0, @out: a),
        ["Sum"] = a => _ = a.Sum(),
        ["AsType"] = a => _ = a.AsType<float>(),
        ["Add scalar"] = a => _ = a + 1.0,
    };

    [Theory]
    [MemberData(nameof(DisposedUses))]
    public void A_disposed_array_whose_owner_serves_another_array_throws_and_leaves_that_array_alone(string use)
    {
        long live = NativeArrayMemory.LiveCount;
        var a = NDArray.Arange<double>(4);
        ArrayMemory memory = a.Memory;
        a.Dispose();
        var b = NDArray.Full<double>([4], 7.0);
        Assert.Same(memory, b.Memory);
        Assert.Throws<ObjectDisposedException>(() => DisposedArrayUses[use](a));
        Assert.Equal(new double[] { 7, 7, 7, 7 }, b.ToArray<double>());

        // Nothing joined b's holders: disposing b releases the memory.
        b.Dispose();
        Assert.True(memory.IsReleased);
        Assert.Equal(live, NativeArrayMemory.LiveCount);
    }

    [Fact]
    public void The_cache_keeps_at_most_its_bound_per_size_class_and_never_large_blocks()
    {
        long held = NativeArrayMemory.SmallBlocksHeld;
        long live = NativeArrayMemory.LiveCount;
        var arrays = new List<NDArray>();
        for (int i = 0; i < 3 * NativeArrayMemory.RecycledPerClass; i++)
        {
            arrays.Add(NDArray.Empty<byte>(64));
            arrays.Add(NDArray.Empty<byte>(NativeArrayMemory.MaxRecycledBlock + 1));
        }

        foreach (NDArray a in arrays)
        {
            a.Dispose();
        }

        Assert.Equal(NativeArrayMemory.RecycledPerClass, NativeArrayMemory.CachedOnThisThread);
        Assert.Equal(held + NativeArrayMemory.RecycledPerClass, NativeArrayMemory.SmallBlocksHeld);
        Assert.Equal(live, NativeArrayMemory.LiveCount);
        NativeArrayMemory.TrimThisThread();
        Assert.Equal(0, NativeArrayMemory.CachedOnThisThread);
        Assert.Equal(held, NativeArrayMemory.SmallBlocksHeld);
    }

    [Fact]
    public void Every_small_size_of_every_dtype_is_64_byte_aligned_with_room_for_its_bytes_fresh_and_recycled()
    {
        DType[] dtypes = [DType.Bool, DType.Int16, DType.Float32, DType.Float64, DType.Complex64, DType.Complex128];
        for (int round = 0; round < 2; round++)
        {
            foreach (DType dtype in dtypes)
            {
                for (nint n = 0; n * dtype.ItemSize <= NativeArrayMemory.MaxRecycledBlock + 64; n++)
                {
                    using NDArray a = NDArray.Zeros(dtype, [n]);
                    var memory = (NativeArrayMemory)a.Memory;
                    Assert.Equal(0, a.DataPointer % NativeArrayMemory.AllocationAlignment);
                    Assert.True(memory.Capacity >= Math.Max(1, a.NBytes), $"{dtype} x {n}: capacity {memory.Capacity}");
                    Assert.True(a.IsAligned);
                    Assert.True(AllZero(a), $"{dtype} x {n}: a recycled block was handed out dirty where zeros were asked for");
                    FillNonZero(a);
                }
            }
        }
    }

    [Fact]
    public void Concurrent_allocation_and_cross_thread_disposal_free_every_block_exactly_once()
    {
        const int Threads = 4, PerThread = 20_000;
        long live = NativeArrayMemory.LiveCount;
        long released = NativeArrayMemory.ReleasedCount;
        long held = NativeArrayMemory.SmallBlocksHeld;
        var handoff = new ConcurrentQueue<NDArray>();
        long checksum = 0;
        RunThreads(Threads, t =>
        {
            var random = new Random(t);
            for (int i = 0; i < PerThread; i++)
            {
                var a = NDArray.Full<long>([random.Next(1, 130)], i);
                Assert.Equal((long)i, a[a.Size - 1]);

                // Half the arrays are disposed by whichever thread dequeues them.
                if ((i & 1) == 0)
                {
                    handoff.Enqueue(a);
                }
                else
                {
                    a.Dispose();
                }

                if (handoff.TryDequeue(out NDArray? other))
                {
                    Interlocked.Add(ref checksum, ((NDArray<long>)other)[0]);
                    other.Dispose();
                }
            }
        });

        while (handoff.TryDequeue(out NDArray? left))
        {
            Interlocked.Add(ref checksum, ((NDArray<long>)left)[0]);
            left.Dispose();
        }

        Assert.Equal(Threads * (long)(PerThread / 2) * (PerThread - 2) / 2, checksum);
        Assert.Equal(live, NativeArrayMemory.LiveCount);
        Assert.Equal(Threads * (long)PerThread, NativeArrayMemory.ReleasedCount - released);

        // The threads have ended: their caches are garbage, and the finalizers free the blocks in them.
        NativeArrayMemory.TrimThisThread();
        for (int i = 0; i < 20 && NativeArrayMemory.SmallBlocksHeld != held; i++)
        {
            Settle();
            Thread.Sleep(10);
        }

        Assert.Equal(held, NativeArrayMemory.SmallBlocksHeld);
    }

    [Fact]
    public void Undisposed_small_arrays_including_ones_over_recycled_owners_are_freed_by_the_finalizer_exactly_once()
    {
        long live = NativeArrayMemory.LiveCount;
        long released = NativeArrayMemory.ReleasedCount;
        long held = NativeArrayMemory.SmallBlocksHeld;
        MakeRecycledGarbage(100);
        for (int i = 0; i < 5 && NativeArrayMemory.LiveCount != live; i++)
        {
            Settle();
        }

        Assert.Equal(live, NativeArrayMemory.LiveCount);
        Assert.Equal(200, NativeArrayMemory.ReleasedCount - released);
        Assert.Equal(held, NativeArrayMemory.SmallBlocksHeld);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void MakeRecycledGarbage(int count)
    {
        for (int i = 0; i < count; i++)
        {
            // Disposed, so its owner is cached; the next array takes that owner and is dropped with its view.
            NDArray.Zeros<double>(4).Dispose();
            var a = NDArray.Zeros<double>(4);
            _ = a["::2"];
        }
    }

    private static void RunThreads(int count, Action<int> body)
    {
        Exception? failure = null;
        var threads = new Thread[count];
        for (int t = 0; t < count; t++)
        {
            int id = t;
            threads[t] = new Thread(() =>
            {
                try
                {
                    body(id);
                }
                catch (Exception e)
                {
                    Interlocked.CompareExchange(ref failure, e, null);
                }
            });
            threads[t].Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        if (failure is not null)
        {
            throw new Xunit.Sdk.XunitException($"a worker failed: {failure}");
        }
    }

    private static unsafe bool AllZero(NDArray a) => new ReadOnlySpan<byte>((void*)a.DataPointer, (int)a.NBytes).IndexOfAnyExcept((byte)0) < 0;

    private static unsafe void FillNonZero(NDArray a) => new Span<byte>((void*)a.DataPointer, (int)a.NBytes).Fill(0xA5);

    private static void Settle()
    {
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }
}
