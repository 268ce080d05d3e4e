namespace ArrayBridge;

/// <summary><c>np.conjugate</c> for complex64: the imaginary part's sign flipped.</summary>
internal readonly struct Complex64ConjugateKernel : IUnaryKernel<Complex64, Complex64>
{
    public static Complex64 Apply(Complex64 x) => new(x.Real, -x.Imaginary);
}
