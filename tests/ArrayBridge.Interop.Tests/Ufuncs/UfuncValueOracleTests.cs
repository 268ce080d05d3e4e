using System.Numerics;
using Xunit.Abstractions;

namespace ArrayBridge.Tests;

/// <summary>
/// Every ufunc's values and result layout against NumPy's, for every dtype: all combinations of
/// edge values, and seeded random values in C, F, stepped, reversed, mixed C/F, broadcast
/// (row against matrix, stride-0), 0-d, empty and byte-swapped inputs, and beside weak scalars.
/// Exact ufuncs must match bit for bit; transcendental ones within 2 ULP, whose largest error per
/// dtype goes to the test output. One theory row per ufunc.
/// </summary>
[Collection(PythonCollection.Name)]
public sealed class UfuncValueOracleTests(ITestOutputHelper output)
{
    public static TheoryData<string> Ufuncs => UfuncCatalog.Rows();

    [Theory]
    [MemberData(nameof(Ufuncs))]
    public void Values_and_layouts_match_numpy(string method)
    {
        string name = UfuncCatalog.NumPyName(method);
        int nin = UfuncCatalog.NIn(method);
        var failures = new List<string>();
        var ulps = new UlpRecord();
        foreach (DType dtype in UfuncValues.DTypes)
        {
            // A fixed seed per ufunc and dtype (string.GetHashCode differs between runs).
            int seed = unchecked(name.Aggregate(17, (h, ch) => h * 31 + ch) * 31 + (int)dtype.Type);
            UfuncOracle.Check(method, Cases(name, nin, dtype, seed), failures, ulps: ulps);
        }

        if (!ulps.IsEmpty)
        {
            output.WriteLine($"{name} largest error: {ulps}");
        }

        UfuncOracle.AssertNone(method, failures);
    }

    /// <summary>
    /// Random views (<see cref="BridgeLayouts"/>: any dtype and byte order, C or F bases, steps,
    /// reversals, new axes, transposes, reshapes, broadcasts) as every input but the second, which
    /// is a C-contiguous copy: order K must weigh operands that disagree as NumPy's nditer does.
    /// </summary>
    [Theory]
    [MemberData(nameof(Ufuncs))]
    public void Random_views_match_numpy(string method)
    {
        int nin = UfuncCatalog.NIn(method);
        var failures = new List<string>();
        var ulps = new UlpRecord();
        var cases = new List<Func<UfuncCase>>();
        for (int seed = 0; seed < 60; seed++)
        {
            int s = seed;
            cases.Add(() =>
            {
                var layouts = new BridgeLayouts(s);
                NDArray copy = layouts.Array.Copy();
                var inputs = Enumerable.Range(0, nin).Select(k => (object)(k == 1 ? copy : layouts.Array)).ToArray();
                return new UfuncCase($"{layouts}", inputs).Own(copy).Own(layouts);
            });
        }

        UfuncOracle.Check(method, cases, failures, ulps: ulps);
        if (!ulps.IsEmpty)
        {
            output.WriteLine($"{UfuncCatalog.NumPyName(method)} largest error: {ulps}");
        }

        UfuncOracle.AssertNone(method, failures);
    }

