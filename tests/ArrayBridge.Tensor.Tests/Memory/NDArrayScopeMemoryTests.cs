namespace ArrayBridge.Tests;

/// <summary>A scope frees the native memory of what it owns; read from the process-wide budget counters, so it runs alone.</summary>
[Collection(nameof(SerialCollection))]
public class NDArrayScopeMemoryTests
{
    private const int Elements = 128 * 1024;
    private const long Bytes = Elements * sizeof(double);

    [Fact]
    public void Ending_a_scope_gives_back_the_native_bytes_of_its_arrays_and_keeps_those_moved_out()
    {
        // Finalize garbage of earlier tests so that only this test moves the counters.
        NativeMemoryBudget.Collect();
        long before = NativeMemoryBudget.LiveBytes;
        long liveAllocations = NativeArrayMemory.LiveCount;
        NDArray<double> kept;
        using (NDArrayScope scope = NDArray.Scope())
        {
            for (int i = 0; i < 8; i++)
            {
                NDArray<double> a = NDArray.Full<double>([Elements], 1.0);
                _ = a.Reshape(-1, 8).Transpose().Copy(); // a view and a copy nobody names
            }

            kept = scope.MoveToOuter(NDArray.Zeros<double>(Elements));
            Assert.Equal(before + (17 * Bytes), NativeMemoryBudget.LiveBytes);
            Assert.Equal(liveAllocations + 17, NativeArrayMemory.LiveCount);
        }

        Assert.Equal(before + Bytes, NativeMemoryBudget.LiveBytes);
        kept.Dispose();
        Assert.Equal(before, NativeMemoryBudget.LiveBytes);
        Assert.Equal(liveAllocations, NativeArrayMemory.LiveCount);
    }
}
