using System.Runtime.InteropServices;

namespace ArrayBridge;

/// <summary>complex64 spans seen as their interleaved float parts (real, imaginary, real, …).</summary>
internal static class Complex64Spans
{
    public static ReadOnlySpan<float> Parts(ReadOnlySpan<Complex64> values) => MemoryMarshal.Cast<Complex64, float>(values);

    public static Span<float> Parts(Span<Complex64> values) => MemoryMarshal.Cast<Complex64, float>(values);
}
