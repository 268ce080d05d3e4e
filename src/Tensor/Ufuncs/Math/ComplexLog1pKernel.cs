using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.log1p</c> on complex numbers through <see cref="ComplexFunctions.Log1p"/>; complex64 follows NumPy's
/// single-precision steps, whose roundings its results carry.
/// </summary>
internal readonly struct ComplexLog1pKernel : IUnaryKernel<Complex64, Complex64>, IUnaryKernel<Complex, Complex>
{
    /// <summary>NumPy's formula in single precision: 1 + x rounds in float32 before the hypot and atan2.</summary>
    public static Complex64 Apply(Complex64 x)
    {
        float re = x.Real + 1;
        return new(MathF.Log(ScalarMath.Hypot(re, x.Imaginary)), MathF.Atan2(x.Imaginary, re));
    }

    public static Complex Apply(Complex x) => ComplexFunctions.Log1p(x);
}
