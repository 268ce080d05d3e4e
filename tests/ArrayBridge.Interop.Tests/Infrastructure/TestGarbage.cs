using ArrayBridge.Interop;

namespace ArrayBridge.Tests;

/// <summary>
/// For tests that count releases: earlier tests' garbage may still hold exported arrays, buffers or
/// DLPack tensors whose releases are queued. Finalizing it and draining the queue (taking the GIL
/// does) before reading a counter makes the counter move only for the test's own work.
/// </summary>
internal static class TestGarbage
{
    public static void Settle()
    {
        for (int i = 0; i < 2; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        using GilScope gil = Python.Gil();
    }
}
