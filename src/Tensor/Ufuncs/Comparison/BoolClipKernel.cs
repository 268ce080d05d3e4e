using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary><c>np.clip</c> on bools: (x OR min) AND max, on truth values.</summary>
internal readonly struct BoolClipKernel : ITernaryKernel<bool>
{
    public static bool Apply(bool x, bool min, bool max) =>
        (Truth(x) | Truth(min)) & Truth(max);

    private static bool Truth(bool value) => Unsafe.BitCast<bool, byte>(value) != 0;
}
