using ArrayBridge.Interop;

namespace ArrayBridge.Tests;

/// <summary>
/// Take, Put, Compress, Nonzero, ArgWhere, FlatNonzero, Extract, Choose and Select against the
/// embedded NumPy over random views of every dtype and byte order (C, F, stepped, reversed,
/// transposed, broadcast, 0-d, empty), with out-of-bounds indices under every mode: NumPy's
/// dtype, shape and values, or NumPy's error text.
/// </summary>
[Collection(PythonCollection.Name)]
public sealed class SelectionOracleTests
{
    private static readonly (IndexMode Mode, string Name)[] Modes = [(IndexMode.Raise, "raise"), (IndexMode.Wrap, "wrap"), (IndexMode.Clip, "clip")];

    private static NDArray<long> RandomIndices(Random rng, nint n, nint[] shape)
    {
        NDArray<long> idx = NDArray.Empty<long>(shape);
        Span<long> s = idx.AsSpan<long>();
        for (int i = 0; i < s.Length; i++)
        {
            s[i] = rng.Next(12) == 0 ? n + rng.Next(3) : rng.Next(-(int)n - (rng.Next(12) == 0 ? 2 : 0), Math.Max((int)n, 1));
        }

        return idx;
    }

    private static NDArray<bool> RandomMask(Random rng, nint[] shape)
    {
        NDArray<bool> m = NDArray.Empty<bool>(shape);
        Span<bool> s = m.AsSpan<bool>();
        for (int i = 0; i < s.Length; i++)
        {
            s[i] = rng.Next(2) == 0;
        }

        return m;
    }

    [Fact]
    public void Take_matches_numpy_for_every_axis_and_mode()
    {
        var failures = new List<string>();
        int cases = 0;
        for (int seed = 0; seed < 150; seed++)
        {
            using var layouts = new BridgeLayouts(seed);
            NDArray a = layouts.Array;
            var rng = new Random(seed);
            for (int axis = -1; axis < a.NDim; axis++)
            {
                int? ax = axis < 0 ? null : axis;
                nint n = ax is null ? a.Size : a.Shape[ax.Value];
                nint[] ishape = rng.Next(4) switch { 0 => [], 1 => [2, 2], _ => [rng.Next(0, 5)] };
                using NDArray<long> idx = RandomIndices(rng, n, ishape);
                foreach ((IndexMode mode, string name) in Modes)
                {
                    if (n == 0 && idx.Size > 0 && mode != IndexMode.Raise)
                    {
                        // NumPy 1.24 loops forever here; NumPy 2 raises, as Selection_errors_carry_numpys_text checks.
                        continue;
                    }

                    cases++;
                    StatisticsOracle.Check(layouts.ToString(), a, $"np.take(a, i, axis={(ax is null ? "None" : ax.ToString())}, mode='{name}')",
                        () => a.Take(idx, ax, mode), failures, 0, ("i", NumPy.ToNumPy(idx)));
                }
            }
        }

        StatisticsOracle.AssertNone(failures, cases);
    }

    [Fact]
    public void Put_matches_numpy_for_every_mode()
    {
        Python.Initialize();
        Python.Exec("""
            def _ab_put(c, i, v, mode):
                import numpy as np
                np.put(c, i, v, mode=mode)
                return c
            """);
        using PyObject put = Python.Eval("_ab_put");
        var failures = new List<string>();
        int cases = 0;
        for (int seed = 0; seed < 150; seed++)
        {
            using var layouts = new BridgeLayouts(seed);
            NDArray a = layouts.Array;
            var rng = new Random(seed + 1000);
            using NDArray<long> idx = RandomIndices(rng, a.Size, [rng.Next(0, 6)]);
            using NDArray<double> v = NDArray.Empty<double>(rng.Next(0, 4));
            Span<double> vs = v.AsSpan<double>();
            for (int i = 0; i < vs.Length; i++)
            {
                vs[i] = rng.Next(1, 9);
            }

            foreach ((IndexMode mode, string name) in Modes)
            {
                if (a.Size == 0 && idx.Size > 0)
                {
                    // NumPy 1.24 loops forever (wrap, clip) or names the index (raise); NumPy 2 says "cannot replace elements of an empty array", as Selection_errors_carry_numpys_text checks.
                    continue;
                }

                cases++;
                StatisticsOracle.Check(layouts.ToString(), a, $"_ab_put(a.copy(), i, v, '{name}')", () =>
                {
                    NDArray c = a.Copy();
                    try
                    {
                        c.Put(idx, v, mode);
                        return c;
                    }
                    catch
                    {
                        c.Dispose();
                        throw;
                    }
                }, failures, 0, ("i", NumPy.ToNumPy(idx)), ("v", NumPy.ToNumPy(v)), ("_ab_put", put));
            }
        }

        StatisticsOracle.AssertNone(failures, cases);
    }

