namespace ArrayBridge;

/// <summary><c>np.sign</c> for complex64 as NumPy 2 defines it, by <see cref="ComplexMath.Sign{T}"/> in single precision.</summary>
internal readonly struct Complex64SignKernel : IUnaryKernel<Complex64, Complex64>
{
    public static Complex64 Apply(Complex64 x)
    {
        (float re, float im) = ComplexMath.Sign(x.Real, x.Imaginary);
        return new Complex64(re, im);
    }
}
