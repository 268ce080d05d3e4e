using System.Numerics;

namespace ArrayBridge;

/// <summary><c>np.arcsin</c> on floats: the inverse sine, through the C library (float16 through float32 and one rounding, by bits as NumPy's half loops, see <see cref="HalfOperands"/>).</summary>
internal readonly struct ArcsinKernel<T> : IUnaryKernel<T, T>
    where T : unmanaged, ITrigonometricFunctions<T>
{
    public static T Apply(T x) =>
        typeof(T) == typeof(Half) ? HalfOperands.Narrow<T>(float.Asin(HalfOperands.Widen(x))) : T.Asin(x);
}
