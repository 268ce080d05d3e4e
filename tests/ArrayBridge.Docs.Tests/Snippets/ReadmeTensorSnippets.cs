namespace ArrayBridge.Docs.Tests;

/// <summary>README.md, "A tour of NDArray": the short examples of each NDArray capability.</summary>
[Collection(DocsCollection.Name)]   // MatrixProducts captures Console.Out, which no parallel test may swap meanwhile
public class ReadmeTensorSnippets
{
    [Fact]
    public void Scope()
    {
        // <snippet:readme-scope>
        static NDArray<float> ReversedColumnsAsFloat32(NDArray<double> a)
        {
            using var scope = NDArray.Scope();
            NDArray<double> r = a.Transpose()["::-1"];   // two views, both owned by the scope
            return scope.MoveToOuter(r.AsType<float>()); // the copy goes to the caller's scope (or none)
        }
        // </snippet>
        using NDArray<double> input = NDArray.Arange<double>(6).Reshape(2, 3);
        using NDArray<float> result = ReversedColumnsAsFloat32(input);
        Assert.Equal(new float[] { 2, 5, 1, 4, 0, 3 }, result.ToArray());
        Assert.False(input.IsDisposed);
    }

    [Fact]
    public void Arithmetic()
    {
        using NDArray<double> m = NDArray.Arange<double>(12).Reshape(3, 4);
        using NDArray<double> row = NDArray.Arange<double>(4);
        using NDArray<double> a = NDArray.Arange<double>(4);
        using NDArray<double> b = NDArray.Full<double>([4], 10.0);
        using NDArray<double> o = NDArray.Full<double>([4], -1.0);
        using NDArray<bool> mask = NDArray.Wrap(new[] { true, false, true, false }, [4]);
        using NDArray<int> i = NDArray.Arange<int>(1, 5, 1);
        using NDArray<int> j = NDArray.Full<int>([4], 2);
        using NDArray<double> floats = NDArray.Full<double>([4], 1.75);
        using NDArray<int> ints = NDArray.Zeros<int>(4);
        // <snippet:readme-arithmetic>
        using NDArray r = NDArray.Add(m, row);                          // (3, 4) + (4,): broadcasting
        NDArray.Multiply(a, 2.0, @out: a);                              // out=: in place
        NDArray.Add(a, b, @out: o, where: mask);                        // where=: only where mask is true
        using NDArray f = NDArray.Divide(i, j, dtype: DType.Float32);   // dtype= picks the loop
        NDArray.Add(floats, floats, @out: ints, casting: Casting.Unsafe); // casting= (same_kind by default)
        // </snippet>
        Assert.Equal("(3, 4)", r.Shape.ToString());
        Assert.Equal(14.0, r.ToArray<double>()[^1]);
        Assert.Equal(new[] { 0.0, 2, 4, 6 }, a.ToArray());
        Assert.Equal(new[] { 10.0, -1, 14, -1 }, o.ToArray());
        Assert.Equal(DType.Float32, f.DType);
        Assert.Equal(new[] { 0.5f, 1, 1.5f, 2 }, f.ToArray<float>());
        Assert.Equal(new[] { 3, 3, 3, 3 }, ints.ToArray());
    }

