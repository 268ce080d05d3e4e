using System.Numerics;

namespace ArrayBridge;

/// <summary><c>np.sign</c> for complex128 as NumPy 2 defines it, by <see cref="ComplexMath.Sign{T}"/>.</summary>
internal readonly struct ComplexSignKernel : IUnaryKernel<Complex, Complex>
{
    public static Complex Apply(Complex x)
    {
        (double re, double im) = ComplexMath.Sign(x.Real, x.Imaginary);
        return new Complex(re, im);
    }
}
