namespace ArrayBridge;

/// <summary>A complex64 maximum-like loop: x where <typeparamref name="TPred"/> keeps it, else y, bits unchanged.</summary>
internal readonly struct Complex64SelectKernel<TPred> : IBinaryKernel<Complex64, Complex64>
    where TPred : IComplexPredicate
{
    public static Complex64 Apply(Complex64 x, Complex64 y) => TPred.Test(x.Real, x.Imaginary, y.Real, y.Imaginary) ? x : y;
}
