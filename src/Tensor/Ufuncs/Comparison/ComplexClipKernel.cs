using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.clip</c> on complex128 (clip.cpp's complex <c>_NPY_MAX</c>/<c>_NPY_MIN</c>): an operand with
/// a NaN part is kept by each step, otherwise the order is lexicographic (real parts, then imaginary
/// parts when the real parts are equal).
/// </summary>
internal readonly struct ComplexClipKernel : ITernaryKernel<Complex>
{
    public static Complex Apply(Complex x, Complex min, Complex max)
    {
        Complex r = KeepFirstForMax(x.Real, x.Imaginary, min.Real, min.Imaginary) ? x : min;
        return KeepFirstForMin(r.Real, r.Imaginary, max.Real, max.Imaginary) ? r : max;
    }

    /// <summary>Whether clip's inner maximum keeps a over b.</summary>
    internal static bool KeepFirstForMax(double ar, double ai, double br, double bi) =>
        double.IsNaN(ar) || double.IsNaN(ai) || (ar == br ? ai > bi : ar > br);

    /// <summary>Whether clip's outer minimum keeps a over b.</summary>
    internal static bool KeepFirstForMin(double ar, double ai, double br, double bi) =>
        double.IsNaN(ar) || double.IsNaN(ai) || (ar == br ? ai < bi : ar < br);
}
