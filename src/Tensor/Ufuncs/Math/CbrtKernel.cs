using System.Numerics;

namespace ArrayBridge;

/// <summary><c>np.cbrt</c> on floats: the cube root, through the C library (float16 through float32 and one rounding, by bits as NumPy's half loops, see <see cref="HalfOperands"/>).</summary>
internal readonly struct CbrtKernel<T> : IUnaryKernel<T, T>
    where T : unmanaged, IRootFunctions<T>
{
    public static T Apply(T x) =>
        typeof(T) == typeof(Half) ? HalfOperands.Narrow<T>(float.Cbrt(HalfOperands.Widen(x))) : T.Cbrt(x);
}
