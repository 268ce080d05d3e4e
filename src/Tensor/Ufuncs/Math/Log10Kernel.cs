using System.Numerics;

namespace ArrayBridge;

/// <summary><c>np.log10</c> on floats: the base-10 logarithm, through the C library (float16 through float32 and one rounding, by bits as NumPy's half loops, see <see cref="HalfOperands"/>).</summary>
internal readonly struct Log10Kernel<T> : IUnaryKernel<T, T>
    where T : unmanaged, ILogarithmicFunctions<T>
{
    public static T Apply(T x) =>
        typeof(T) == typeof(Half) ? HalfOperands.Narrow<T>(float.Log10(HalfOperands.Widen(x))) : T.Log10(x);
}
