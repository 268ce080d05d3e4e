namespace ArrayBridge;

/// <summary><c>np.multiply</c> for complex64, in single precision with NumPy's rounding (see <see cref="Complex64.op_Multiply"/>).</summary>
internal readonly struct Complex64MultiplyKernel : IBinaryKernel<Complex64, Complex64>
{
    public static Complex64 Apply(Complex64 x, Complex64 y) => x * y;
}
