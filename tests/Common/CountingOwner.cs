using System.Runtime.InteropServices;

namespace ArrayBridge.Tests;

/// <summary>Zeroed native memory whose release is counted: an external owner for exactly-once tests.</summary>
internal sealed unsafe class CountingOwner : IDisposable
{
    public CountingOwner(int bytes) => Pointer = (nint)NativeMemory.AllocZeroed((nuint)bytes);

    public nint Pointer { get; }

    public int Releases { get; private set; }

    public void Dispose()
    {
        if (Releases++ == 0)
        {
            NativeMemory.Free((void*)Pointer);
        }
    }
}
