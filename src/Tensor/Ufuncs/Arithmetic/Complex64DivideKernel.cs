namespace ArrayBridge;

/// <summary><c>np.true_divide</c> for complex64 by NumPy's Smith algorithm in single precision, flagging a NaN divisor part as NumPy does.</summary>
internal readonly struct Complex64DivideKernel : IBinaryKernel<Complex64, Complex64>
{
    public static Complex64 Apply(Complex64 x, Complex64 y)
    {
        ComplexMath.FlagOrderedCompare(y.Real, y.Imaginary);
        return x / y;
    }
}
