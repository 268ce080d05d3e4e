using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.arccos</c> on complex numbers through <see cref="ComplexFunctions.Acos(Complex)"/>; complex64 computes in
/// double precision and rounds each part once.
/// </summary>
internal readonly struct ComplexArccosKernel : IUnaryKernel<Complex64, Complex64>, IUnaryKernel<Complex, Complex>
{
    public static Complex64 Apply(Complex64 x) => (Complex64)ComplexFunctions.Acos(x);

    public static Complex Apply(Complex x) => ComplexFunctions.Acos(x);
}
