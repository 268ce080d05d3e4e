using System.Numerics;

namespace ArrayBridge;

/// <summary><c>np.log2</c> on floats: the base-2 logarithm, through the C library (float16 through float32 and one rounding, by bits as NumPy's half loops, see <see cref="HalfOperands"/>).</summary>
internal readonly struct Log2Kernel<T> : IUnaryKernel<T, T>
    where T : unmanaged, ILogarithmicFunctions<T>
{
    public static T Apply(T x) =>
        typeof(T) == typeof(Half) ? HalfOperands.Narrow<T>(float.Log2(HalfOperands.Widen(x))) : T.Log2(x);
}