    [Fact]
    public void MatrixProducts()
    {
        using NDArray<double> a = NDArray.Arange<double>(6).Reshape(2, 3);
        using NDArray<double> b = NDArray.Arange<double>(12).Reshape(3, 4);
        using NDArray<double> x = NDArray.Arange<double>(3);
        using NDArray<float> q = NDArray.Arange<float>(24).Reshape(2, 3, 4);
        using NDArray<float> k = NDArray.Arange<float>(40).Reshape(2, 5, 4);
        using NDArray m = NDArray.Arange<sbyte>(9).Reshape(3, 3);
        var output = new StringWriter();
        TextWriter console = Console.Out;
        Console.SetOut(output);
        try
        {
            // <snippet:readme-matmul>
            using NDArray c = NDArray.MatMul(a, b);                        // (..., n, k) @ (..., k, m)
            using NDArray y = a.Dot(x);                                    // np.dot(a, x)
            using NDArray g = NDArray.Einsum("bij,bkj->bik", q, k);        // a batch of Q·Kᵀ
            using NDArray t = m.Trace();                                   // int8 input: int64 result
            Console.WriteLine(Blas.Description);  // libopenblas.so.0 = /usr/lib/.../libopenblasp-r0.3.21.so (OpenBLAS 0.3.21 ...; 2 threads)
            // </snippet>
            Assert.Equal("(2, 4)", c.Shape.ToString());
            Assert.Equal(new[] { 5.0, 14.0 }, y.ToArray<double>());
            Assert.Equal("(2, 3, 5)", g.Shape.ToString());
            Assert.Equal(DType.Int64, t.DType);
            Assert.Equal(12L, t.ToArray<long>()[0]);
        }
        finally
        {
            Console.SetOut(console);
        }

        Assert.Contains(Blas.Description, output.ToString(), StringComparison.Ordinal);
        // The comment's form, with build.sh's Debian OpenBLAS (pthread build) installed.
        Assert.Matches(@"^libopenblas\.so\.0 = /usr/lib/\S+/libopenblasp-r0\.3\.\d+\.so \(OpenBLAS 0\.3\.\d+ .*; \d+ threads?\)$", Blas.Description);
    }

    [Fact]
    public void Reductions()
    {
        using NDArray<double> m = NDArray.Arange<double>(12).Reshape(3, 4);
        using NDArray<double> cube = NDArray.Arange<double>(24).Reshape(2, 3, 4);
        using NDArray<bool> mask = m > 5.0;
        using NDArray<double> prices = NDArray.FromArray(new[] { 1.5, 2.5, 3.0 });
        using NDArray<int> ints = NDArray.FromArray(new[] { int.MaxValue, int.MaxValue, 1 });
        // <snippet:readme-reductions>
        using NDArray cols = m.Sum(0);                                     // np.sum(m, axis=0)
        using NDArray mu = NDArray.Mean(cube, (0, 2), keepdims: true);     // broadcasts against cube
        using NDArray top = NDArray.Max(m, 1, initial: 0.0, where: mask);  // masked, with a start value
        double total = prices.Sum();        // an NDArray<double> sums to a double
        long count = ints.Sum();            // an NDArray<int> sums to int64, as in NumPy
        double sd = ints.Std(ddof: 1);      // integers compute in float64
        // </snippet>
        Assert.Equal(new[] { 12.0, 15, 18, 21 }, cols.ToArray<double>());
        Assert.Equal("(1, 3, 1)", mu.Shape.ToString());
        Assert.Equal(new[] { 0.0, 7, 11 }, top.ToArray<double>());
        Assert.Equal(7.0, total);
        Assert.Equal(2L * int.MaxValue + 1, count);
        Assert.True(sd > 1e9);
    }

