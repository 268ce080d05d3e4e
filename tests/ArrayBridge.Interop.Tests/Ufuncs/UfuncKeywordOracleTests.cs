namespace ArrayBridge.Tests;

/// <summary>
/// Every ufunc's keywords against NumPy's, in the ufunc's first homogeneous type (float64, else
/// int64, else bool): <c>out</c> (fresh, F-ordered, stepped, byte-swapped, an input itself,
/// overlapping an input forwards and backwards, read-only, of the wrong shape, of every dtype under
/// every casting level), <c>where</c> (full, broadcast, on a new output, not bool), <c>dtype</c>
/// under every casting level, and the broadcasting error. One theory row per ufunc.
/// </summary>
[Collection(PythonCollection.Name)]
public sealed class UfuncKeywordOracleTests
{
    private static readonly Casting[] Castings = [Casting.No, Casting.Equiv, Casting.Safe, Casting.SameKind, Casting.Unsafe];

    public static TheoryData<string> Ufuncs => UfuncCatalog.Rows();

    [Fact]
    public void In_place_add_over_an_overlapping_view_matches_numpy()
    {
        using var a = NDArray.Arange<long>(6);
        using NDArray tail = a["1:"];
        using NDArray head = a[":-1"];
        NDArray.Add(tail, head, @out: tail);
        Assert.Equal([0L, 1, 3, 5, 7, 9], a.ToArray<long>());
        var failures = new List<string>();
        UfuncOracle.Check("Add", [() =>
        {
            var b = NDArray.Arange<long>(6);
            NDArray t = b["1:"], h = b[":-1"];
            return new UfuncCase("a[1:] += a[:-1]", t, h) { Out = t }.Own(b, t, h);
        }], failures);
        UfuncOracle.AssertNone("Add", failures);
    }

