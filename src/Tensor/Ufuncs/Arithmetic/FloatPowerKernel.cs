using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.power</c> for float32 and float64: the C library's <c>pow</c>/<c>powf</c> (which .NET's
/// <c>Pow</c> calls), plus the divide-by-zero flag NumPy's AVX-512 loop raises for <c>±0 ** −inf</c>
/// (it takes <c>pow</c> from Intel's SVML, which flags every zero to a negative power where the C
/// library leaves the infinite exponent unflagged). Scalar. On those hosts SVML's results can also
/// differ from the C library's in the last bit.
/// </summary>
internal readonly struct FloatPowerKernel<T> : IBinaryKernel<T, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Apply(T x, T y)
    {
        if (x == T.Zero && T.IsNegativeInfinity(y))
        {
            FloatingPointStatus.SetDivideByZero();
        }

        return T.Pow(x, y);
    }
}