    [Fact]
    public void AdvancedIndexing()
    {
        using NDArray<double> a = NDArray.Arange<double>(12).Reshape(3, 4) / 10.0;
        using NDArray<double> m = NDArray.Arange<double>(20).Reshape(5, 4);
        using NDArray<double> cube = NDArray.Zeros<double>(2, 3, 4, 5);
        using NDArray<long> idx = NDArray.FromArray(new long[] { 0, 1 });
        using NDArray<bool> mask = a > 0.95;
        using NDArray<double> values = NDArray.FromArray(new[] { -1.0, -2.0 });
        using NDArray<double> x = NDArray.Zeros<double>(3);
        using NDArray<bool> c1 = a < 0.2, c2 = a > 1.0;
        using NDArray<double> x1 = NDArray.Full<double>([3, 4], 1.0), x2 = NDArray.Full<double>([3, 4], 2.0);
        // <snippet:readme-indexing>
        using NDArray big = a[NDArray.Greater(a, 0.5)];          // a[a > 0.5]: a copy, in C order
        using NDArray rows = m[new[] { 3, 0, 3 }];                // m[[3, 0, 3]]
        using NDArray cols = cube[.., idx, .., idx];              // separated: the index shape goes first
        a[mask] = values;                                         // a[mask] = values (broadcast)
        a.Set(0.0, mask);                                         // a[mask] = 0
        x[new[] { 0, 0, 1 }] += 1;                                // adds once per position, as NumPy
        NDArray.AddAt(x, new[] { 0, 0, 1 }, 1);                   // np.add.at: adds twice to x[0]
        using NDArray t = a.Take(idx, axis: 1, mode: IndexMode.Clip);
        NDArray[] nz = a.Nonzero();                               // also ArgWhere, FlatNonzero
        using NDArray picked = NDArray.Select([c1, c2], [x1, x2], 0.0);
        // </snippet>
        Assert.Equal(6, big.Size);
        Assert.Equal("(3, 4)", rows.Shape.ToString());
        Assert.Equal(12.0, rows.ToArray<double>()[0]);
        Assert.Equal("(2, 2, 4)", cols.Shape.ToString());
        Assert.Equal(0.0, a.At(2, 2));
        Assert.Equal(new[] { 3.0, 2, 0 }, x.ToArray());
        Assert.Equal("(3, 2)", t.Shape.ToString());
        Assert.Equal(2, nz.Length);
        Assert.Equal(1.0, picked.ToArray<double>()[0]);
        Assert.Equal(2.0, picked.ToArray<double>()[^1]);
        foreach (NDArray part in nz)
        {
            part.Dispose();
        }
    }

    [Fact]
    public void Statistics()
    {
        using NDArray a = NDArray.Arange<sbyte>(6).Reshape(2, 3);
        using NDArray<double> m = NDArray.Arange<double>(24).Reshape(2, 3, 4);
        using NDArray<double> w = NDArray.FromArray(new[] { 1.0, 2.0, 1.0 });
        using NDArray<double> withGaps = NDArray.FromArray(new[] { 1.0, double.NaN, double.NaN, double.NaN }).Reshape(2, 2);
        // <snippet:readme-statistics>
        using NDArray run = NDArray.CumSum(a, axis: 1);                   // int8 input gives int64, as NumPy
        using NDArray med = NDArray.Median(m, axis: (0, 2), keepdims: true);
        using NDArray qs = NDArray.FromArray(new[] { 0.1, 0.5, 0.9 });
        using NDArray deciles = NDArray.Quantile(m, qs, axis: -1);      // shape (3,) + the kept axes
        using NDArray low = NDArray.Percentile(m, 25, method: QuantileMethod.Lower); // the input's dtype
        using NDArray avg = NDArray.Average(m, axis: 1, weights: w);    // 1-d weights along the axis
        using NDArray clean = NDArray.NanMean(withGaps, axis: 0);       // NaN skipped; an all-NaN column is NaN
        // </snippet>
        Assert.Equal(DType.Int64, run.DType);
        Assert.Equal("(1, 3, 1)", med.Shape.ToString());
        Assert.Equal("(3, 2, 3)", deciles.Shape.ToString());
        Assert.Equal(DType.Float64, low.DType);
        Assert.Equal("(2, 4)", avg.Shape.ToString());
        double[] means = clean.ToArray<double>();
        Assert.Equal(1.0, means[0]);
        Assert.True(double.IsNaN(means[1]));
    }

