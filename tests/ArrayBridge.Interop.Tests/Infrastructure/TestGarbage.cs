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
        // Rounds until one frees nothing more: a .NET finalizer can free a Python cycle's last
        // outside reference (a queued release), and a Python destructor can drop the last reference
        // to a .NET object. The bound only stops a pathological ping-pong.
        for (int round = 0; round < 8; round++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            bool queued = !PythonReleaseQueue.IsEmpty;
            long found;
            using (Python.Gil())
            {
                using PyObject gc = Python.Import("gc");
                using PyObject collected = gc.Invoke("collect");
                found = collected.As<long>();
            }

            if (!queued && found == 0)
            {
                return;
            }
        }
    }
}
