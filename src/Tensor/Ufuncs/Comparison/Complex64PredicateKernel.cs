namespace ArrayBridge;

/// <summary>A complex64 loop with a bool result over <typeparamref name="TPred"/>; the parts widen to double exactly.</summary>
internal readonly struct Complex64PredicateKernel<TPred> : IBinaryKernel<Complex64, bool>
    where TPred : IComplexPredicate
{
    public static bool Apply(Complex64 x, Complex64 y) => TPred.Test(x.Real, x.Imaginary, y.Real, y.Imaginary);
}
