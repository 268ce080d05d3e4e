using System.Numerics;

namespace ArrayBridge;

/// <summary><c>np.log</c> on floats: the natural logarithm, through the C library (float16 through float32 and one rounding, as NumPy's half loops).</summary>
internal readonly struct LogKernel<T> : IUnaryKernel<T, T>
    where T : unmanaged, ILogarithmicFunctions<T>
{
    public static T Apply(T x) => T.Log(x);
}
