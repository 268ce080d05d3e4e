namespace ArrayBridge.Tests;

/// <summary>
/// Concatenate, Stack, HStack, VStack, DStack, ColumnStack, Split and ArraySplit against NumPy over
/// random layouts (every dtype and byte order, C and F, stepped, negative strides, 0-d, empty) with
/// partners in other layouts and dtypes: dtype, shape, bits, the result's strides where NumPy's
/// layout rule decides them, and NumPy's errors word for word.
/// </summary>
[Collection(PythonCollection.Name)]
public sealed class JoiningOracleTests
{
    private static readonly string[] PartnerDTypes = ["|b1", "|i1", "|u1", "<i4", "<u4", "<i8", "<u8", "<f2", "<f4", "<f8", "<c16", ">f8", ">i2"];

    public static TheoryData<int> Blocks => new() { 0, 1, 2, 3 };

    /// <summary>A second array shaped like <paramref name="a"/>, in another layout or dtype, or a slice of it along <paramref name="axis"/>.</summary>
    private static NDArray Partner(NDArray a, int axis, Random rng)
    {
        switch (rng.Next(6))
        {
            case 0:
                return a.Copy(ArrayOrder.F);
            case 1:
                return axis < a.NDim ? a.Flip(axis) : a.Flip();
            case 2:
                return a.AsType(DType.Parse(PartnerDTypes[rng.Next(PartnerDTypes.Length)]));
            case 3 when a.NDim > 0 && axis < a.NDim:
                nint n = a.Shape[axis];
                NDArray[] parts = a.ArraySplit([rng.Next((int)n + 1)], axis);
                parts[1].Dispose();
                return parts[0];
            case 4 when a.NDim >= 2:
                return a.SwapAxes(0, a.NDim - 1).Copy(ArrayOrder.C).SwapAxes(0, a.NDim - 1);
            default:
                return a.Copy(ArrayOrder.C);
        }
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Concatenate_matches_numpy_over_random_layouts(int block)
    {
        var failures = new List<string>();
        int cases = 0;
        for (int seed = block * 50; seed < block * 50 + 50; seed++)
        {
            using var layouts = new BridgeLayouts(3000 + seed);
            NDArray a = layouts.Array;
            var rng = new Random(seed);
            int axis = a.NDim == 0 ? 0 : rng.Next(a.NDim);
            using NDArray b = Partner(a, axis, rng);
            NDArray[] inputs = [a, b];
            string label = layouts.ToString();
            cases += 4;
            JoiningOracle.Check(label, $"np.concatenate([a0, a1], axis={axis})", inputs, () => NDArray.Concatenate([a, b], axis), failures, strides: true);
            JoiningOracle.Check(label, $"np.concatenate([a0, a1, a0], axis={axis - a.NDim})", inputs, () => NDArray.Concatenate([a, b, a], axis - a.NDim), failures, strides: true);
            JoiningOracle.Check(label, "np.concatenate([a0, a1], axis=None)", inputs, () => NDArray.Concatenate([a, b], null), failures, strides: true);
            DType target = DType.Parse(PartnerDTypes[rng.Next(PartnerDTypes.Length)]);
            Casting casting = (Casting)rng.Next(5);
            JoiningOracle.Check(label, $"np.concatenate([a0, a1], axis={axis}, dtype='{target.TypeStr}', casting='{CastingName(casting)}')", inputs,
                () => NDArray.Concatenate([a, b], axis, dtype: target, casting: casting), failures);
        }

        JoiningOracle.AssertNone(failures, cases);
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Concatenate_into_out_matches_numpy(int block)
    {
        var failures = new List<string>();
        int cases = 0;
        for (int seed = block * 40; seed < block * 40 + 40; seed++)
        {
            using var layouts = new BridgeLayouts(4000 + seed);
            NDArray a = layouts.Array;
            if (a.NDim == 0)
            {
                continue;
            }

            var rng = new Random(seed);
            int axis = rng.Next(a.NDim);
            nint[] shape = a.Shape.ToArray();
            shape[axis] *= 2;
            if (rng.Next(4) == 0)
            {
                shape[rng.Next(shape.Length)] += 1;
            }

            DType outType = DType.Parse(PartnerDTypes[rng.Next(PartnerDTypes.Length)]);
            Casting casting = (Casting)rng.Next(5);
            ArrayOrder order = rng.Next(2) == 0 ? ArrayOrder.C : ArrayOrder.F;
            using NDArray ourOut = NDArray.Zeros(outType, shape, order);
            using NDArray theirOut = NDArray.Zeros(outType, shape, order);
            cases++;
            JoiningOracle.Check(layouts.ToString(), $"np.concatenate([a0, a0], axis={axis}, out=a1, casting='{CastingName(casting)}')", [a, theirOut], () =>
            {
                NDArray returned = NDArray.Concatenate([a, a], axis, @out: ourOut, casting: casting);
                Assert.Same(ourOut, returned);
                return ourOut.ShareView();
            }, failures);
        }

        JoiningOracle.AssertNone(failures, cases);
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Stacking_functions_match_numpy(int block)
    {
        var failures = new List<string>();
        int cases = 0;
        for (int seed = block * 50; seed < block * 50 + 50; seed++)
        {
            using var layouts = new BridgeLayouts(5000 + seed);
            NDArray a = layouts.Array;
            var rng = new Random(seed);
            using NDArray b = rng.Next(2) == 0 ? a.Flip() : a.AsType(DType.Parse(PartnerDTypes[rng.Next(PartnerDTypes.Length)]));
            NDArray[] inputs = [a, b];
            string label = layouts.ToString();
            int axis = rng.Next(-a.NDim - 1, a.NDim + 1);
            cases += 6;
            JoiningOracle.Check(label, $"np.stack([a0, a1], axis={axis})", inputs, () => NDArray.Stack([a, b], axis), failures, strides: true);
            JoiningOracle.Check(label, "np.hstack([a0, a1])", inputs, () => NDArray.HStack([a, b]), failures, strides: true);
            JoiningOracle.Check(label, "np.vstack([a0, a1])", inputs, () => NDArray.VStack([a, b]), failures, strides: true);
            JoiningOracle.Check(label, "np.dstack([a0, a1])", inputs, () => NDArray.DStack([a, b]), failures, strides: true);
            JoiningOracle.Check(label, "np.column_stack([a0, a1])", inputs, () => NDArray.ColumnStack([a, b]), failures, strides: true);
            JoiningOracle.Check(label, "np.vstack([a0, a1], dtype='f4', casting='unsafe')", inputs, () => NDArray.VStack([a, b], DType.Float32, Casting.Unsafe), failures);
        }

        JoiningOracle.AssertNone(failures, cases);
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Split_and_array_split_match_numpy_and_return_views(int block)
    {
        var failures = new List<string>();
        int cases = 0;
        for (int seed = block * 50; seed < block * 50 + 50; seed++)
        {
            using var layouts = new BridgeLayouts(6000 + seed);
            NDArray a = layouts.Array;
            var rng = new Random(seed);
            int axis = rng.Next(-a.NDim - 1, a.NDim + 1);
            int sections = rng.Next(-1, 6);
            nint[] indices = Enumerable.Range(0, rng.Next(4)).Select(_ => (nint)rng.Next(-6, 8)).ToArray();
            string list = "[" + string.Join(", ", indices) + "]";
            string label = layouts.ToString();
            cases += 4;
            JoiningOracle.CheckMany(label, $"np.split(a0, {sections}, axis={axis})", [a], () => Own(a, a.Split(sections, axis)), failures, strides: true);
            JoiningOracle.CheckMany(label, $"np.array_split(a0, {sections}, axis={axis})", [a], () => Own(a, a.ArraySplit(sections, axis)), failures, strides: true);
            JoiningOracle.CheckMany(label, $"np.split(a0, {list}, axis={axis})", [a], () => Own(a, a.Split(indices, axis)), failures, strides: true);
            JoiningOracle.CheckMany(label, $"np.array_split(a0, {list}, axis={axis})", [a], () => Own(a, a.ArraySplit(indices, axis)), failures, strides: true);
        }

        JoiningOracle.AssertNone(failures, cases);
    }

    /// <summary>Checks that every non-empty part is a view of <paramref name="a"/>, then hands the parts on.</summary>
    private static NDArray[] Own(NDArray a, NDArray[] parts)
    {
        foreach (NDArray p in parts)
        {
            Assert.True(p.Size == 0 || a.Size == 0 || NDArray.MayOverlap(p, a), "a split part is not a view of the array");
        }

        return parts;
    }

    public static TheoryData<string, string> Errors => new()
    {
        { "np.concatenate([np.ones((2, 2)), np.ones((2, 3))])", "shape" },
        { "np.concatenate([np.ones((2, 2)), np.ones(3)])", "rank" },
        { "np.concatenate([])", "none" },
        { "np.concatenate([np.array(1.0), np.array(2.0)])", "0-d" },
        { "np.concatenate([np.ones((2, 2))], axis=2)", "axis" },
        { "np.concatenate([np.ones((2, 2))], axis=-3)", "negative axis" },
        { "np.concatenate([np.ones(3)], dtype='i8')", "cast" },
        { "np.concatenate([np.ones(3)], out=np.empty(3), dtype='f8')", "out and dtype" },
        { "np.concatenate([np.ones((2, 2))], out=np.empty((2, 3)))", "out shape" },
        { "np.concatenate([np.ones((2, 2))], out=np.empty(4))", "out rank" },
        { "np.concatenate([np.ones((2, 2))], axis=None, out=np.empty((2, 2)))", "flat out rank" },
        { "np.concatenate([np.ones((2, 2))], axis=None, out=np.empty(5))", "flat out size" },
        { "np.stack([np.ones(2), np.ones(3)])", "stack shapes" },
        { "np.stack([])", "stack none" },
        { "np.stack([np.ones(2)], axis=2)", "stack axis" },
        { "np.hstack([])", "hstack none" },
        { "np.split(np.arange(7), 3)", "unequal" },
        { "np.split(np.arange(7), 0)", "zero sections" },
        { "np.array_split(np.arange(7), 0)", "array_split zero" },
        { "np.array_split(np.arange(7), 2, axis=1)", "split axis" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Errors_match_numpy_word_for_word(string expression, string what)
    {
        using var m22 = NDArray.Zeros(DType.Float64, [2, 2]);
        using var m23 = NDArray.Zeros(DType.Float64, [2, 3]);
        using var v2 = NDArray.Zeros(DType.Float64, [2]);
        using var v3 = NDArray.Zeros(DType.Float64, [3]);
        using var s1 = NDArray.Zeros(DType.Float64, []);
        using var r7 = NDArray.Arange<long>(7);
        Func<NDArray[]> ours = what switch
        {
            "shape" => () => [NDArray.Concatenate([m22, m23])],
            "rank" => () => [NDArray.Concatenate([m22, v3])],
            "none" => () => [NDArray.Concatenate([])],
            "0-d" => () => [NDArray.Concatenate([s1, s1])],
            "axis" => () => [NDArray.Concatenate([m22], 2)],
            "negative axis" => () => [NDArray.Concatenate([m22], -3)],
            "cast" => () => [NDArray.Concatenate([v3], dtype: DType.Int64)],
            "out and dtype" => () => [NDArray.Concatenate([v3], 0, NDArray.Zeros(DType.Float64, [3]), DType.Float64)],
            "out shape" => () => [NDArray.Concatenate([m22], 0, m23)],
            "out rank" => () => [NDArray.Concatenate([m22], 0, NDArray.Zeros(DType.Float64, [4]))],
            "flat out rank" => () => [NDArray.Concatenate([m22], null, NDArray.Zeros(DType.Float64, [2, 2]))],
            "flat out size" => () => [NDArray.Concatenate([m22], null, NDArray.Zeros(DType.Float64, [5]))],
            "stack shapes" => () => [NDArray.Stack([v2, v3])],
            "stack none" => () => [NDArray.Stack([])],
            "stack axis" => () => [NDArray.Stack([v2], 2)],
            "hstack none" => () => [NDArray.HStack([])],
            "unequal" => () => r7.Split(3),
            "zero sections" => () => r7.Split(0),
            "array_split zero" => () => r7.ArraySplit(0),
            "split axis" => () => r7.ArraySplit(2, 1),
            _ => throw new ArgumentOutOfRangeException(nameof(what)),
        };
        var failures = new List<string>();
        JoiningOracle.CheckMany(what, expression, [], ours, failures);
        JoiningOracle.AssertNone(failures, 1);
    }

    internal static string CastingName(Casting c) => c switch
    {
        Casting.No => "no",
        Casting.Equiv => "equiv",
        Casting.Safe => "safe",
        Casting.SameKind => "same_kind",
        _ => "unsafe",
    };
}
