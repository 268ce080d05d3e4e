using ArrayBridge.Interop;

namespace ArrayBridge.Tests;

/// <summary>
/// scikit-learn (Debian's 1.2) fitting models on arrays built in C#, exported without copying;
/// its results are checked against the same computation in NumPy.
/// </summary>
[Collection(PythonCollection.Name)]
public class ScikitLearnTests
{
    private static readonly string[] FeatureDTypes = ["|b1", "|i1", "|u1", "<i2", "<u2", "<i4", "<u4", "<i8", "<u8", "<f2", "<f4", "<f8", ">f8", ">i4"];
    private static readonly string[] Layouts = ["C", "F", "sliced", "reversed"];

    static ScikitLearnTests()
    {
        Python.Initialize();
    }

    public static IEnumerable<object[]> DTypesAndLayouts() =>
        from dtype in FeatureDTypes from layout in Layouts select new object[] { dtype, layout };

    /// <summary>Features (40 x 3) in the given dtype and layout, and targets, from one seed.</summary>
    private static (NDArray Features, NDArray Targets) Make(string typestr, string layout)
    {
        var rng = new Random(typestr.Aggregate(17, (h, c) => (h * 31) + c) ^ layout.Length); // stable across runs, unlike string.GetHashCode
        DType dtype = DType.Parse(typestr);
        int rows = layout == "sliced" ? 80 : 40;
        using var values = NDArray.Zeros<double>(rows, 5);
        Span<double> v = values.AsSpan<double>();
        for (int i = 0; i < v.Length; i++)
        {
            v[i] = dtype.Kind switch
            {
                'b' => rng.Next(2),
                'u' => rng.Next(0, 50),
                'i' => rng.Next(-50, 50),
                _ => Math.Round((rng.NextDouble() * 20) - 10, 2),
            };
        }

        NDArray all = NDArray.Zeros(dtype, values.Shape, layout == "F" ? ArrayOrder.F : ArrayOrder.C);
        values.CopyTo(all, Casting.Unsafe);
        NDArray features;
        using (all)
        {
            features = layout switch
            {
                "sliced" => all["::2, 1:4"],
                "reversed" => all["::-1, 3:0:-1"],
                _ => all[":, 1:4"],
            };
        }

        using NDArray wide = features.AsType(DType.Float64);
        var targets = NDArray.Zeros<double>(features.Shape[0]);
        double[] x = wide.ToArray<double>();
        for (int i = 0; i < targets.Shape[0]; i++)
        {
            targets[i] = (1.5 * x[3 * i]) - (2 * x[(3 * i) + 1]) + (0.5 * x[(3 * i) + 2]) + 3 + (0.01 * rng.NextDouble());
        }

        return (features, targets);
    }

    [Theory]
    [MemberData(nameof(DTypesAndLayouts))]
    public void Linear_regression_on_csharp_features_matches_numpys_least_squares(string typestr, string layout)
    {
        (NDArray features, NDArray targets) = Make(typestr, layout);
        using (features)
        using (targets)
        {
            using var scope = new PyScope(("x", PythonArrays.Export(features)), ("y", PythonArrays.Export(targets)));
            scope.Exec("""
                from sklearn.linear_model import LinearRegression
                model = LinearRegression().fit(x, y)
                pred = model.predict(x)
                xs = np.asarray(x).astype(np.float64)
                a = np.hstack([xs, np.ones((len(xs), 1))])
                sol = np.linalg.lstsq(a, np.asarray(y), rcond=None)[0]
                pred_np = xs @ sol[:3] + sol[3]
                # scikit-learn keeps float16/float32 features in their precision; NumPy solves in float64.
                tol = {np.float16: 2e-3, np.float32: 1e-5}.get(np.asarray(x).dtype.type, 1e-9)
                """);
            Assert.True(scope.Eval<bool>("np.allclose(model.coef_, sol[:3], rtol=tol, atol=tol)"), scope.Eval<string>("repr((model.coef_, sol))"));
            Assert.True(scope.Eval<bool>("np.isclose(model.intercept_, sol[3], rtol=tol, atol=tol)"));
            using PyObject pred = scope.Get("pred"), predNp = scope.Get("pred_np");
            using NDArray p = PythonArrays.Import(pred, out ArrayProtocol protocol);
            Assert.Equal(ArrayProtocol.NumPy, protocol);
            Assert.Equal(scope.Eval<long>("pred.ctypes.data"), p.DataPointer); // predictions come back in place
            TorchTests.AssertClose(NumPy.FromNumPy(predNp), p, scope.Eval<double>("tol") * 10);
        }
    }

    [Theory]
    [InlineData("C")]
    [InlineData("F")]
    [InlineData("sliced")]
    [InlineData("reversed")]
    public void Check_array_takes_the_csharp_memory_without_copying(string layout)
    {
        (NDArray features, NDArray targets) = Make("<f8", layout);
        using (features)
        using (targets)
        {
            using var scope = new PyScope(("x", PythonArrays.Export(features)));
            scope.Exec("from sklearn.utils import check_array; checked = check_array(x, dtype=None, order=None, copy=False)");
            Assert.Equal(features.DataPointer, scope.Eval<long>("checked.ctypes.data"));
            Assert.Equal(features.Strides.ToArray().Select(s => (long)s), scope.Eval<long[]>("list(checked.strides)"));
        }
    }

    [Fact]
    public void Complex_features_are_refused_by_scikit_learn_with_its_own_error()
    {
        using var x = NDArray.Zeros(DType.Complex128, [10, 2]);
        using var scope = new PyScope(("x", PythonArrays.Export(x)));
        PythonException? e = scope.Raises("from sklearn.linear_model import LinearRegression; LinearRegression().fit(x, np.zeros(10))");
        Assert.Equal("ValueError", e?.PythonTypeName);
        Assert.Contains("Complex data not supported", e!.PythonMessage);
    }

    [Fact]
    public void Kmeans_finds_the_clusters_and_its_centers_are_numpys_group_means()
    {
        var rng = new Random(3);
        using var x = NDArray.Zeros<double>(90, 2);
        double[][] centers = [[0, 0], [10, 10], [-10, 8]];
        for (int i = 0; i < 90; i++)
        {
            x[i, 0] = centers[i % 3][0] + (rng.NextDouble() - 0.5);
            x[i, 1] = centers[i % 3][1] + (rng.NextDouble() - 0.5);
        }

        using var scope = new PyScope(("x", PythonArrays.Export(x)));
        scope.Exec("""
            from sklearn.cluster import KMeans
            km = KMeans(n_clusters=3, n_init=1, random_state=0).fit(x)
            labels = km.labels_
            means = np.array([np.asarray(x)[labels == k].mean(axis=0) for k in range(3)])
            """);
        using PyObject labels = scope.Get("labels");
        using NDArray<int> l = PythonArrays.Import<int>(labels);
        int[] assigned = l.ToArray<int>();
        for (int i = 3; i < 90; i++)
        {
            Assert.Equal(assigned[i % 3], assigned[i]); // every point joins its generating cluster
        }

        Assert.Equal(3, assigned.Take(3).Distinct().Count());
        using PyObject fitted = scope.Eval("km.cluster_centers_"), means = scope.Get("means");
        TorchTests.AssertClose(NumPy.FromNumPy(means), PythonArrays.Import(fitted), 1e-9);
    }
}
