namespace ArrayBridge;

/// <summary><c>np.absolute</c> for complex64, giving float32, by <see cref="ComplexMath.Abs{T}"/> in single precision.</summary>
internal readonly struct Complex64AbsoluteKernel : IUnaryKernel<Complex64, float>
{
    public static float Apply(Complex64 x) => ComplexMath.Abs(x.Real, x.Imaginary);
}
