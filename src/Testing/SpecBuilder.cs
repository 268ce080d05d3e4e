namespace ArrayBridge.Testing;

/// <summary>
/// Builds an <see cref="ArraySpec"/> from one <see cref="Random"/>: a layout class first (with the
/// weights below), then a view shape that can show it, then the base and index that give that view,
/// then byte order, alignment, WRITEABLE flag and values. One seed fixes the whole recipe.
/// </summary>
internal static class SpecBuilder
{
    // Out of 100: the layout a recipe is built to show. Byte order, alignment and read-only are
    // drawn independently on top (rates below), so every class lands well above 5%.
    private static readonly (LayoutClass Class, int Weight)[] Primaries =
    [
        (LayoutClass.CContiguous, 18), (LayoutClass.FContiguous, 13), (LayoutClass.Strided, 14),
        (LayoutClass.NegativeStrides, 13), (LayoutClass.ZeroStrides, 11), (LayoutClass.Offset, 12),
        (LayoutClass.ZeroDimensional, 11), (LayoutClass.Empty, 8),
    ];

    private const int SwappedPercent = 20;
    private const int UnalignedPercent = 14;
    private const int ReadOnlyPercent = 8;

    public static ArraySpec Build(Random rng, ArrayOptions o, IReadOnlyList<DType> dtypes, nint[]? fixedShape)
    {
        DType dtype = ChooseDType(rng, o, dtypes);
        LayoutClass primary = ChoosePrimary(rng, o, fixedShape);
        nint[] view = fixedShape ?? ViewShape(rng, o, primary);
        ArraySpec spec = Layout(rng, o, dtype, primary, view);
        for (int attempt = 0; !Fits(spec, o, view) && attempt < 20; attempt++)
        {
            // Steps make the base larger than the view: shorten the view's longest side and try again.
            if (fixedShape is null && Size(view) > 1)
            {
                int longest = Array.IndexOf(view, view.Max());
                view[longest] = Math.Max(view[longest] - 1, primary is LayoutClass.FContiguous or LayoutClass.Strided or LayoutClass.NegativeStrides or LayoutClass.ZeroStrides ? Math.Min(view[longest], 2) : 1);
            }

            spec = Layout(rng, o, dtype, primary, view);
        }

        if (!Fits(spec, o, view))
        {
            spec = Layout(rng, o, dtype, LayoutClass.CContiguous, view); // no base within the bounds shows the class for this view: the view itself
        }

        bool wide = dtype.ItemSize > 1 && ElementKind.Of(dtype).ComponentBytes > 1;
        bool unaligned = wide && o.Layouts.HasFlag(LayoutClass.Unaligned) && rng.Next(100) < UnalignedPercent;
        bool readOnly = o.Layouts.HasFlag(LayoutClass.ReadOnly) && rng.Next(100) < ReadOnlyPercent;
        if (!HasPrimary(o.Layouts))
        {
            // Only modifiers were asked for: force one on a C-contiguous array.
            unaligned |= wide && o.Layouts.HasFlag(LayoutClass.Unaligned) && !o.Layouts.HasFlag(LayoutClass.ReadOnly);
            readOnly |= !unaligned && o.Layouts.HasFlag(LayoutClass.ReadOnly);
        }

        ulong[] values = ElementSampler.Sample(rng, spec.DType, (int)spec.BaseSize, o.Elements);
        return new ArraySpec(spec.DType, spec.BaseShape, values)
        {
            Order = spec.Order, Index = spec.Index, BroadcastTo = spec.BroadcastTo, Unaligned = unaligned, ReadOnly = readOnly, Elements = o.Elements,
        };
    }

    private static bool Fits(ArraySpec spec, ArrayOptions o, nint[] view) =>
        spec.BaseSize <= Math.Max(o.MaxBaseSize, Size(view)) && spec.LayoutApplies();

    private static bool HasPrimary(LayoutClass layouts) => Primaries.Any(p => layouts.HasFlag(p.Class));

