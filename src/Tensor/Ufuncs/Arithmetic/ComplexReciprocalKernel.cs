using System.Numerics;

namespace ArrayBridge;

/// <summary><c>np.reciprocal</c> for complex128 by <see cref="ComplexMath.Reciprocal{T}"/>.</summary>
internal readonly struct ComplexReciprocalKernel : IUnaryKernel<Complex, Complex>
{
    public static Complex Apply(Complex x)
    {
        (double re, double im) = ComplexMath.Reciprocal(x.Real, x.Imaginary);
        return new Complex(re, im);
    }
}
