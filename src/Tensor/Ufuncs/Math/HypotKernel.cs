using System.Numerics;

namespace ArrayBridge;

/// <summary><c>np.hypot</c>: sqrt(x² + y²) without intermediate overflow; inf wins over NaN, as C's hypot (float16 through float32).</summary>
internal readonly struct HypotKernel<T> : IBinaryKernel<T, T>
    where T : unmanaged, IRootFunctions<T>
{
    public static T Apply(T x, T y) => T.Hypot(x, y);
}
