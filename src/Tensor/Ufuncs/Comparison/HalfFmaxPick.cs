using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary>Whether <c>np.fmax</c> on float16 (<c>npy_half_ge(x, y) || isnan(y)</c>) keeps x, decided on the operands widened to float32 (exact).</summary>
internal readonly struct HalfFmaxPick : IMaskOp<float>
{
    public static bool Apply(float x, float y) => x >= y || float.IsNaN(y);

    public static Vector256<float> Apply(Vector256<float> x, Vector256<float> y) => Vector256.GreaterThanOrEqual(x, y) | ~Vector256.Equals(y, y);
}