    private static List<Func<UfuncCase>> Cases(string name, int nin, DType dtype, int seed)
    {
        var rng = new Random(seed);
        var cases = new List<Func<UfuncCase>>();

        // Every combination of edge values, as 1-d arrays: the first input repeats each, the others cycle.
        object[] edges = UfuncValues.Edges(dtype);
        int n = edges.Length;
        int total = nin == 1 ? n : n * n;
        var columns = new object[nin][];
        for (int k = 0; k < nin; k++)
        {
            columns[k] = Enumerable.Range(0, total).Select(i => k == 0 ? edges[nin == 1 ? i : i / n] : edges[(i + k - 1) % n]).ToArray();
            if (name == "power" && k == 1 && dtype.Kind is 'i' or 'u')
            {
                columns[k] = columns[k].Select(v => (object)Math.Abs((long)v % 5)).ToArray();
            }
        }

        cases.Add(() =>
        {
            NDArray[] inputs = columns.Select(c => UfuncValues.Array(dtype, c)).ToArray();
            return new UfuncCase("edges", inputs).Own(inputs);
        });

        // The same edges one at a time under errstate raise: the first error category and its message.
        for (int i = 0; i < total; i += Math.Max(1, total / 24))
        {
            object[] picked = columns.Select(c => c[i]).ToArray();
            cases.Add(() =>
            {
                NDArray[] inputs = picked.Select(v => UfuncValues.Array(dtype, [v])).ToArray();
                return new UfuncCase("edge under errstate raise", inputs) { RaiseFloatingPointErrors = true, IgnoreUnderflow = UlpAllowances.UnderflowNotCompared.Contains(name) }.Own(inputs);
            });
        }

        cases.Add(() =>
        {
            NDArray[] inputs = columns.Select(c => UfuncValues.Array(dtype, c)).ToArray();
            return new UfuncCase("edges under errstate raise", inputs) { RaiseFloatingPointErrors = true, IgnoreUnderflow = UlpAllowances.UnderflowNotCompared.Contains(name) }.Own(inputs);
        });

        // Random values in each layout; each case draws its own from a seed so it can be rebuilt.
        Add(cases, "C", nin, rng, (r, k) => Shaped(r, dtype, name, k, [3, 5], a => a.Reshape(3, 5)));
        Add(cases, "F", nin, rng, (r, k) => Shaped(r, dtype, name, k, [3, 5], a => a.Reshape(3, 5), a => a.Copy(ArrayOrder.F)));
        Add(cases, "strided", nin, rng, (r, k) => Shaped(r, dtype, name, k, [3, 10], a => a.Reshape(3, 10), a => a[":, ::2"]));
        Add(cases, "negative", nin, rng, (r, k) => Shaped(r, dtype, name, k, [3, 5], a => a.Reshape(3, 5), a => a["::-1, ::-1"]));
        Add(cases, "transposed", nin, rng, (r, k) => Shaped(r, dtype, name, k, [2, 3, 4], a => a.Reshape(2, 3, 4), a => a.Transpose(1, 2, 0)));
        Add(cases, "stride-0", nin, rng, (r, k) => Shaped(r, dtype, name, k, [5], a => a.BroadcastTo(3, 5)));
        Add(cases, "0-d", nin, rng, (r, k) => Shaped(r, dtype, name, k, [1], a => a.Reshape()));
        Add(cases, "empty", nin, rng, (r, k) => Shaped(r, dtype, name, k, [0], a => a.Reshape(0, 5)));
        if (dtype.ItemSize > 1)
        {
            DType swapped = UfuncValues.Swapped(dtype);
            Add(cases, "byte-swapped", nin, rng, (r, k) => Shaped(r, dtype, name, k, [3, 5], a => a.Reshape(3, 5), a => a.AsType(swapped)));
            Add(cases, "byte-swapped F", nin, rng, (r, k) => Shaped(r, dtype, name, k, [3, 5], a => a.Reshape(3, 5), a => a.AsType(swapped, Casting.Unsafe, ArrayOrder.F)));
        }

        if (nin > 1)
        {
            Add(cases, "C with F", nin, rng, (r, k) => Shaped(r, dtype, name, k, [3, 5], a => a.Reshape(3, 5), a => k == 0 ? a.Copy() : a.Copy(ArrayOrder.F)));
            Add(cases, "F with C", nin, rng, (r, k) => Shaped(r, dtype, name, k, [3, 5], a => a.Reshape(3, 5), a => k == 0 ? a.Copy(ArrayOrder.F) : a.Copy()));
            Add(cases, "matrix with row", nin, rng, (r, k) => k == 0 ? Shaped(r, dtype, name, k, [3, 5], a => a.Reshape(3, 5)) : Shaped(r, dtype, name, k, [5], a => a.Copy()));
            Add(cases, "row with F matrix", nin, rng, (r, k) => k == 0 ? Shaped(r, dtype, name, k, [5], a => a.Copy()) : Shaped(r, dtype, name, k, [3, 5], a => a.Reshape(3, 5), a => a.Copy(ArrayOrder.F)));
            Add(cases, "column with row", nin, rng, (r, k) => k == 0 ? Shaped(r, dtype, name, k, [3], a => a.Reshape(3, 1)) : Shaped(r, dtype, name, k, [5], a => a.Copy()));
            // Order K with operands that disagree: NumPy's nditer weighs every operand's strides.
            Add(cases, "permuted with C", nin, rng, (r, k) => Shaped(r, dtype, name, k, [2, 3, 4], a => a.Reshape(4, 2, 3), a => k == 0 ? a.Transpose(1, 2, 0) : a.Transpose(1, 2, 0).Copy()));
            Add(cases, "C with permuted", nin, rng, (r, k) => Shaped(r, dtype, name, k, [2, 3, 4], a => a.Reshape(4, 2, 3), a => k != 0 ? a.Transpose(1, 2, 0) : a.Transpose(1, 2, 0).Copy()));
            Add(cases, "two permutations", nin, rng, (r, k) => Shaped(r, dtype, name, k, [2, 3, 4], a => k == 0 ? a.Reshape(4, 2, 3) : a.Reshape(3, 4, 2), a => k == 0 ? a.Transpose(1, 2, 0) : a.Transpose(2, 0, 1)));
            Add(cases, "reversed with F", nin, rng, (r, k) => Shaped(r, dtype, name, k, [3, 5], a => a.Reshape(3, 5), a => k == 0 ? a["::-1"] : a.Copy(ArrayOrder.F)));
            Add(cases, "stride-0 with F", nin, rng, (r, k) => k == 0 ? Shaped(r, dtype, name, k, [5], a => a.BroadcastTo(3, 5)) : Shaped(r, dtype, name, k, [3, 5], a => a.Reshape(3, 5), a => a.Copy(ArrayOrder.F)));
            Add(cases, "F column with C row", nin, rng, (r, k) => k == 0 ? Shaped(r, dtype, name, k, [3], a => a.Reshape(3, 1), a => a.Copy(ArrayOrder.F)) : Shaped(r, dtype, name, k, [4], a => a.Reshape(1, 4)));
            Add(cases, "empty with row", nin, rng, (r, k) => k == 0 ? Shaped(r, dtype, name, k, [0], a => a.Reshape(0, 5)) : Shaped(r, dtype, name, k, [5], a => a.Copy()));
            Add(cases, "0-d with matrix", nin, rng, (r, k) => k == 0 ? Shaped(r, dtype, name, k, [1], a => a.Reshape()) : Shaped(r, dtype, name, k, [3, 5], a => a.Reshape(3, 5)));
            foreach (object scalar in new object[] { 3L, 2.5, -0.0, double.NaN, new Complex(1.5, -2) })
            {
                for (int side = 0; side < nin; side++)
                {
                    int s = side;
                    int caseSeed = rng.Next();
                    cases.Add(() =>
                    {
                        var r = new Random(caseSeed);
                        var arrays = new List<NDArray>();
                        object[] inputs = new object[nin];
                        for (int k = 0; k < nin; k++)
                        {
                            if (k == s)
                            {
                                inputs[k] = scalar;
                            }
                            else
                            {
                                NDArray array = Shaped(r, dtype, name, k, [3, 5], a => a.Reshape(3, 5), a => a["::-1"]);
                                arrays.Add(array);
                                inputs[k] = array;
                            }
                        }

                        return new UfuncCase($"weak scalar at {s}", inputs).Own(arrays.ToArray());
                    });
                }
            }
        }

        return cases;
    }

    private static void Add(List<Func<UfuncCase>> cases, string label, int nin, Random rng, Func<Random, int, NDArray> make)
    {
        int caseSeed = rng.Next();
        cases.Add(() =>
        {
            var r = new Random(caseSeed);
            NDArray[] inputs = Enumerable.Range(0, nin).Select(k => make(r, k)).ToArray();
            return new UfuncCase(label, inputs).Own(inputs);
        });
    }

    /// <summary>Random values for input <paramref name="operand"/> laid out by the steps of <paramref name="layout"/>.</summary>
    private static NDArray Shaped(Random rng, DType dtype, string name, int operand, nint[] shape, params Func<NDArray, NDArray>[] layout)
    {
        nint count = shape.Aggregate((nint)1, (p, x) => p * x);
        NDArray a = UfuncValues.Random(rng, dtype, name, operand, count);
        foreach (Func<NDArray, NDArray> step in layout)
        {
            // A view holds the memory: each intermediate array can go as soon as the next exists.
            using NDArray previous = a;
            a = step(previous);
        }

        return a;
    }
}
