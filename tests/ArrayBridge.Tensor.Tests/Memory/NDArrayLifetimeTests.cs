using System.Runtime.CompilerServices;

namespace ArrayBridge.Tests;

/// <summary>Memory is released exactly once; these tests read process-wide counters, so they run alone.</summary>
[Collection(nameof(SerialCollection))]
public class NDArrayLifetimeTests
{
    [Fact]
    public void Views_keep_memory_alive_after_the_owner_is_disposed()
    {
        NDArray<double> a = NDArray.Arange<double>(10);
        NDArray<double> v = a["2::3"];
        ArrayMemory memory = a.Memory;
        a.Dispose();
        Assert.False(memory.IsReleased);
        Assert.Equal(new double[] { 2, 5, 8 }, v.ToArray<double>());
        v.Dispose();
        Assert.True(memory.IsReleased);
    }

    [Fact]
    public void Use_after_dispose_throws_ObjectDisposedException()
    {
        var a = NDArray.Zeros<int>(3);
        a.Dispose();
        Assert.Throws<ObjectDisposedException>(() => a[0] = 1);
        Assert.Throws<ObjectDisposedException>(() => a.At(0));
        Assert.Throws<ObjectDisposedException>(() => a.DataPointer);
        Assert.Throws<ObjectDisposedException>(() => a["1:"]);
        Assert.Throws<ObjectDisposedException>(() => a.Copy());
        Assert.Throws<ObjectDisposedException>(() => a.AsSpan<int>());
        Assert.True(a.IsDisposed);
        a.Dispose();
    }

    [Fact]
    public void Undisposed_arrays_and_views_are_freed_by_the_finalizer_exactly_once()
    {
        Settle();
        long live = NativeArrayMemory.LiveCount;
        long released = NativeArrayMemory.ReleasedCount;
        MakeGarbage(100);
        for (int i = 0; i < 5 && NativeArrayMemory.ReleasedCount - released < 100; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.Equal(100, NativeArrayMemory.ReleasedCount - released);
        Assert.Equal(live, NativeArrayMemory.LiveCount);
    }

    /// <summary>Finalizes garbage other tests left behind, so the counters move only for this test.</summary>
    private static void Settle()
    {
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void MakeGarbage(int count)
    {
        for (int i = 0; i < count; i++)
        {
            var a = NDArray.Zeros<double>(16, 16);
            _ = a.Transpose()["::2"];
        }
    }

    [Fact]
    public void Disposing_everything_leaves_no_live_allocation()
    {
        Settle();
        long live = NativeArrayMemory.LiveCount;
        for (int i = 0; i < 1000; i++)
        {
            using var r = NDArray.Arange<float>(64);
            using NDArray a = r.Reshape(8, 8);
            using NDArray t = a.Transpose();
            using NDArray c = t.Reshape(-1);
            using NDArray d = c.AsType(DType.Float64.WithByteOrder(ByteOrder.Big));
        }

        Assert.Equal(live, NativeArrayMemory.LiveCount);
    }
}

[CollectionDefinition(nameof(SerialCollection), DisableParallelization = true)]
public class SerialCollection
{
}