    private static DType ChooseDType(Random rng, ArrayOptions o, IReadOnlyList<DType> dtypes)
    {
        DType dtype = dtypes[rng.Next(dtypes.Count)];
        if (o.ExactDTypes is not null || dtype.ItemSize == 1)
        {
            return dtype;
        }

        bool swapped = o.ByteOrders switch
        {
            ByteOrderChoice.Swapped => true,
            ByteOrderChoice.Native => false,
            _ => (o.Layouts.HasFlag(LayoutClass.NonNativeByteOrder) && rng.Next(100) < SwappedPercent)
                || (o.Layouts == LayoutClass.NonNativeByteOrder),
        };
        return swapped ? dtype.WithByteOrder(DType.NativeOrder == ByteOrder.Little ? ByteOrder.Big : ByteOrder.Little) : dtype;
    }

    private static LayoutClass ChoosePrimary(Random rng, ArrayOptions o, nint[]? fixedShape)
    {
        var allowed = Primaries.Where(p => (o.Layouts.HasFlag(p.Class) || !HasPrimary(o.Layouts) && p.Class == LayoutClass.CContiguous) && Fits(p.Class, o, fixedShape)).ToList();
        if (allowed.Count == 0)
        {
            return fixedShape is not null && Size(fixedShape) == 0 ? LayoutClass.Empty : fixedShape is { Length: 0 } ? LayoutClass.ZeroDimensional : LayoutClass.CContiguous;
        }

        int pick = rng.Next(allowed.Sum(p => p.Weight));
        foreach ((LayoutClass c, int w) in allowed)
        {
            if ((pick -= w) < 0)
            {
                return c;
            }
        }

        return allowed[^1].Class;
    }

    /// <summary>Whether a class can be shown under the options (and by a view of the fixed shape, if any).</summary>
    private static bool Fits(LayoutClass c, ArrayOptions o, nint[]? shape)
    {
        if (shape is not null)
        {
            bool empty = Size(shape) == 0;
            bool long2 = shape.Any(n => n >= 2);
            return c switch
            {
                LayoutClass.Empty => empty,
                LayoutClass.ZeroDimensional => shape.Length == 0,
                _ when empty || shape.Length == 0 => false,
                LayoutClass.FContiguous => shape.Count(n => n >= 2) >= 2,
                LayoutClass.Strided or LayoutClass.NegativeStrides => long2,
                LayoutClass.ZeroStrides => long2 && !o.Elements.Unique,
                _ => true,
            };
        }

        int maxDims = o.MaxDims;
        return c switch
        {
            LayoutClass.ZeroDimensional => o.MinDims == 0,
            LayoutClass.Empty => maxDims >= 1,
            LayoutClass.FContiguous => maxDims >= 2 && o.MaxSide >= 2,
            LayoutClass.Strided or LayoutClass.NegativeStrides => maxDims >= 1 && o.MaxSide >= 2,
            LayoutClass.ZeroStrides => maxDims >= 1 && o.MaxSide >= 2 && !o.Elements.Unique,
            _ => maxDims >= 1,
        };
    }

    private static nint[] ViewShape(Random rng, ArrayOptions o, LayoutClass primary)
    {
        if (primary == LayoutClass.ZeroDimensional)
        {
            return [];
        }

        int minDims = Math.Max(o.MinDims, primary == LayoutClass.FContiguous ? 2 : 1);
        int nd = rng.Next(minDims, o.MaxDims + 1);
        var shape = new nint[nd];
        for (int i = 0; i < nd; i++)
        {
            // Small sides are the interesting ones; long ones come less often.
            shape[i] = rng.Next(3) == 0 ? rng.Next(o.MinSide, o.MaxSide + 1) : rng.Next(o.MinSide, Math.Min(o.MaxSide, 3) + 1);
        }

        switch (primary)
        {
            case LayoutClass.FContiguous:
            {
                int a = rng.Next(nd), b = (a + 1 + rng.Next(nd - 1)) % nd;
                shape[a] = Math.Max(shape[a], 2);
                shape[b] = Math.Max(shape[b], 2);
                break;
            }

            case LayoutClass.Strided or LayoutClass.NegativeStrides or LayoutClass.ZeroStrides:
            {
                int a = rng.Next(nd);
                shape[a] = Math.Max(shape[a], 2);
                break;
            }

            case LayoutClass.Empty:
                shape[rng.Next(nd)] = 0;
                break;
        }

        while (Size(shape) > o.MaxBaseSize / 2)
        {
            int longest = Array.IndexOf(shape, shape.Max());
            shape[longest] = Math.Max(shape[longest] - 1, 1);
        }

        return shape;
    }