    [Fact]
    public void Nonzero_family_compress_and_extract_match_numpy()
    {
        var failures = new List<string>();
        int cases = 0;
        for (int seed = 0; seed < 200; seed++)
        {
            using var layouts = new BridgeLayouts(seed);
            NDArray a = layouts.Array;
            var rng = new Random(seed + 2000);
            string label = layouts.ToString();
            if (a.NDim > 0)
            {
                cases++;
                StatisticsOracle.Check(label, a, "np.stack(np.nonzero(a)) if a.size else np.zeros((a.ndim, 0), np.int64)", () => Stack(a.Nonzero(), a.NDim), failures);
            }

            cases += 3;
            StatisticsOracle.Check(label, a, "np.argwhere(a)", () => a.ArgWhere(), failures);
            StatisticsOracle.Check(label, a, "np.flatnonzero(a)", () => a.FlatNonzero(), failures);
            using NDArray<bool> full = RandomMask(rng, a.Shape.ToArray());
            StatisticsOracle.Check(label, a, "np.extract(m, a)", () => NDArray.Extract(full, a), failures, 0, ("m", NumPy.ToNumPy(full)));
            using NDArray<bool> shortMask = RandomMask(rng, [Math.Max(0, a.Size + rng.Next(-2, 2))]);
            cases++;
            StatisticsOracle.Check(label, a, "np.extract(m, a)", () => NDArray.Extract(shortMask, a), failures, 0, ("m", NumPy.ToNumPy(shortMask)));
            for (int axis = -1; axis < a.NDim; axis++)
            {
                int? ax = axis < 0 ? null : axis;
                nint n = ax is null ? a.Size : a.Shape[ax.Value];
                using NDArray<bool> c = RandomMask(rng, [Math.Max(0, n + rng.Next(-1, 2))]);
                cases++;
                StatisticsOracle.Check(label, a, $"np.compress(c, a, axis={(ax is null ? "None" : ax.ToString())})", () => a.Compress(c, ax), failures, 0, ("c", NumPy.ToNumPy(c)));
            }
        }

        StatisticsOracle.AssertNone(failures, cases);
    }

    [Fact]
    public void Choose_and_select_match_numpy()
    {
        var failures = new List<string>();
        int cases = 0;
        for (int seed = 0; seed < 150; seed++)
        {
            using var layouts = new BridgeLayouts(seed);
            NDArray a = layouts.Array;
            var rng = new Random(seed + 3000);
            string label = layouts.ToString();
            if (a.NDim == 0)
            {
                // NumPy 1.24 promotes 0-d choices by value; ArrayBridge follows NumPy 2 (NEP 50).
                continue;
            }

            using NDArray<int> zero = NDArray.Full<int>([1], 7);
            using NDArray reversed = a.NDim > 0 ? a[NDIndex.Slice(step: -1)] : a.Copy();
            using NDArray<long> sel = NDArray.Empty<long>(a.Shape.ToArray());
            Span<long> ss = sel.AsSpan<long>();
            for (int i = 0; i < ss.Length; i++)
            {
                ss[i] = rng.Next(15) == 0 ? 3 : rng.Next(-1 - (rng.Next(10) == 0 ? 1 : 0), 3) + (rng.Next(10) == 0 ? 0 : 1) - 1;
            }

            foreach ((IndexMode mode, string name) in Modes)
            {
                cases++;
                StatisticsOracle.Check(label, a, $"np.choose(s, [a, r, z], mode='{name}')", () => sel.Choose([a, reversed, zero], mode), failures, 0,
                    ("s", NumPy.ToNumPy(sel)), ("r", NumPy.ToNumPy(reversed)), ("z", NumPy.ToNumPy(zero)));
            }

            using NDArray<bool> c1 = RandomMask(rng, a.Shape.ToArray());
            using NDArray<bool> c2 = RandomMask(rng, a.NDim > 0 ? [a.Shape[^1]] : []);
            cases += 2;
            StatisticsOracle.Check(label, a, "np.select([c1, c2], [a, r])", () => NDArray.Select([c1, c2], [a, reversed]), failures, 0,
                ("c1", NumPy.ToNumPy(c1)), ("c2", NumPy.ToNumPy(c2)), ("r", NumPy.ToNumPy(reversed)));
            StatisticsOracle.Check(label, a, "np.select([c1], [a], 2.5)", () => NDArray.Select([c1], [a], 2.5), failures, 0, ("c1", NumPy.ToNumPy(c1)));
        }

        StatisticsOracle.AssertNone(failures, cases);
    }

