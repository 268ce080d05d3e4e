namespace ArrayBridge;

/// <summary><c>np.reciprocal</c> for complex64 by <see cref="ComplexMath.Reciprocal{T}"/> in single precision.</summary>
internal readonly struct Complex64ReciprocalKernel : IUnaryKernel<Complex64, Complex64>
{
    public static Complex64 Apply(Complex64 x)
    {
        (float re, float im) = ComplexMath.Reciprocal(x.Real, x.Imaginary);
        return new Complex64(re, im);
    }
}
