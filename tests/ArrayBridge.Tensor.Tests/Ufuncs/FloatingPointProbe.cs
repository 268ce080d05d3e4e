using System.Runtime.CompilerServices;

namespace ArrayBridge.Tests;

/// <summary>
/// Floating-point operations the JIT must compile to real instructions: the operands come from
/// mutable statics through non-inlined calls, so nothing can be constant-folded (folding would run
/// in the JIT, not in the measured window), and every result is stored so nothing can be dropped.
/// </summary>
internal static class FloatingPointProbe
{
    private static double s_sink;
    private static float s_sinkSingle;

    /// <summary>The operations of the probe, each with the flag NumPy reports for it.</summary>
    public static readonly (string Name, double A, double B, FloatingPointFlags Flag)[] Cases =
    [
        ("1.0 / 0.0", 1.0, 0.0, FloatingPointFlags.DivideByZero),
        ("-1.0 / 0.0", -1.0, 0.0, FloatingPointFlags.DivideByZero),
        ("1e308 * 10", 1e308, 10.0, FloatingPointFlags.Overflow),
        ("1e-308 / 1e10", 1e-308, 1e10, FloatingPointFlags.Underflow),
        ("0.0 / 0.0", 0.0, 0.0, FloatingPointFlags.Invalid),
        ("sqrt(-1)", -1.0, 0.0, FloatingPointFlags.Invalid),
        ("inf - inf", double.PositiveInfinity, double.PositiveInfinity, FloatingPointFlags.Invalid),
        ("1.0 / 3.0", 1.0, 3.0, FloatingPointFlags.None), // inexact only, which NumPy does not track
        ("2.0 * 3.0", 2.0, 3.0, FloatingPointFlags.None),
        ("sqrt(2)", 2.0, 0.0, FloatingPointFlags.None),
        ("inf * 2", double.PositiveInfinity, 2.0, FloatingPointFlags.None), // infinities propagate quietly
        ("nan + 1", double.NaN, 1.0, FloatingPointFlags.None), // so do quiet NaNs
    ];

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Run(string name, double a, double b) => Volatile.Write(ref s_sink, name switch
    {
        _ when name.StartsWith("sqrt", StringComparison.Ordinal) => Math.Sqrt(a),
        _ when name.Contains(" / ", StringComparison.Ordinal) => a / b,
        _ when name.Contains(" * ", StringComparison.Ordinal) => a * b,
        _ when name.Contains(" - ", StringComparison.Ordinal) => a - b,
        _ => a + b,
    });

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void RunSingle(string name, float a, float b) => Volatile.Write(ref s_sinkSingle, name switch
    {
        _ when name.StartsWith("sqrt", StringComparison.Ordinal) => MathF.Sqrt(a),
        _ when name.Contains(" / ", StringComparison.Ordinal) => a / b,
        _ when name.Contains(" * ", StringComparison.Ordinal) => a * b,
        _ when name.Contains(" - ", StringComparison.Ordinal) => a - b,
        _ => a + b,
    });
}
