namespace ArrayBridge.Tests;

/// <summary>
/// matmul, dot, vdot, inner, outer, tensordot, trace, diagonal and einsum against the embedded
/// NumPy: result dtype for every dtype pair, values (integers exact, floats within k·eps·|a||b|),
/// C, F, strided, reversed and transposed operands, batch broadcasting, and NumPy's error messages.
/// Each theory runs once through CBLAS and once with the managed kernel forced.
/// </summary>
[Collection(PythonCollection.Name)]
public sealed class LinearAlgebraOracleTests
{
    public static TheoryData<bool> Providers => new() { false, true };

    private static readonly string[] Layouts = ["C", "F", "strided", "reversed", "T"];

    private static Dictionary<string, object?> NoKw() => [];

    private static T WithProvider<T>(bool managed, Func<T> body)
    {
        bool before = Blas.ForceManaged;
        Blas.ForceManaged = managed;
        try
        {
            return body();
        }
        finally
        {
            Blas.ForceManaged = before;
        }
    }

    [Fact]
    public void The_oracle_catches_a_product_off_by_more_than_rounding()
    {
        var rng = new Random(10);
        NDArray a = LinalgOracle.Random(DType.Float64, rng, 3, 4);
        NDArray b = LinalgOracle.Random(DType.Float64, rng, 4, 2);
        NDArray i = LinalgOracle.Random(DType.Int16, rng, 3, 4);
        NDArray j = LinalgOracle.Random(DType.Int16, rng, 4, 2);
        List<string> failures = LinalgOracle.Run(
        [
            new("matmul", [a, b], NoKw(), () => NDArray.Multiply(NDArray.MatMul(a, b), 1 + 1e-9), "float64 scaled by 1+1e-9"),
            new("matmul", [i, j], NoKw(), () => NDArray.Add(NDArray.MatMul(i, j), (short)1), "int16 plus one"),
            new("matmul", [i, j], NoKw(), () => NDArray.MatMul(i, j, dtype: DType.Int32), "int16 computed as int32"),
        ]);
        Assert.Equal(3, failures.Count);
    }

