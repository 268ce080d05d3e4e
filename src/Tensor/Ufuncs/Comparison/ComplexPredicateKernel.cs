using System.Numerics;

namespace ArrayBridge;

/// <summary>A complex128 loop with a bool result over <typeparamref name="TPred"/> (comparisons, logical operations).</summary>
internal readonly struct ComplexPredicateKernel<TPred> : IBinaryKernel<Complex, bool>
    where TPred : IComplexPredicate
{
    public static bool Apply(Complex x, Complex y) => TPred.Test(x.Real, x.Imaginary, y.Real, y.Imaginary);
}
