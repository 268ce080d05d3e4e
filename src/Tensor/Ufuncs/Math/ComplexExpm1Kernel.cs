using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.expm1</c> on complex numbers through <see cref="ComplexFunctions.Expm1"/>; complex64 follows NumPy's
/// single-precision steps, whose roundings its results carry.
/// </summary>
internal readonly struct ComplexExpm1Kernel : IUnaryKernel<Complex64, Complex64>, IUnaryKernel<Complex, Complex>
{
    /// <summary>NumPy's formula in single precision (its e^x overflows to inf at float32's range, giving inf·0 = NaN parts).</summary>
    public static Complex64 Apply(Complex64 x)
    {
        float a = MathF.Sin(x.Imaginary / 2);
        return new((float)ScalarMath.Expm1(x.Real) * MathF.Cos(x.Imaginary) - 2 * a * a, MathF.Exp(x.Real) * MathF.Sin(x.Imaginary));
    }

    public static Complex Apply(Complex x) => ComplexFunctions.Expm1(x);
}
