using System.Numerics;
using System.Runtime.InteropServices;

namespace ArrayBridge;

/// <summary>complex128 spans seen as their interleaved double parts (real, imaginary, real, …).</summary>
internal static class ComplexSpans
{
    public static ReadOnlySpan<double> Parts(ReadOnlySpan<Complex> values) => MemoryMarshal.Cast<Complex, double>(values);

    public static Span<double> Parts(Span<Complex> values) => MemoryMarshal.Cast<Complex, double>(values);
}
