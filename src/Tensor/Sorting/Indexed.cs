using System.Runtime.InteropServices;

namespace ArrayBridge;

/// <summary>An element with its position in the lane, so argsort moves both together.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct Indexed<T>
    where T : unmanaged
{
    /// <summary>The element's bits.</summary>
    public T Value;

    /// <summary>The element's index in the lane before sorting.</summary>
    public long Index;
}
