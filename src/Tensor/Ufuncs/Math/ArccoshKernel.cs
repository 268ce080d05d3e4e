using System.Numerics;

namespace ArrayBridge;

/// <summary><c>np.arccosh</c> on floats: the inverse hyperbolic cosine, through the C library (float16 through float32 and one rounding, by bits as NumPy's half loops, see <see cref="HalfOperands"/>).</summary>
internal readonly struct ArccoshKernel<T> : IUnaryKernel<T, T>
    where T : unmanaged, IHyperbolicFunctions<T>
{
    public static T Apply(T x) =>
        typeof(T) == typeof(Half) ? HalfOperands.Narrow<T>(float.Acosh(HalfOperands.Widen(x))) : T.Acosh(x);
}
