using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>NumPy's standard exponential ziggurat (<c>random_standard_exponential</c>, <c>random_standard_exponential_f</c>).</summary>
internal readonly struct ExponentialZiggurat : IZiggurat
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Next(ref Pcg64Core core, ref Pcg64Core home) => Distributions.StandardExponential(ref core, ref home);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float NextSingle(ref Pcg64Core core) => Distributions.StandardExponentialF(ref core);
}
