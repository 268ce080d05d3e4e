using System.Numerics;

namespace ArrayBridge;

/// <summary><c>np.isfinite</c> on complex numbers: whether both parts are finite (NumPy's <c>isfinite(re) &amp;&amp; isfinite(im)</c> on the parts).</summary>
internal readonly struct ComplexIsFiniteKernel : IUnaryKernel<Complex64, bool>, IUnaryKernel<Complex, bool>
{
    public static bool Apply(Complex64 x) => float.IsFinite(x.Real) && float.IsFinite(x.Imaginary);

    public static bool Apply(Complex x) => double.IsFinite(x.Real) && double.IsFinite(x.Imaginary);
}