    [Fact]
    public void Selection_errors_carry_numpys_text()
    {
        using NDArray<long> flat = NDArray.Arange<long>(24);
        using NDArray a = flat.Reshape(2, 3, 4);
        using NDArray<double> f = NDArray.FromArray(new[] { 1.0 });
        using NDArray<long> i3 = NDArray.FromArray(new long[] { 3 });
        using NDArray<long> i30 = NDArray.FromArray(new long[] { 30 });
        using NDArray<long> sel = NDArray.FromArray(new long[] { 0, 3 });
        using NDArray<long> c0 = NDArray.FromArray(new long[] { 1, 2 });
        using NDArray<long> c1 = NDArray.FromArray(new long[] { 3, 4 });
        using NDArray<long> c2 = NDArray.FromArray(new long[] { 3, 4, 5 });
        using NDArray<bool> t2 = NDArray.FromArray(new[] { true, false });
        using NDArray<long> notBool = NDArray.FromArray(new long[] { 1, 0 });
        using NDArray<double> empty = NDArray.Empty<double>(0);
        using NDArray<bool> five = NDArray.FromArray(new[] { true, true, true, true, true });
        var failures = new List<string>();
        int cases = 0;
        void Check(string expression, Func<NDArray> ours)
        {
            cases++;
            StatisticsOracle.Check("arange(24).reshape(2,3,4)", a, expression, ours, failures, 0,
                ("f", NumPy.ToNumPy(f)), ("i3", NumPy.ToNumPy(i3)), ("i30", NumPy.ToNumPy(i30)), ("sel", NumPy.ToNumPy(sel)),
                ("c0", NumPy.ToNumPy(c0)), ("c1", NumPy.ToNumPy(c1)), ("c2", NumPy.ToNumPy(c2)), ("t2", NumPy.ToNumPy(t2)),
                ("nb", NumPy.ToNumPy(notBool)), ("e", NumPy.ToNumPy(empty)), ("five", NumPy.ToNumPy(five)));
        }

        Check("np.take(a, i30)", () => a.Take(i30));
        Check("np.take(a, i3, axis=1)", () => a.Take(i3, 1));
        Check("np.take(a, i3, axis=5)", () => a.Take(i3, 5));
        Check("np.take(a, f)", () => a.Take(f));
        Check("np.take(e, i3, mode='wrap')", () => empty.Take(i3, null, IndexMode.Wrap));
        Check("np.compress(five, a, axis=1)", () => a.Compress(five, 1));
        using NDArray<double> empty2 = NDArray.Empty<double>(2, 0);
        cases++;
        var put = Assert.Throws<ArgumentException>(() => empty.Put(i3, 1.0, IndexMode.Wrap));
        Assert.StartsWith("cannot replace elements of an empty array", put.Message);
        cases++;
        var take = Assert.Throws<ArgumentException>(() => empty2.Take(i3, 1, IndexMode.Clip));
        Assert.StartsWith("cannot do a non-empty take from an empty axes.", take.Message);
        Check("np.compress(t2, a, axis=5)", () => a.Compress(t2, 5));
        Check("np.choose(sel, [c0, c1])", () => sel.Choose([c0, c1]));
        Check("np.choose(sel, [c0, c2])", () => sel.Choose([c0, c2]));
        Check("np.choose(f, [c0, c1])", () => f.Choose([c0, c1]));
        Check("np.select([nb], [c0])", () => NDArray.Select([notBool], [c0]));
        Check("np.select([t2], [c0, c1])", () => NDArray.Select([t2], [c0, c1]));
        StatisticsOracle.AssertNone(failures, cases);
    }

    [Fact]
    public void Nonzero_of_a_0d_array_is_refused_as_numpy_2_refuses_it()
    {
        using NDArray<double> s = NDArray.Full<double>([], 1.0);
        var e = Assert.Throws<ArgumentException>(() => s.Nonzero());
        Assert.StartsWith("Calling nonzero on 0d arrays is not allowed.", e.Message);
    }

    private static NDArray Stack(NDArray[] parts, int nd)
    {
        nint n = parts[0].Size;
        NDArray<long> r = NDArray.Empty<long>(nd, n);
        for (int d = 0; d < nd; d++)
        {
            using NDArray row = r.Index(d);
            parts[d].CopyTo(row);
            parts[d].Dispose();
        }

        return r;
    }
}
