using System.Numerics;

namespace ArrayBridge;

/// <summary><c>np.exp2</c> on floats: 2 to the x, through the C library (float16 through float32 and one rounding, by bits as NumPy's half loops, see <see cref="HalfOperands"/>).</summary>
internal readonly struct Exp2Kernel<T> : IUnaryKernel<T, T>
    where T : unmanaged, IExponentialFunctions<T>
{
    public static T Apply(T x) =>
        typeof(T) == typeof(Half) ? HalfOperands.Narrow<T>(float.Exp2(HalfOperands.Widen(x))) : T.Exp2(x);
}
