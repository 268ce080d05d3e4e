using ArrayBridge.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace ArrayBridge.Examples;

/// <summary>FsCheck properties of <see cref="Softmax"/>: its invariants, and NumPy as the oracle.</summary>
public static class SoftmaxProperties
{
    /// <summary>NumPy's softmax over the last axis, in float64.</summary>
    public const string NumPySoftmax =
        "(lambda x: np.exp(x - x.max(axis=-1, keepdims=True)) / np.exp(x - x.max(axis=-1, keepdims=True)).sum(axis=-1, keepdims=True))(a.astype(np.float64))";

    /// <summary>Float arrays of one or more dimensions, not empty, finite values, every other layout.</summary>
    public static ArrayOptions Inputs { get; } = new()
    {
        DTypes = DTypeFamily.Floating,
        MinDims = 1,
        Layouts = LayoutClass.All & ~LayoutClass.Empty & ~LayoutClass.ZeroDimensional,
        Elements = new ElementOptions { AllowNaN = false, AllowInfinity = false },
    };

    /// <summary>Each row is a probability distribution: values in [0, 1] summing to 1, none NaN.</summary>
    public static Property RowsAreDistributions() => Prop.ForAll(ArrayGen.ArrayArbitrary(Inputs), spec =>
    {
        using MaterializedArray m = spec.Materialize();
        using NDArray p = Softmax.Compute(m.Array);
        double[] values = p.ToArray<double>();
        int n = (int)m.Array.Shape[^1];
        for (int row = 0; row < values.Length; row += n)
        {
            double sum = 0;
            for (int i = row; i < row + n; i++)
            {
                if (!(values[i] >= 0 && values[i] <= 1))
                {
                    return false;
                }

                sum += values[i];
            }

            if (Math.Abs(sum - 1) > 1e-12 * n)
            {
                return false;
            }
        }

        m.AssertNoWritesOutside();
        return true;
    });

    /// <summary>Adding a constant to every element changes nothing (up to rounding).</summary>
    public static Property ShiftInvariant() => Prop.ForAll(
        ArrayGen.ArrayArbitrary(Inputs with { DTypes = DTypeFamily.Floating, ExactDTypes = [DType.Float64], Elements = new ElementOptions { MinValue = -1e3, MaxValue = 1e3 } }),
        ArrayGen.ValueArbitrary<double>(new ElementOptions { MinValue = -1e3, MaxValue = 1e3 }),
        (spec, shift) =>
        {
            using NDArrayScope scope = NDArray.Scope();
            NDArray x = spec.Create();
            NDArray shifted = x + shift;
            ArrayAssert.AssertAllClose(Softmax.Compute(shifted), Softmax.Compute(x), rtol: 1e-9, atol: 1e-300);
        });

    /// <summary>The function agrees with NumPy on every layout, byte order and float type.</summary>
    public static Property AgreesWithNumPy(Func<NDArray, NDArray> softmax) => Prop.ForAll(ArrayGen.ArrayArbitrary(Inputs), spec =>
        NumPyOracle.AssertMatches(spec, softmax, NumPySoftmax, Tolerance.AllClose(rtol: 1e-12, atol: 1e-300)));
}
