using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary>Whether <c>np.minimum</c> on float16 (<c>npy_half_le(x, y) || isnan(x)</c>) keeps x, decided on the operands widened to float32 (exact).</summary>
internal readonly struct HalfMinimumPick : IMaskOp<float>
{
    public static bool Apply(float x, float y) => x <= y || float.IsNaN(x);

    public static Vector256<float> Apply(Vector256<float> x, Vector256<float> y) => Vector256.LessThanOrEqual(x, y) | ~Vector256.Equals(x, x);
}
