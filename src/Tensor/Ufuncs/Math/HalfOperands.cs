using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// The generic kernels' float16 path: a <see cref="Half"/> passed as <c>T</c> widened to float32
/// and a float32 result rounded back, both by <see cref="HalfOperands"/>'s bitwise conversions (NumPy's:
/// no invalid flag for a NaN, overflow when a finite value rounds to infinity), so a half loop
/// computes in float32 and rounds once, as NumPy's half loops do.
/// </summary>
internal static class HalfOperands
{
    /// <summary>The <see cref="Half"/> in <paramref name="x"/>, exactly as a float.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Widen<T>(T x) => HalfMath.ToSingle(Unsafe.As<T, Half>(ref x));

    /// <summary><paramref name="value"/> rounded to <see cref="Half"/> (nearest, ties to even), as <typeparamref name="T"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Narrow<T>(float value)
    {
        Half h = HalfMath.ToHalf(value);
        return Unsafe.As<Half, T>(ref h);
    }
}
