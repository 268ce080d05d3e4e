using System.Numerics;

namespace ArrayBridge;

/// <summary><c>np.conjugate</c> for complex128: the imaginary part's sign flipped.</summary>
internal readonly struct ComplexConjugateKernel : IUnaryKernel<Complex, Complex>
{
    public static Complex Apply(Complex x) => new(x.Real, -x.Imaginary);
}
