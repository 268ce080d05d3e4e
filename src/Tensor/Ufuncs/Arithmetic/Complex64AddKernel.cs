namespace ArrayBridge;

/// <summary><c>np.add</c> for complex64: each part in single precision.</summary>
internal readonly struct Complex64AddKernel : IBinaryKernel<Complex64, Complex64>
{
    public static Complex64 Apply(Complex64 x, Complex64 y) => new(x.Real + y.Real, x.Imaginary + y.Imaginary);
}
