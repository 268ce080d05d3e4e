namespace ArrayBridge.Tests;

/// <summary>
/// <c>Average</c> against <c>np.average</c>: unweighted and weighted (same shape, and 1-d along an
/// axis), every dtype of input and weights, keepdims, the returned sum of weights, and NumPy's
/// messages for weights that do not fit or sum to zero. Floats within 4 ULP: the averages are sums
/// from the reductions engine, whose float summation order over some broadcast views is not NumPy's
/// (np.mean of such a view differs by up to 3 ULP on its own, a complex64 full mean by 1 ULP).
/// </summary>
[Collection(PythonCollection.Name)]
public sealed class AverageOracleTests
{
    private static readonly string[] WeightTypes = ["<f8", "<i4", "|b1", "<f4", "|u1"];

    [Fact]
    public void Random_views_with_and_without_weights_match_numpy()
    {
        var failures = new List<string>();
        int cases = 0;
        for (int seed = 0; seed < 120; seed++)
        {
            using var layouts = new BridgeLayouts(7000 + seed);
            NDArray a = layouts.Array;
            var rng = new Random(seed);
            bool keepdims = rng.Next(2) == 0;
            string kd = keepdims ? "True" : "False";
            cases++;
            StatisticsOracle.Check(layouts.ToString(), a, $"np.average(a, keepdims={kd})", () => NDArray.Average(a, keepdims: keepdims), failures, maxUlps: 4);
            cases++;
            StatisticsOracle.Check(layouts.ToString(), a, $"np.average(a, keepdims={kd}, returned=True)[1]", () =>
            {
                (NDArray avg, NDArray scl) = NDArray.AverageWithSumOfWeights(a, keepdims: keepdims);
                avg.Dispose();
                return scl;
            }, failures);

            // Weights of a's shape (positive, so no slice sums to zero), then 1-d along each axis.
            string wt = WeightTypes[seed % WeightTypes.Length];
            using NDArray full = Weights(rng, a.Shape.ToArray(), wt);
            for (int k = -1; k < a.NDim; k++)
            {
                Axes axis = k < 0 ? Axes.All : k;
                string py = k < 0 ? "None" : k.ToString();
                cases++;
                StatisticsOracle.Check(layouts.ToString(), a, $"np.average(a, axis={py}, weights=w, keepdims={kd})",
                    () => NDArray.Average(a, axis, full, keepdims), failures, maxUlps: 4, ("w", Interop.NumPy.ToNumPy(full)));
                if (k < 0)
                    continue;
                using NDArray line = Weights(rng, [a.Shape[k]], wt);
                cases += 2;
                StatisticsOracle.Check(layouts.ToString(), a, $"np.average(a, axis={py}, weights=w, keepdims={kd})",
                    () => NDArray.Average(a, axis, line, keepdims), failures, maxUlps: 4, ("w", Interop.NumPy.ToNumPy(line)));
                StatisticsOracle.Check(layouts.ToString(), a, $"np.average(a, axis={py}, weights=w, keepdims={kd}, returned=True)[1]", () =>
                {
                    (NDArray avg, NDArray scl) = NDArray.AverageWithSumOfWeights(a, axis, line, keepdims);
                    avg.Dispose();
                    return scl;
                }, failures, maxUlps: 4, ("w", Interop.NumPy.ToNumPy(line)));
            }
        }

        StatisticsOracle.AssertNone(failures, cases);
    }

    [Fact]
    public void Bad_weights_raise_numpys_errors()
    {
        using NDArray a = NDArray.Arange<double>(6).Reshape(2, 3);
        using NDArray w3 = NDArray.FromArray(new[] { 1.0, 2.0, 3.0 });
        using NDArray w2d = NDArray.Full<double>([2, 2], 1.0);
        using NDArray zeros = NDArray.FromArray(new[] { 1.0, -1.0 });
        using NDArray w2 = NDArray.FromArray(new[] { 1.0, 2.0 });
        Assert.Equal("Axis must be specified when shapes of a and weights differ.", Message(() => NDArray.Average(a, weights: w3)));
        Assert.Equal("1D weights expected when shapes of a and weights differ.", Message(() => NDArray.Average(a, 0, w2d)));
        Assert.Equal("Length of weights not compatible with specified axis.", Message(() => NDArray.Average(a, 1, w2)));
        Assert.Equal("Length of weights not compatible with specified axis.", Message(() => NDArray.Average(a, 0, w3)));
        var e = Assert.Throws<DivideByZeroException>(() => NDArray.Average(a, 0, zeros));
        Assert.Equal("Weights sum to zero, can't be normalized", e.Message);

        // The same inputs in NumPy raise the same texts.
        var failures = new List<string>();
        StatisticsOracle.Check("weights", a, "np.average(a, weights=np.array([1.0, 2.0, 3.0]))", () => NDArray.Average(a, weights: w3), failures);
        StatisticsOracle.Check("weights", a, "np.average(a, axis=1, weights=np.array([1.0, 2.0]))", () => NDArray.Average(a, 1, w2), failures);
        StatisticsOracle.AssertNone(failures, 2);
    }

    private static string Message(Action act)
    {
        var e = Assert.ThrowsAny<ArgumentException>(act);
        return e.ParamName is { } p ? e.Message.Replace($" (Parameter '{p}')", "", StringComparison.Ordinal) : e.Message;
    }

    private static NDArray Weights(Random rng, nint[] shape, string dtype)
    {
        nint size = shape.Aggregate((nint)1, (p, n) => p * n);
        using NDArray<double> values = NDArray.Empty<double>(size);
        Span<double> s = values.AsSpan<double>();
        for (int i = 0; i < s.Length; i++)
            s[i] = dtype == "|b1" ? 1 : rng.Next(1, 9) + (dtype[1] == 'f' ? 0.25 : 0);
        using NDArray shaped = values.Reshape(shape);
        return shaped.AsType(DType.Parse(dtype));
    }
}
