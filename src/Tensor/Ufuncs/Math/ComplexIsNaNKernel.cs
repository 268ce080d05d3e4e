using System.Numerics;

namespace ArrayBridge;

/// <summary><c>np.isnan</c> on complex numbers: whether either part is NaN (so inf+nanj counts, unlike Complex.IsNaN) (NumPy's <c>isnan(re) || isnan(im)</c> on the parts).</summary>
internal readonly struct ComplexIsNaNKernel : IUnaryKernel<Complex64, bool>, IUnaryKernel<Complex, bool>
{
    public static bool Apply(Complex64 x) => float.IsNaN(x.Real) || float.IsNaN(x.Imaginary);

    public static bool Apply(Complex x) => double.IsNaN(x.Real) || double.IsNaN(x.Imaginary);
}