    private static ArraySpec Layout(Random rng, ArrayOptions o, DType dtype, LayoutClass primary, nint[] view)
    {
        int nd = view.Length;
        var baseShape = (nint[])view.Clone();
        var items = Enumerable.Repeat(":", nd).ToArray();
        ArrayOrder order = rng.Next(10) < 3 ? ArrayOrder.F : ArrayOrder.C;
        nint[]? broadcast = null;
        switch (primary)
        {
            case LayoutClass.CContiguous:
                order = ArrayOrder.C;
                break;
            case LayoutClass.FContiguous:
                order = ArrayOrder.F;
                break;
            case LayoutClass.Strided:
                foreach (int axis in ChooseAxes(rng, view, minSide: 2))
                {
                    int step = rng.Next(2, 4), start = rng.Next(3) == 0 ? rng.Next(1, 3) : 0;
                    baseShape[axis] = start + (view[axis] - 1) * step + 1 + rng.Next(step);
                    items[axis] = start == 0 ? $"::{step}" : $"{start}::{step}";
                }

                break;
            case LayoutClass.NegativeStrides:
                foreach (int axis in ChooseAxes(rng, view, minSide: 2))
                {
                    int step = rng.Next(1, 3);
                    baseShape[axis] = (view[axis] - 1) * step + 1 + rng.Next(step);
                    items[axis] = $"::-{step}";
                }

                break;
            case LayoutClass.Offset:
            {
                int axis = rng.Next(nd);
                int start = rng.Next(1, 4), extra = rng.Next(3);
                baseShape[axis] = start + view[axis] + extra;
                items[axis] = extra == 0 ? $"{start}:" : $"{start}:{start + view[axis]}";
                break;
            }

            case LayoutClass.ZeroStrides:
            {
                broadcast = view;
                int lead = rng.Next(2) == 0 ? 0 : rng.Next(0, nd + 1);
                baseShape = view[lead..];
                bool zeroStride = view[..lead].Any(n => n >= 2);
                for (int i = 0; i < baseShape.Length; i++)
                {
                    if (baseShape[i] >= 2 && (rng.Next(3) == 0 || !zeroStride && i == baseShape.Length - 1))
                    {
                        baseShape[i] = 1;
                        zeroStride = true;
                    }
                }

                if (!zeroStride)
                {
                    int axis = Array.FindIndex(baseShape, n => n >= 2);
                    if (axis >= 0)
                    {
                        baseShape[axis] = 1;
                    }
                }

                items = [];
                break;
            }

            case LayoutClass.ZeroDimensional when rng.Next(2) == 0:
            {
                int baseDims = rng.Next(1, Math.Max(2, Math.Min(o.MaxDims, 3) + 1));
                baseShape = new nint[baseDims];
                items = new string[baseDims];
                for (int i = 0; i < baseDims; i++)
                {
                    baseShape[i] = rng.Next(1, Math.Max(2, o.MaxSide + 1));
                    int at = rng.Next((int)-baseShape[i], (int)baseShape[i]);
                    items[i] = at.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                break;
            }

            case LayoutClass.Empty when rng.Next(2) == 0:
            {
                int axis = Array.IndexOf(view, 0);
                if (axis >= 0)
                {
                    int at = rng.Next(0, 3);
                    baseShape[axis] = at + rng.Next(1, 3);
                    items[axis] = $"{at}:{at}";
                }

                break;
            }
        }

        string index = items.All(i => i == ":") ? "" : string.Join(", ", items);
        ulong[] placeholder = new ulong[Size(baseShape) * ElementKind.Of(dtype).Components];
        return new ArraySpec(dtype, baseShape, placeholder) { Order = order, Index = index, BroadcastTo = broadcast };
    }

    /// <summary>At least one axis with a side of at least <paramref name="minSide"/>, each other such axis one time in three.</summary>
    private static List<int> ChooseAxes(Random rng, nint[] shape, int minSide)
    {
        var candidates = Enumerable.Range(0, shape.Length).Where(i => shape[i] >= minSide).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        int first = candidates[rng.Next(candidates.Count)];
        return candidates.Where(i => i == first || rng.Next(3) == 0).ToList();
    }

    internal static nint Size(ReadOnlySpan<nint> shape)
    {
        nint size = 1;
        foreach (nint n in shape)
        {
            size *= n;
        }

        return size;
    }
}