    [Theory]
    [MemberData(nameof(Ufuncs))]
    public void Keywords_match_numpy(string method)
    {
        string name = UfuncCatalog.NumPyName(method);
        int nin = UfuncCatalog.NIn(method);
        (DType inT, DType outT) = HomeTypes(name, nin);
        var cases = new List<Func<UfuncCase>>();
        int seed = unchecked(name.Aggregate(7, (h, ch) => h * 31 + ch));

        NDArray Input(Random r, int k, params nint[] shape)
        {
            using NDArray flat = UfuncValues.Random(r, inT, name, k, shape.Aggregate((nint)1, (p, x) => p * x));
            return flat.Reshape(shape);
        }

        NDArray Mask(Random r, params nint[] shape)
        {
            using NDArray flat = UfuncValues.Random(r, DType.Bool, name, 0, shape.Aggregate((nint)1, (p, x) => p * x));
            return flat.Reshape(shape);
        }

        // A case over fresh (3,5) inputs; build adds the keywords and may make more arrays to own.
        void Add(string label, Func<Random, NDArray[], UfuncCase> build)
        {
            int caseSeed = seed + cases.Count;
            cases.Add(() =>
            {
                var r = new Random(caseSeed);
                NDArray[] inputs = Enumerable.Range(0, nin).Select(k => Input(r, k, 3, 5)).ToArray();
                return build(r, inputs).Own(inputs);
            });
        }

        UfuncCase WithOut(string label, NDArray[] inputs, NDArray @out, NDArray? where = null, Casting casting = Casting.SameKind) =>
            new UfuncCase(label, inputs) { Out = @out, Where = where, Casting = casting }.Own(where is null ? [@out] : [@out, where]);

        Add("out C", (r, x) => WithOut("out C", x, NDArray.Zeros(outT, [3, 5])));
        Add("out F", (r, x) => WithOut("out F", x, NDArray.Zeros(outT, [3, 5], ArrayOrder.F)));
        Add("out stepped", (r, x) =>
        {
            using NDArray wide = NDArray.Zeros(outT, [3, 10]);
            return WithOut("out stepped", x, wide[":, ::2"]);
        });
        if (outT.ItemSize > 1)
        {
            Add("out byte-swapped", (r, x) => WithOut("out byte-swapped", x, NDArray.Zeros(UfuncValues.Swapped(outT), [3, 5])));
        }

        Add("out read-only", (r, x) =>
        {
            using NDArray row = NDArray.Zeros(outT, [5]);
            return WithOut("out read-only", x, row.BroadcastTo(3, 5));
        });
        Add("out of another shape", (r, x) => WithOut("out of another shape", x, NDArray.Zeros(outT, [5])));
        Add("out of a broadcastable shape", (r, x) => WithOut("out of a broadcastable shape", x, NDArray.Zeros(outT, [1, 5])));
        if (inT == outT)
        {
            Add("out is input 0", (r, x) => new UfuncCase("out is input 0", x) { Out = x[0] });
            foreach ((string label, string outIndex, string firstIndex, string restIndex) in new[]
            {
                ("overlap forward", "1:", "1:", ":-1"),
                ("overlap backward", ":-1", "1:", "1:"),
                ("overlap reversed", "::-1", ":", ":"),
            })
            {
                int caseSeed = seed + cases.Count;
                cases.Add(() =>
                {
                    var r = new Random(caseSeed);
                    NDArray a = Input(r, 0, 8);
                    NDArray[] inputs = Enumerable.Range(0, nin).Select(k => a[k == 0 ? firstIndex : restIndex]).ToArray();
                    NDArray o = a[outIndex];
                    return new UfuncCase(label, inputs) { Out = o }.Own([a, .. inputs, o]);
                });
            }
        }

        Add("where with out", (r, x) =>
        {
            NDArray prefilled = Input(r, 0, 3, 5).AsType(outT);
            return WithOut("where with out", x, prefilled, Mask(r, 3, 5));
        });
        Add("where row with F out", (r, x) => WithOut("where row with F out", x, NDArray.Zeros(outT, [3, 5], ArrayOrder.F), Mask(r, 5)));
        Add("where on a new output", (r, x) =>
        {
            NDArray mask = Mask(r, 3, 5);
            return new UfuncCase("where on a new output", x) { Where = mask, MaskedOnly = true }.Own(mask);
        });
        Add("where not bool", (r, x) =>
        {
            NDArray mask = NDArray.Zeros(DType.Float64, [3, 5]);
            return new UfuncCase("where not bool", x) { Where = mask }.Own(mask);
        });
        foreach (DType d in UfuncValues.DTypes)
        {
            // C leaves a float out of an integer's range undefined: NumPy gives what the machine gives.
            bool undefined = d.Kind is 'i' or 'u' && (inT.Kind is 'f' or 'c' || outT.Kind is 'f' or 'c');
            foreach (Casting c in Castings)
            {
                Add("dtype", (r, x) => new UfuncCase("dtype", x) { DType = d, Casting = c, ValuesUndefined = undefined });
                Add("out dtype", (r, x) =>
                {
                    NDArray o = NDArray.Zeros(d, [3, 5]);
                    return new UfuncCase("out dtype", x) { Out = o, Casting = c, ValuesUndefined = undefined }.Own(o);
                });
            }
        }

        foreach (ArrayOrder order in new[] { ArrayOrder.C, ArrayOrder.F, ArrayOrder.A })
        {
            Add($"order {order} over F inputs", (r, x) =>
            {
                NDArray[] f = x.Select(a => a.Copy(ArrayOrder.F)).ToArray();
                return new UfuncCase("order", f) { Order = order }.Own(f);
            });
            Add($"order {order} over reversed inputs", (r, x) =>
            {
                NDArray[] v = x.Select(a => a["::-1"]).ToArray();
                return new UfuncCase("order", v) { Order = order }.Own(v);
            });
        }

        Add("where and out overlapping the inputs", (r, x) =>
        {
            NDArray[] v = x.Select(a => a["::-1, ::-1"]).ToArray();
            NDArray mask = Mask(r, 3, 5);
            return new UfuncCase("where and out overlapping the inputs", v) { Out = inT == outT ? x[0] : NDArray.Zeros(outT, [3, 5]), Where = mask }.Own(v).Own(mask);
        });
        Add("where that does not broadcast", (r, x) =>
        {
            NDArray mask = Mask(r, 4);
            return new UfuncCase("where that does not broadcast", x) { Where = mask }.Own(mask);
        });
        Add("where wider than the inputs", (r, x) =>
        {
            NDArray mask = Mask(r, 2, 3, 5);
            return new UfuncCase("where wider than the inputs", x) { Where = mask, MaskedOnly = true }.Own(mask);
        });
        Add("0-d out of 0-d inputs", (r, x) =>
        {
            NDArray[] z = x.Select(a => a[0, 0]).ToArray();
            NDArray o = NDArray.Zeros(outT, []);
            return new UfuncCase("0-d out of 0-d inputs", z) { Out = o }.Own(z).Own(o);
        });
        if (inT.ItemSize > 1)
        {
            foreach (Casting c in Castings)
            {
                Add("byte-swapped inputs", (r, x) =>
                {
                    NDArray[] s = x.Select(a => a.AsType(UfuncValues.Swapped(inT))).ToArray();
                    return new UfuncCase("byte-swapped inputs", s) { Casting = c }.Own(s);
                });
            }
        }

        if (nin > 1)
        {
            // NumPy converts a Python scalar to the loop's type before it checks the inputs' casting.
            foreach (object scalar in new object[] { 3L, 300L, -1L, 2.5, double.NaN, double.PositiveInfinity, new System.Numerics.Complex(1, 1), new System.Numerics.Complex(2, 0) })
            {
                foreach (DType d in UfuncValues.DTypes)
                {
                    Add("weak scalar with dtype", (r, x) => new UfuncCase("weak scalar with dtype", [x[0], scalar, .. x[2..]]) { DType = d });
                    bool undefined = d.Kind is 'i' or 'u' && inT.Kind is 'f' or 'c'; // random floats cast unsafely: see above
                    Add("weak scalar first with dtype", (r, x) => new UfuncCase("weak scalar first with dtype", [scalar, .. x[1..]]) { DType = d, Casting = Casting.Unsafe, ValuesUndefined = undefined });
                }

                if (inT.ItemSize > 1)
                {
                    Add("weak scalar with byte-swapped input under casting no", (r, x) =>
                    {
                        NDArray s = x[0].AsType(UfuncValues.Swapped(inT));
                        return new UfuncCase("weak scalar with byte-swapped input under casting no", [s, scalar, .. x[2..]]) { Casting = Casting.No }.Own(s);
                    });
                }

                Add("weak scalars with out", (r, x) =>
                {
                    NDArray o = NDArray.Zeros(outT, [3, 5]);
                    return new UfuncCase("weak scalars with out", Enumerable.Repeat(scalar, nin).ToArray()) { Out = o }.Own(o);
                });
            }
        }

        if (inT.ItemSize > 1)
        {
            Add("dtype byte-swapped", (r, x) => new UfuncCase("dtype byte-swapped", x) { DType = UfuncValues.Swapped(inT) });
        }

        if (nin > 1)
        {
            int caseSeed = seed + cases.Count;
            cases.Add(() =>
            {
                var r = new Random(caseSeed);
                NDArray[] inputs = Enumerable.Range(0, nin).Select(k => k == 1 ? Input(r, k, 3, 2) : Input(r, k, 2, 3)).ToArray();
                return new UfuncCase("shapes do not broadcast", inputs).Own(inputs);
            });
        }

        var failures = new List<string>();
        UfuncOracle.Check(method, cases, failures);
        UfuncOracle.AssertNone(method, failures);
    }

    /// <summary>The ufunc's first loop of one type among float64, int64 and bool (NumPy's <c>types</c>), and its output type.</summary>
    private static (DType In, DType Out) HomeTypes(string name, int nin)
    {
        string[] types = UfuncOracle.Info(name).Types;
        foreach (DType d in new[] { DType.Float64, DType.Int64, DType.Bool })
        {
            string prefix = new string(d.Char, nin) + "->";
            if (types.FirstOrDefault(t => t.StartsWith(prefix, StringComparison.Ordinal)) is { } loop)
            {
                return (d, UfuncValues.DTypes.First(x => x.Char == loop[^1]));
            }
        }

        throw new InvalidOperationException($"{name} has no float64, int64 or bool loop: {string.Join(" ", types)}");
    }
}
