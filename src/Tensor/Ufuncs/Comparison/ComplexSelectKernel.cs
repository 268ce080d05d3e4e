using System.Numerics;

namespace ArrayBridge;

/// <summary>A complex128 maximum-like loop: x where <typeparamref name="TPred"/> keeps it, else y, bits unchanged.</summary>
internal readonly struct ComplexSelectKernel<TPred> : IBinaryKernel<Complex, Complex>
    where TPred : IComplexPredicate
{
    public static Complex Apply(Complex x, Complex y) => TPred.Test(x.Real, x.Imaginary, y.Real, y.Imaginary) ? x : y;
}