    [Fact]
    public void A_blas_library_is_found_on_this_machine()
    {
        // build.sh installs Debian's OpenBLAS; the product paths must be exercised through it.
        Assert.True(Blas.IsAvailable, Blas.Description);
        Assert.Contains("openblas", Blas.LibraryName!, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(Blas.OpenBlasConfig);
        Assert.True(File.Exists(Blas.LibraryFile), $"LibraryFile '{Blas.LibraryFile}' names no file");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Matmul_float64_matches_numpy_for_every_layout_pair(bool managed)
    {
        var rng = new Random(11);
        var cases = new List<LinalgCase>();
        // Past ManagedGemm.SmallProduct multiply-adds the BLAS provider calls ?gemm, ?gemv or ?dot.
        (nint N, nint K, nint M)[] sizes =
        [
            (3, 4, 5), (1, 7, 1), (1, 6, 4), (5, 6, 1), (17, 33, 9), (70, 300, 41), (0, 3, 2), (2, 0, 3),
            (1, 1500, 1), (1, 600, 4), (5, 600, 1), (40, 30, 1), (1, 30, 40),
        ];
        foreach (var (n, k, m) in sizes)
        {
            foreach (string la in Layouts)
            {
                foreach (string lb in Layouts)
                {
                    NDArray a = LinalgOracle.Layout(DType.Float64, rng, la, n, k);
                    NDArray b = LinalgOracle.Layout(DType.Float64, rng, lb, k, m);
                    cases.Add(new("matmul", [a, b], NoKw(), () => NDArray.MatMul(a, b), $"({n},{k}) {la} @ ({k},{m}) {lb}"));
                }
            }
        }

        LinalgOracle.AssertNone(WithProvider(managed, () => LinalgOracle.Run(cases)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Matmul_broadcasts_batches_and_vectors_as_numpy(bool managed)
    {
        var rng = new Random(12);
        var cases = new List<LinalgCase>();
        // Core sizes past ManagedGemm.SmallProduct so the BLAS provider loops ?gemm/?gemv per matrix,
        // and tiny ones (the managed loops) beside them.
        (nint[] A, nint[] B)[] shapes =
        [
            ([4], [4]), ([1200], [1200]), ([40], [40, 30]), ([20, 40], [40]), ([5, 20, 40], [40]), ([40], [5, 40, 30]),
            ([5, 20, 40], [40, 30]), ([20, 40], [5, 40, 30]), ([5, 20, 40], [5, 40, 30]), ([1, 20, 40], [5, 40, 30]),
            ([3, 1, 20, 40], [5, 40, 30]), ([2, 3, 2, 4], [1, 3, 4, 2]), ([0, 20, 40], [40, 30]), ([6, 30, 40], [40, 50]),
        ];
        foreach (DType dtype in new[] { DType.Float64, DType.Complex128, DType.Float32, DType.Int64 })
        {
            foreach (var (sa, sb) in shapes)
            {
                foreach (string layout in new[] { "C", "reversed", "T" })
                {
                    NDArray a = LinalgOracle.Layout(dtype, rng, layout, sa);
                    NDArray b = LinalgOracle.Layout(dtype, rng, "C", sb);
                    cases.Add(new("matmul", [a, b], NoKw(), () => NDArray.MatMul(a, b), $"{dtype} {NDArray.FormatCompact(sa)} {layout} @ {NDArray.FormatCompact(sb)}"));
                }
            }
        }

        // A batch over a shared matrix whose stacked rows are contiguous takes the single-product path.
        NDArray stacked = LinalgOracle.Random(DType.Float64, rng, 7, 30, 50);
        NDArray shared = LinalgOracle.Random(DType.Float64, rng, 50, 40);
        cases.Add(new("matmul", [stacked, shared], NoKw(), () => NDArray.MatMul(stacked, shared), "folded batch"));
        LinalgOracle.AssertNone(WithProvider(managed, () => LinalgOracle.Run(cases)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Matmul_result_dtype_and_values_match_numpy_for_every_dtype_pair(bool managed)
    {
        var rng = new Random(13);
        var cases = new List<LinalgCase>();
        foreach (DType x in DType.All)
        {
            foreach (DType y in DType.All)
            {
                NDArray a = LinalgOracle.Layout(x, rng, "F", 13, 19);
                NDArray b = LinalgOracle.Layout(y, rng, "strided", 19, 12);
                cases.Add(new("matmul", [a, b], NoKw(), () => NDArray.MatMul(a, b), $"{x} @ {y}"));
                NDArray v = LinalgOracle.Random(x, rng, 1100);
                NDArray w = LinalgOracle.Random(y, rng, 1100);
                cases.Add(new("dot", [v, w], NoKw(), () => NDArray.Dot(v, w), $"dot {x}·{y}"));
            }
        }

        LinalgOracle.AssertNone(WithProvider(managed, () => LinalgOracle.Run(cases)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Integer_products_wrap_exactly_as_numpy(bool managed)
    {
        var rng = new Random(14);
        var cases = new List<LinalgCase>();
        foreach (DType dtype in new[] { DType.Int8, DType.UInt8, DType.Int16, DType.UInt16, DType.Int32, DType.UInt32, DType.Int64, DType.UInt64, DType.Bool })
        {
            // Sizes past the packed kernel's edges (tile width, K block of 256) and the parallel threshold.
            foreach (var (n, k, m) in new (nint, nint, nint)[] { (5, 7, 3), (33, 300, 50), (130, 260, 70) })
            {
                NDArray a = LinalgOracle.Layout(dtype, rng, "C", n, k);
                NDArray b = LinalgOracle.Layout(dtype, rng, "T", k, m);
                cases.Add(new("matmul", [a, b], NoKw(), () => NDArray.MatMul(a, b), $"{dtype} ({n},{k},{m})"));
            }
        }

        LinalgOracle.AssertNone(WithProvider(managed, () => LinalgOracle.Run(cases)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Large_float_products_match_numpy_within_rounding(bool managed)
    {
        var rng = new Random(15);
        var cases = new List<LinalgCase>();
        foreach (DType dtype in new[] { DType.Float64, DType.Float32, DType.Complex64, DType.Complex128, DType.Float16 })
        {
            foreach (string layout in new[] { "C", "F", "strided" })
            {
                NDArray a = LinalgOracle.Layout(dtype, rng, layout, 150, 270);
                NDArray b = LinalgOracle.Layout(dtype, rng, "C", 270, 130);
                cases.Add(new("matmul", [a, b], NoKw(), () => NDArray.MatMul(a, b), $"{dtype} {layout} (150,270)@(270,130)"));
            }
        }

        LinalgOracle.AssertNone(WithProvider(managed, () => LinalgOracle.Run(cases, k: 270)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Dot_inner_outer_vdot_tensordot_follow_numpy(bool managed)
    {
        var rng = new Random(16);
        var cases = new List<LinalgCase>();
        foreach (DType dtype in new[] { DType.Float64, DType.Complex128, DType.Int32, DType.Float32 })
        {
            (nint[] A, nint[] B)[] dotShapes = [([3], [3]), ([2, 3], [3]), ([3], [3, 4]), ([2, 3], [3, 4]), ([2, 5, 3], [3]), ([2, 5, 3], [3, 4]), ([2, 5, 3], [6, 3, 4]), ([3], [2, 3, 4]), ([], [2, 3]), ([2, 3], [])];
            foreach (var (sa, sb) in dotShapes)
            {
                NDArray a = LinalgOracle.Layout(dtype, rng, "reversed", sa);
                NDArray b = LinalgOracle.Layout(dtype, rng, "F", sb);
                cases.Add(new("dot", [a, b], NoKw(), () => NDArray.Dot(a, b), $"dot {dtype} {NDArray.FormatCompact(sa)}·{NDArray.FormatCompact(sb)}"));
            }

            (nint[] A, nint[] B)[] innerShapes = [([3], [3]), ([2, 3], [4, 3]), ([2, 5, 3], [4, 3]), ([3], [2, 4, 3]), ([], [2, 3])];
            foreach (var (sa, sb) in innerShapes)
            {
                NDArray a = LinalgOracle.Layout(dtype, rng, "T", sa);
                NDArray b = LinalgOracle.Layout(dtype, rng, "strided", sb);
                cases.Add(new("inner", [a, b], NoKw(), () => NDArray.Inner(a, b), $"inner {dtype} {NDArray.FormatCompact(sa)}·{NDArray.FormatCompact(sb)}"));
            }

            NDArray o1 = LinalgOracle.Layout(dtype, rng, "T", 2, 3);
            NDArray o2 = LinalgOracle.Random(dtype, rng, 4);
            cases.Add(new("outer", [o1, o2], NoKw(), () => NDArray.Outer(o1, o2), $"outer {dtype}"));
            NDArray v1 = LinalgOracle.Layout(dtype, rng, "F", 3, 4);
            NDArray v2 = LinalgOracle.Layout(dtype, rng, "reversed", 2, 6);
            cases.Add(new("vdot", [v1, v2], NoKw(), () => NDArray.Vdot(v1, v2), $"vdot {dtype}"));
            NDArray t1 = LinalgOracle.Layout(dtype, rng, "strided", 3, 4, 5);
            NDArray t2 = LinalgOracle.Layout(dtype, rng, "C", 4, 5, 2);
            NDArray t3 = LinalgOracle.Layout(dtype, rng, "C", 5, 3);
            cases.Add(new("tensordot", [t1, t2], NoKw(), () => NDArray.TensorDot(t1, t2), $"tensordot {dtype} axes=2"));
            cases.Add(new("tensordot", [t1, t2], new() { ["axes"] = 0L }, () => NDArray.TensorDot(t1, t2, 0), $"tensordot {dtype} axes=0"));
            cases.Add(new("tensordot", [t1, t3], new() { ["axes"] = new object?[] { new object?[] { 2L, 0L }, new object?[] { 0L, 1L } } },
                () => NDArray.TensorDot(t1, t3, [2, 0], [0, 1]), $"tensordot {dtype} axes=([2,0],[0,1])"));
        }

        LinalgOracle.AssertNone(WithProvider(managed, () => LinalgOracle.Run(cases)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Trace_and_diagonal_follow_numpy(bool managed)
    {
        var rng = new Random(17);
        var cases = new List<LinalgCase>();
        foreach (DType dtype in DType.All)
        {
            NDArray sq = LinalgOracle.Layout(dtype, rng, "reversed", 4, 5);
            NDArray cube = LinalgOracle.Layout(dtype, rng, "F", 3, 4, 5);
            foreach (int offset in new[] { 0, 1, -2, 4, -5, 7 })
            {
                int off = offset;
                cases.Add(new("trace", [sq], new() { ["offset"] = (long)off }, () => sq.Trace(off), $"trace {dtype} offset {off}"));
                cases.Add(new("diagonal", [sq], new() { ["offset"] = (long)off }, () => sq.Diagonal(off), $"diagonal {dtype} offset {off}"));
            }

            cases.Add(new("trace", [cube], new() { ["axis1"] = 2L, ["axis2"] = 0L }, () => cube.Trace(0, 2, 0), $"trace {dtype} axes (2,0)"));
            cases.Add(new("diagonal", [cube], new() { ["offset"] = 1L, ["axis1"] = -1L, ["axis2"] = 1L }, () => cube.Diagonal(1, -1, 1), $"diagonal {dtype} axes (-1,1)"));
        }

        NDArray f = LinalgOracle.Random(DType.Float32, rng, 3, 3);
        cases.Add(new("trace", [f], new() { ["dtype"] = "float64" }, () => f.Trace(dtype: DType.Float64), "trace float32 dtype=float64"));
        LinalgOracle.AssertNone(WithProvider(managed, () => LinalgOracle.Run(cases)));
    }

    [Fact]
    public void Diagonal_is_a_read_only_view_as_in_numpy()
    {
        using NDArray a = NDArray.Arange(12.0).Reshape(3, 4);
        using NDArray d = a.Diagonal(1);
        Assert.False(d.IsWriteable);
        Assert.True(d.DataPointer == a.DataPointer + 8, "the diagonal starts at a[0, 1] in a's memory");
        Assert.Equal([1.0, 6.0, 11.0], d.ToArray<double>());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Einsum_matches_numpy(bool managed)
    {
        var rng = new Random(18);
        var cases = new List<LinalgCase>();
        (string Spec, nint[][] Shapes)[] specs =
        [
            ("ij,jk->ik", [[3, 4], [4, 5]]), ("ij,jk", [[3, 4], [4, 5]]), ("ij->ji", [[3, 4]]), ("ij", [[3, 4]]), ("ji", [[3, 4]]),
            ("ii->i", [[4, 4]]), ("ii", [[4, 4]]), ("ij->", [[3, 4]]), ("ij->i", [[3, 4]]), ("ij->j", [[3, 4]]), ("i,i", [[5], [5]]),
            ("i,i->i", [[5], [5]]), ("i,j->ij", [[3], [4]]), ("i,j", [[3], [4]]), ("bij,bjk->bik", [[2, 3, 4], [2, 4, 5]]),
            ("...ij,...jk->...ik", [[2, 3, 4], [4, 5]]), ("...ij,...jk", [[6, 2, 3, 4], [1, 4, 5]]), ("...ii->...i", [[2, 3, 3]]),
            ("ij,ij->ij", [[3, 4], [3, 4]]), ("ij,ij->", [[3, 4], [3, 4]]), ("ij,kj->ik", [[3, 4], [5, 4]]), ("ijk,jil->kl", [[3, 4, 5], [4, 3, 2]]),
            ("ij,jk,kl->il", [[2, 3], [3, 4], [4, 5]]), ("iij,jk->ik", [[3, 3, 4], [4, 2]]), ("ij,k->ijk", [[2, 3], [4]]), ("Ab,bA->A", [[3, 4], [4, 3]]),
            ("i,i->", [[0], [0]]), ("ij,jk->ik", [[0, 3], [3, 2]]), ("i,i", [[3], [1]]), ("ij,j", [[2, 3], [1]]), ("ij,ij->i", [[2, 1], [2, 3]]),
        ];
        foreach (DType dtype in new[] { DType.Float64, DType.Int32, DType.Complex64, DType.Int8, DType.Bool })
        {
            foreach (var (spec, shapes) in specs)
            {
                NDArray[] ops = shapes.Select((s, i) => LinalgOracle.Layout(dtype, rng, i == 0 ? "T" : "C", s)).ToArray();
                cases.Add(new("einsum", [spec, .. ops], NoKw(), () => NDArray.Einsum(spec, ops), $"einsum {dtype} '{spec}'"));
            }
        }

        LinalgOracle.AssertNone(WithProvider(managed, () => LinalgOracle.Run(cases)));
    }

    [Fact]
    public void Bad_input_gets_numpys_messages()
    {
        var cases = new List<LinalgCase>();
        void Add(string function, object?[] args, Func<NDArray> ours, string label, Dictionary<string, object?>? kw = null) =>
            cases.Add(new(function, args, kw ?? NoKw(), ours, label));

        NDArray m23 = NDArray.Zeros<double>(2, 3), m34 = NDArray.Zeros<double>(3, 4), m24 = NDArray.Zeros<double>(2, 4);
        NDArray s = NDArray.Zeros<double>(), v3 = NDArray.Zeros<double>(3), v2 = NDArray.Zeros<double>(2);
        NDArray b223 = NDArray.Zeros<double>(2, 2, 3), b334 = NDArray.Zeros<double>(3, 3, 4), m33 = NDArray.Zeros<double>(3, 3);
        Add("matmul", [m23, m23], () => NDArray.MatMul(m23, m23), "matmul core mismatch");
        Add("matmul", [s, m23], () => NDArray.MatMul(s, m23), "matmul 0-d left");
        Add("matmul", [m23, s], () => NDArray.MatMul(m23, s), "matmul 0-d right");
        Add("matmul", [b223, b334], () => NDArray.MatMul(b223, b334), "matmul batch mismatch");
        Add("matmul", [v3, v2], () => NDArray.MatMul(v3, v2), "matmul vector mismatch");
        NDArray wrongOut = NDArray.Zeros<double>(2, 5), intOut = NDArray.Zeros<int>(2, 4);
        Add("matmul", [m23, m34], () => NDArray.MatMul(m23, m34, wrongOut), "matmul out core", new() { ["out"] = wrongOut });
        Add("matmul", [m23, m34], () => NDArray.MatMul(m23, m34, intOut), "matmul out cast", new() { ["out"] = intOut });
        Add("dot", [m23, m23], () => NDArray.Dot(m23, m23), "dot (2,3)·(2,3)");
        Add("dot", [v3, v2], () => NDArray.Dot(v3, v2), "dot vectors");
        Add("dot", [b223, b334], () => NDArray.Dot(b223, b334), "dot N-d");
        Add("inner", [m23, m24], () => NDArray.Inner(m23, m24), "inner");
        Add("vdot", [m23, m24], () => NDArray.Vdot(m23, m24), "vdot");
        Add("tensordot", [m23, m24], () => NDArray.TensorDot(m23, m24, [1], [0]), "tensordot", new() { ["axes"] = new object?[] { new object?[] { 1L }, new object?[] { 0L } } });
        Add("trace", [v3], () => v3.Trace(), "trace 1-d");
        Add("diagonal", [m33], () => m33.Diagonal(0, 0, 0), "diagonal same axes", new() { ["axis1"] = 0L, ["axis2"] = 0L });
        Add("diagonal", [m33], () => m33.Diagonal(0, 0, 5), "diagonal axis out of range", new() { ["axis1"] = 0L, ["axis2"] = 5L });
        Add("einsum", ["ij,jk", m23], () => NDArray.Einsum("ij,jk", m23), "einsum fewer operands");
        Add("einsum", ["ij", m23, v2], () => NDArray.Einsum("ij", m23, v2), "einsum more operands");
        Add("einsum", ["ijk", m23], () => NDArray.Einsum("ijk", m23), "einsum too many subscripts");
        Add("einsum", ["ij->k", m23], () => NDArray.Einsum("ij->k", m23), "einsum unknown output");
        Add("einsum", ["ij->ii", m23], () => NDArray.Einsum("ij->ii", m23), "einsum repeated output");
        Add("einsum", ["i1", m23], () => NDArray.Einsum("i1", m23), "einsum digit");
        Add("einsum", ["ii", m23], () => NDArray.Einsum("ii", m23), "einsum collapsing mismatch");
        Add("einsum", ["..i", m23], () => NDArray.Einsum("..i", m23), "einsum broken ellipsis");
        Add("einsum", ["...i->i", m23], () => NDArray.Einsum("...i->i", m23), "einsum ellipsis missing in the output");
        LinalgOracle.AssertNone(LinalgOracle.Run(cases));
    }

    [Fact]
    public void Matmul_writes_into_out_including_an_overlapping_one()
    {
        var rng = new Random(19);
        using NDArray a = LinalgOracle.Random(DType.Float64, rng, 4, 4);
        using NDArray b = LinalgOracle.Random(DType.Float64, rng, 4, 4);
        using NDArray expected = NDArray.MatMul(a, b);
        using NDArray f = NDArray.Zeros(DType.Float32, [4, 4], ArrayOrder.F);
        Assert.Same(f, NDArray.MatMul(a, b, f));
        using NDArray back = f.AsType(DType.Float64);
        using NDArray diff = NDArray.Subtract(back, expected);
        Assert.All(diff.ToArray<double>(), d => Assert.True(Math.Abs(d) < 1e-5));

        // out is an input: the product must read the old values, as NumPy's overlap copy makes it.
        using NDArray aCopy = a.Copy();
        Assert.Same(aCopy, NDArray.MatMul(aCopy, b, aCopy));
        Assert.Equal(expected.ToArray<double>(), aCopy.ToArray<double>());
    }
}
