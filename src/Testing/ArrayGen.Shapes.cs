using FsCheck;
using FsCheck.Fluent;

namespace ArrayBridge.Testing;

public static partial class ArrayGen
{
    /// <summary>Shapes of <paramref name="minDims"/> to <paramref name="maxDims"/> sides, each in [<paramref name="minSide"/>, <paramref name="maxSide"/>] (hypothesis's <c>array_shapes</c>).</summary>
    /// <exception cref="ArgumentException">A bound is negative or the bounds are crossed.</exception>
    public static Gen<nint[]> Shapes(int minDims = 1, int maxDims = 3, int minSide = 1, int maxSide = 5)
    {
        CheckBounds(minDims, maxDims, minSide, maxSide);
        return from nd in Gen.Choose(minDims, maxDims)
               from sides in Gen.ArrayOf(Gen.Choose(minSide, maxSide), nd)
               select sides.Select(n => (nint)n).ToArray();
    }

    /// <summary><see cref="Shapes"/> shrinking toward fewer dimensions and shorter sides.</summary>
    public static Arbitrary<nint[]> ShapeArbitrary(int minDims = 1, int maxDims = 3, int minSide = 1, int maxSide = 5) =>
        Arb.From(Shapes(minDims, maxDims, minSide, maxSide), s => ShrinkShape(s, minDims, minSide));

    internal static IEnumerable<nint[]> ShrinkShape(nint[] shape, int minDims, int minSide)
    {
        if (shape.Length > minDims)
        {
            for (int i = 0; i < shape.Length; i++)
            {
                yield return [.. shape[..i], .. shape[(i + 1)..]];
            }
        }

        for (int i = 0; i < shape.Length; i++)
        {
            foreach (nint shorter in new nint[] { minSide, shape[i] / 2, shape[i] - 1 }.Distinct())
            {
                if (shorter >= minSide && shorter < shape[i])
                {
                    var s = (nint[])shape.Clone();
                    s[i] = shorter;
                    yield return s;
                }
            }
        }
    }

