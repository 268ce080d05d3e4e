using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.log</c> on complex numbers through <see cref="ComplexFunctions.Log"/>; complex64 computes in
/// double precision and rounds each part once.
/// </summary>
internal readonly struct ComplexLogKernel : IUnaryKernel<Complex64, Complex64>, IUnaryKernel<Complex, Complex>
{
    public static Complex64 Apply(Complex64 x) => (Complex64)ComplexFunctions.Log(x);

    public static Complex Apply(Complex x) => ComplexFunctions.Log(x);
}
