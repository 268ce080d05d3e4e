namespace ArrayBridge;

/// <summary><c>np.clip</c> on complex64, as <see cref="ComplexClipKernel"/> (the parts widen to double exactly).</summary>
internal readonly struct Complex64ClipKernel : ITernaryKernel<Complex64>
{
    public static Complex64 Apply(Complex64 x, Complex64 min, Complex64 max)
    {
        Complex64 r = ComplexClipKernel.KeepFirstForMax(x.Real, x.Imaginary, min.Real, min.Imaginary) ? x : min;
        return ComplexClipKernel.KeepFirstForMin(r.Real, r.Imaginary, max.Real, max.Imaginary) ? r : max;
    }
}
