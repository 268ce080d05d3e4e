namespace ArrayBridge.Tests;

/// <summary>
/// Every nan-function against NumPy's over random views of every dtype and byte order, with NaN
/// planted at random positions and along whole lanes (all-NaN slices), for None, each axis and
/// keepdims. Integer inputs go to the plain reductions, as in NumPy.
/// </summary>
[Collection(PythonCollection.Name)]
public sealed class NanReductionOracleTests
{
    public static TheoryData<string> Functions => new()
    {
        "nansum", "nanprod", "nancumsum", "nancumprod", "nanmin", "nanmax", "nanargmin", "nanargmax",
        "nanmean", "nanvar", "nanstd", "nanmedian", "nanquantile", "nanpercentile",
    };

    [Theory]
    [MemberData(nameof(Functions))]
    public void Random_views_with_nan_match_numpy(string name)
    {
        var failures = new List<string>();
        int cases = 0;
        for (int seed = 0; seed < 120; seed++)
        {
            using var layouts = new BridgeLayouts(5000 + seed);
            NDArray view = layouts.Array;
            if (name is "nanquantile" or "nanpercentile" or "nanmedian" && view.DType.Kind == 'c')
                continue;

            // A writable C copy in the view's dtype holds the planted NaN (views may be broadcast).
            using NDArray a = view.Copy(seed % 2 == 0 ? ArrayOrder.C : ArrayOrder.F);
            var rng = new Random(seed);
            Plant(a, rng);
            bool scalarAxis = name is "nancumsum" or "nancumprod" or "nanargmin" or "nanargmax";
            for (int k = -1; k < Math.Max(a.NDim, 1); k++)
            {
                int? axis = k < 0 || a.NDim == 0 ? null : k;
                string py = axis is null ? "None" : axis.Value.ToString();
                bool keepdims = !scalarAxis || name is "nanargmin" or "nanargmax" ? rng.Next(2) == 0 : false;
                string kd = keepdims ? "True" : "False";
                Axes axes = axis is null ? Axes.All : axis.Value;
                double q = Math.Round(rng.NextDouble(), 3);
                (string Expr, Func<NDArray> Ours) pair = name switch
                {
                    "nansum" => ($"np.nansum(a, axis={py}, keepdims={kd})", () => NDArray.NanSum(a, axes, keepdims: keepdims)),
                    "nanprod" => ($"np.nanprod(a, axis={py}, keepdims={kd})", () => NDArray.NanProd(a, axes, keepdims: keepdims)),
                    "nancumsum" => ($"np.nancumsum(a, axis={py})", () => NDArray.NanCumSum(a, axis)),
                    "nancumprod" => ($"np.nancumprod(a, axis={py})", () => NDArray.NanCumProd(a, axis)),
                    "nanmin" => ($"np.nanmin(a, axis={py}, keepdims={kd})", () => NDArray.NanMin(a, axes, keepdims: keepdims)),
                    "nanmax" => ($"np.nanmax(a, axis={py}, keepdims={kd})", () => NDArray.NanMax(a, axes, keepdims: keepdims)),
                    "nanargmin" => ($"np.nanargmin(a, axis={py}, keepdims={kd})", () => NDArray.NanArgMin(a, axis, keepdims: keepdims)),
                    "nanargmax" => ($"np.nanargmax(a, axis={py}, keepdims={kd})", () => NDArray.NanArgMax(a, axis, keepdims: keepdims)),
                    "nanmean" => ($"np.nanmean(a, axis={py}, keepdims={kd})", () => NDArray.NanMean(a, axes, keepdims: keepdims)),
                    "nanvar" => ($"np.nanvar(a, axis={py}, keepdims={kd}, ddof={seed % 2})", () => NDArray.NanVar(a, axes, ddof: seed % 2, keepdims: keepdims)),
                    "nanstd" => ($"np.nanstd(a, axis={py}, keepdims={kd})", () => NDArray.NanStd(a, axes, keepdims: keepdims)),
                    "nanmedian" => ($"np.nanmedian(a, axis={py}, keepdims={kd})", () => NDArray.NanMedian(a, axes, keepdims: keepdims)),
                    "nanquantile" => ($"np.nanquantile(a, {R(q)}, axis={py}, keepdims={kd})", () => NDArray.NanQuantile(a, q, axes, keepdims: keepdims)),
                    _ => ($"np.nanpercentile(a, np.array([{R(q * 100)}, 50.0]), axis={py}, keepdims={kd}, method='nearest')", () =>
                    {
                        using NDArray qs = NDArray.FromArray(new[] { q * 100, 50.0 });
                        return NDArray.NanPercentile(a, qs, axes, keepdims: keepdims, method: QuantileMethod.Nearest);
                    }),
                };
                cases++;
                StatisticsOracle.Check(layouts.ToString(), a, pair.Expr, pair.Ours, failures, maxUlps: Tolerance(name));
            }
        }

        StatisticsOracle.AssertNone(failures, cases);
    }

    // nanvar/nanstd reduce through the reductions engine's float sums and sqrt. nansum/nanprod are
    // np.sum/np.prod of the NaN-replaced copy; the engine's float16 product of an F-ordered array
    // along axis 0 is 1 ULP from NumPy's (np.prod itself, without any NaN), so 1 ULP is allowed there.
    private static double Tolerance(string name) => name switch
    {
        "nanvar" or "nanstd" => 2,
        "nansum" or "nanprod" => 1,
        _ => 0,
    };

    private static string R(double v)
    {
        string text = v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    /// <summary>NaN at random positions, and sometimes along a whole lane of the last axis.</summary>
    private static void Plant(NDArray a, Random rng)
    {
        if (a.DType.Kind is not ('f' or 'c') || a.Size == 0)
            return;
        using NDArray one = NDArray.FromArray(new[] { double.NaN });
        using NDArray nan = one.Reshape();
        for (int n = rng.Next(0, 4); n > 0; n--)
        {
            var index = new NDIndex[a.NDim];
            for (int i = 0; i < a.NDim; i++)
                index[i] = (nint)rng.Next((int)a.Shape[i]);
            using NDArray element = a.Index(index);
            nan.CopyTo(element, Casting.Unsafe);
        }

        if (a.NDim >= 1 && rng.Next(2) == 0)
        {
            var index = new NDIndex[a.NDim];
            for (int i = 0; i < a.NDim - 1; i++)
                index[i] = (nint)rng.Next((int)a.Shape[i]);
            index[^1] = Range.All;
            using NDArray lane = a.Index(index);
            nan.CopyTo(lane, Casting.Unsafe);
        }
    }
}