    [Fact]
    public void Sorting()
    {
        using NDArray<double> m = NDArray.FromArray(new[] { 3.0, 1, 2, 0 }).Reshape(2, 2);
        using NDArray<double> prices = NDArray.FromArray(new[] { 2.0, 1.0, 2.0 });
        using NDArray<int> scores = NDArray.FromArray(new[] { 5, 9, 1, 7, 3 });
        using NDArray<double> sorted1d = NDArray.FromArray(new[] { 1.0, 2.0, 2.0, 3.0 });
        using NDArray<double> queries = NDArray.FromArray(new[] { 2.0 });
        using NDArray<int> ages = NDArray.FromArray(new[] { 30, 20, 10 });
        using NDArray<int> names = NDArray.FromArray(new[] { 2, 1, 2 });
        using NDArray<int> labels = NDArray.FromArray(new[] { 3, 1, 3, 2 });
        // <snippet:readme-sorting>
        using NDArray sorted = NDArray.Sort(m, axis: 0);                  // np.sort(m, axis=0)
        using NDArray order = NDArray.ArgSort(prices, kind: SortKind.Stable);
        using NDArray top3 = NDArray.Partition(scores, -3);               // the 3 largest last, unordered
        using NDArray at = NDArray.SearchSorted(sorted1d, queries, SearchSide.Right);
        using NDArray byNameThenAge = NDArray.LexSort([ages, names]);     // names primary
        using UniqueResult u = NDArray.Unique(labels, returnInverse: true, returnCounts: true);
        // u.Values, u.Inverse (u.Values[u.Inverse] rebuilds the flattened labels), u.Counts
        // </snippet>
        Assert.Equal(new[] { 2.0, 0, 3, 1 }, sorted.ToArray<double>());
        Assert.Equal(new long[] { 1, 0, 2 }, order.ToArray<long>());
        Assert.Equal(new[] { 5, 7, 9 }, top3.ToArray<int>()[2..].Order().ToArray());
        Assert.Equal(new long[] { 3 }, at.ToArray<long>());
        Assert.Equal(new long[] { 1, 2, 0 }, byNameThenAge.ToArray<long>());
        Assert.Equal(new[] { 1, 2, 3 }, u.Values.ToArray<int>());
        Assert.Equal(new long[] { 1, 1, 2 }, u.Counts!.ToArray<long>());
        using NDArray rebuilt = u.Values[u.Inverse!];
        Assert.Equal(labels.ToArray(), rebuilt.ToArray<int>());
    }

    [Fact]
    public void Joining()
    {
        using NDArray<double> a = NDArray.Arange<double>(6).Reshape(2, 3);
        using NDArray<int> b = NDArray.Arange<int>(4).Reshape(2, 2);
        using NDArray<double> m = NDArray.Arange<double>(12).Reshape(4, 3);
        // <snippet:readme-joining>
        using NDArray both = NDArray.Concatenate([a, b], axis: 1);          // dtype by NumPy's promotion
        using NDArray flat = NDArray.Concatenate([a, b], axis: null);       // np.concatenate(..., axis=None)
        NDArray[] thirds = m.ArraySplit(3, axis: 0);                        // views, first ones one longer
        using NDArray back = m.Flip(0);                                     // a view: no copy
        using NDArray framed = m.Pad([(1, 1), (2, 0)], PadMode.Reflect);    // np.pad(m, ((1,1),(2,0)), 'reflect')
        using NDArray x = NDArray.Linspace(0, 1, 11);                       // bit for bit np.linspace
        NDArray[] grid = NDArray.Meshgrid([x, x], MeshgridIndexing.Ij, copy: false); // read-only broadcast views
        // </snippet>
        Assert.Equal("(2, 5)", both.Shape.ToString());
        Assert.Equal(DType.Float64, both.DType);
        Assert.Equal(10, flat.Size);
        Assert.Equal(new[] { "(2, 3)", "(1, 3)", "(1, 3)" }, thirds.Select(t => t.Shape.ToString()));
        Assert.Equal(9.0, back.ToArray<double>()[0]);
        Assert.Equal("(6, 5)", framed.Shape.ToString());
        Assert.Equal(0.1, x.ToArray<double>()[1]);
        Assert.False(grid[0].Flags.HasFlag(ArrayFlags.Writeable));
        foreach (NDArray view in thirds.Concat(grid))
        {
            view.Dispose();
        }
    }
}
