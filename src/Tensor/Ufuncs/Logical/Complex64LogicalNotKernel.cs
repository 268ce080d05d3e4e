namespace ArrayBridge;

/// <summary><c>np.logical_not</c> on complex64: true only when both parts are zero.</summary>
internal readonly struct Complex64LogicalNotKernel : IUnaryKernel<Complex64, bool>
{
    public static bool Apply(Complex64 x) => x.Real == 0 && x.Imaginary == 0;
}
