using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>NumPy's standard normal ziggurat (<c>random_standard_normal</c>, <c>random_standard_normal_f</c>).</summary>
internal readonly struct NormalZiggurat : IZiggurat
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Next(ref Pcg64Core core, ref Pcg64Core home) => Distributions.StandardNormal(ref core, ref home);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float NextSingle(ref Pcg64Core core) => Distributions.StandardNormalF(ref core);
}