    /// <summary>
    /// <paramref name="numShapes"/> shapes that broadcast together and with
    /// <paramref name="baseShape"/> (hypothesis's <c>mutually_broadcastable_shapes</c>): each has
    /// <paramref name="minDims"/> to <paramref name="maxDims"/> dimensions, aligned on the right;
    /// where the base has a side other than 1 an input has that side or 1; elsewhere the inputs
    /// share a side in [<paramref name="minSide"/>, <paramref name="maxSide"/>] or have 1.
    /// </summary>
    /// <exception cref="ArgumentException">A bound is negative or crossed, or fewer than one shape.</exception>
    public static Gen<BroadcastableShapes> MutuallyBroadcastableShapes(int numShapes, nint[]? baseShape = null, int minDims = 0, int? maxDims = null, int minSide = 1, int? maxSide = null)
    {
        nint[] baseDims = baseShape ?? [];
        int hiDims = maxDims ?? Math.Max(baseDims.Length, minDims) + 2;
        int hiSide = maxSide ?? Math.Max(minSide, 3);
        if (numShapes < 1)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(numShapes), $"numShapes {numShapes} is below 1");
        }

        CheckBounds(minDims, hiDims, minSide, hiSide);
        return Seeds.Select(seed =>
        {
            var rng = new Random(seed);
            var core = new nint[hiDims];
            for (int i = 0; i < hiDims; i++)
            {
                int fromRight = hiDims - 1 - i;
                nint baseSide = fromRight < baseDims.Length ? baseDims[^(fromRight + 1)] : 1;
                core[i] = baseSide != 1 ? baseSide : rng.Next(minSide, hiSide + 1);
            }

            var inputs = new nint[numShapes][];
            for (int k = 0; k < numShapes; k++)
            {
                int nd = rng.Next(minDims, hiDims + 1);
                inputs[k] = core[(hiDims - nd)..];
                for (int i = 0; i < nd; i++)
                {
                    if (rng.Next(4) == 0 && minSide <= 1)
                    {
                        inputs[k][i] = 1;
                    }
                }
            }

            return new BroadcastableShapes(inputs, BroadcastResult(inputs, baseDims));
        });
    }

    /// <summary><see cref="MutuallyBroadcastableShapes"/> shrinking toward fewer dimensions and sides of 1.</summary>
    public static Arbitrary<BroadcastableShapes> BroadcastableShapesArbitrary(int numShapes, nint[]? baseShape = null, int minDims = 0, int? maxDims = null, int minSide = 1, int? maxSide = null)
    {
        nint[] baseDims = baseShape ?? [];
        return Arb.From(MutuallyBroadcastableShapes(numShapes, baseShape, minDims, maxDims, minSide, maxSide), b => ShrinkBroadcastable(b, baseDims, minDims, minSide));
    }

    private static IEnumerable<BroadcastableShapes> ShrinkBroadcastable(BroadcastableShapes b, nint[] baseDims, int minDims, int minSide)
    {
        for (int k = 0; k < b.InputShapes.Length; k++)
        {
            nint[] s = b.InputShapes[k];
            var candidates = new List<nint[]>();
            if (s.Length > minDims)
            {
                candidates.Add(s[1..]); // dropping a leading axis keeps the right-aligned sides
            }

            for (int i = 0; i < s.Length; i++)
            {
                if (s[i] != 1 && minSide <= 1)
                {
                    var one = (nint[])s.Clone();
                    one[i] = 1;
                    candidates.Add(one);
                }
            }

            foreach (nint[] c in candidates)
            {
                var inputs = (nint[][])b.InputShapes.Clone();
                inputs[k] = c;
                yield return new BroadcastableShapes(inputs, BroadcastResult(inputs, baseDims));
            }
        }
    }

    internal static nint[] BroadcastResult(nint[][] shapes, nint[] baseShape)
    {
        int nd = Math.Max(baseShape.Length, shapes.Length == 0 ? 0 : shapes.Max(s => s.Length));
        var result = new nint[nd];
        for (int i = 0; i < nd; i++)
        {
            nint side = 1;
            foreach (nint[] s in shapes.Append(baseShape))
            {
                int j = i - (nd - s.Length);
                if (j >= 0 && s[j] != 1)
                {
                    side = s[j];
                }
            }

            result[i] = side;
        }

        return result;
    }

    /// <summary>
    /// Shapes with <paramref name="size"/> elements, valid targets of <c>reshape</c>: the prime
    /// factors of the size spread over at most <paramref name="maxDims"/> axes, sometimes with axes
    /// of length 1 and, when <paramref name="allowUnknown"/>, one side given as -1.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative size, or fewer than one dimension allowed.</exception>
    public static Gen<nint[]> ReshapeTargets(nint size, int maxDims = 4, bool allowUnknown = false)
    {
        if (size < 0)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(size), $"size {size} is negative");
        }

        if (maxDims < 1)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(maxDims), $"maxDims {maxDims} is below 1");
        }

        return Seeds.Select(seed => ReshapeTarget(new Random(seed), size, maxDims, allowUnknown));
    }

    /// <summary><see cref="ReshapeTargets"/> shrinking toward fewer axes (neighbours merged).</summary>
    public static Arbitrary<nint[]> ReshapeTargetArbitrary(nint size, int maxDims = 4, bool allowUnknown = false) =>
        Arb.From(ReshapeTargets(size, maxDims, allowUnknown), ShrinkReshapeTarget);

    private static IEnumerable<nint[]> ShrinkReshapeTarget(nint[] shape)
    {
        for (int i = 0; i + 1 < shape.Length; i++)
        {
            if (shape[i] >= 0 && shape[i + 1] >= 0)
            {
                yield return [.. shape[..i], shape[i] * shape[i + 1], .. shape[(i + 2)..]];
            }
            else
            {
                yield return [.. shape[..i], -1, .. shape[(i + 2)..]]; // an unknown side absorbs its neighbour
            }
        }
    }

    private static nint[] ReshapeTarget(Random rng, nint size, int maxDims, bool allowUnknown)
    {
        if (size == 0)
        {
            var zero = new List<nint> { 0 };
            while (zero.Count < maxDims && rng.Next(2) == 0)
            {
                zero.Insert(rng.Next(zero.Count + 1), rng.Next(1, 4));
            }

            return [.. zero];
        }

        var dims = new List<nint>();
        nint left = size;
        for (nint p = 2; p * p <= left; p++)
        {
            while (left % p == 0)
            {
                dims.Add(p);
                left /= p;
            }
        }

        if (left > 1)
        {
            dims.Add(left);
        }

        dims = dims.OrderBy(_ => rng.Next()).ToList();
        while (dims.Count > maxDims)
        {
            nint last = dims[^1];
            dims.RemoveAt(dims.Count - 1);
            dims[rng.Next(dims.Count)] *= last;
        }

        while (dims.Count < maxDims && rng.Next(3) == 0)
        {
            dims.Insert(rng.Next(dims.Count + 1), 1);
        }

        if (dims.Count == 0)
        {
            dims.Add(1);
        }

        if (allowUnknown && rng.Next(3) == 0)
        {
            dims[rng.Next(dims.Count)] = -1;
        }

        return [.. dims];
    }

    /// <summary>
    /// Values of NumPy's <c>axis</c> argument for an <paramref name="ndim"/>-dimensional array as
    /// <see cref="ArrayBridge.Axes"/>: <c>None</c>, one axis, or a tuple of distinct axes (maybe
    /// empty), each counted from either end.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ndim"/> is negative.</exception>
    public static Gen<Axes> Axes(int ndim, bool allowNone = true, bool allowTuples = true, bool allowNegative = true)
    {
        if (ndim < 0)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(ndim), $"ndim {ndim} is negative");
        }

        var kinds = new List<int>();
        if (allowNone)
        {
            kinds.Add(0);
        }

        if (ndim > 0)
        {
            kinds.Add(1);
        }

        if (allowTuples)
        {
            kinds.Add(2);
        }

        if (kinds.Count == 0)
        {
            ThrowHelper.ThrowArgument("a 0-d array takes no single axis: allow None or tuples", nameof(ndim));
        }

        return Seeds.Select(seed =>
        {
            var rng = new Random(seed);
            switch (kinds[rng.Next(kinds.Count)])
            {
                case 0:
                    return ArrayBridge.Axes.All;
                case 1:
                    return (Axes)Signed(rng, rng.Next(ndim), ndim, allowNegative);
                default:
                    int[] picked = Enumerable.Range(0, ndim).Where(_ => rng.Next(2) == 0).OrderBy(_ => rng.Next()).Select(a => Signed(rng, a, ndim, allowNegative)).ToArray();
                    return ArrayBridge.Axes.Of(picked);
            }
        });
    }

    /// <summary><see cref="Axes"/> shrinking toward fewer axes and non-negative ones.</summary>
    public static Arbitrary<Axes> AxesArbitrary(int ndim, bool allowNone = true, bool allowTuples = true, bool allowNegative = true) =>
        Arb.From(Axes(ndim, allowNone, allowTuples, allowNegative), a => ShrinkAxes(a, ndim, allowTuples));

    private static IEnumerable<Axes> ShrinkAxes(Axes a, int ndim, bool allowTuples)
    {
        if (a.IsAll)
        {
            yield break;
        }

        int[] axes = Enumerable.Range(0, a.Count).Select(i => a[i]).ToArray();
        if (axes.Length == 1)
        {
            if (axes[0] < 0)
            {
                yield return (Axes)(axes[0] + ndim);
            }
            else if (axes[0] > 0)
            {
                yield return (Axes)0;
            }

            yield break;
        }

        if (!allowTuples)
        {
            yield break;
        }

        for (int i = 0; i < axes.Length; i++)
        {
            yield return ArrayBridge.Axes.Of([.. axes[..i], .. axes[(i + 1)..]]);
        }

        for (int i = 0; i < axes.Length; i++)
        {
            if (axes[i] < 0)
            {
                int[] positive = (int[])axes.Clone();
                positive[i] += ndim;
                yield return ArrayBridge.Axes.Of(positive);
            }
        }
    }

    private static int Signed(Random rng, int axis, int ndim, bool allowNegative) => allowNegative && rng.Next(3) == 0 ? axis - ndim : axis;

    private static void CheckBounds(int minDims, int maxDims, int minSide, int maxSide)
    {
        if (minDims < 0 || maxDims < minDims || maxDims > 32)
        {
            ThrowHelper.ThrowArgument($"need 0 <= minDims <= maxDims <= 32, got minDims={minDims}, maxDims={maxDims}", nameof(maxDims));
        }

        if (minSide < 0 || maxSide < minSide)
        {
            ThrowHelper.ThrowArgument($"need 0 <= minSide <= maxSide, got minSide={minSide}, maxSide={maxSide}", nameof(maxSide));
        }
    }
}
