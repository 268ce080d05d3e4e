using System.Numerics;

namespace ArrayBridge;

/// <summary><c>np.logical_not</c> on complex128: true only when both parts are zero.</summary>
internal readonly struct ComplexLogicalNotKernel : IUnaryKernel<Complex, bool>
{
    public static bool Apply(Complex x) => x.Real == 0 && x.Imaginary == 0;
}
