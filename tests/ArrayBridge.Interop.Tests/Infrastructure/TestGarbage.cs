using ArrayBridge.Interop;

namespace ArrayBridge.Tests;

/// <summary>
/// For tests that count releases: earlier tests' garbage may still hold exported arrays, buffers or
/// DLPack tensors whose releases are queued, or sit in Python reference cycles that Python's
/// collector would free at some later allocation. Collecting both heaps and draining the queue
/// (taking the GIL does) before reading a counter makes the counter move only for the test's own work.
/// </summary>
internal static class TestGarbage
{
    public static void Settle()
    {
        // Three rounds: a .NET finalizer can free a Python cycle's last outside reference, and a
        // Python destructor can drop the last reference to a .NET object.
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            using GilScope gil = Python.Gil();
            using PyObject gc = Python.Import("gc");
            gc.Invoke("collect").Dispose();
        }
    }
}
