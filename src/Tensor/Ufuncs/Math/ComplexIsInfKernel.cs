using System.Numerics;

namespace ArrayBridge;

/// <summary><c>np.isinf</c> on complex numbers: whether either part is infinite (NumPy's <c>isinf(re) || isinf(im)</c> on the parts).</summary>
internal readonly struct ComplexIsInfKernel : IUnaryKernel<Complex64, bool>, IUnaryKernel<Complex, bool>
{
    public static bool Apply(Complex64 x) => float.IsInfinity(x.Real) || float.IsInfinity(x.Imaginary);

    public static bool Apply(Complex x) => double.IsInfinity(x.Real) || double.IsInfinity(x.Imaginary);
}
