using System.Runtime.InteropServices;

namespace ArrayBridge;

/// <summary>A complex128 element as the bits of its two parts, real first as stored.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct Complex128Bits
{
    /// <summary>The real part's bits.</summary>
    public ulong Real;

    /// <summary>The imaginary part's bits.</summary>
    public ulong Imaginary;
}
