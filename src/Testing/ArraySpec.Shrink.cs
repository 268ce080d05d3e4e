namespace ArrayBridge.Testing;

public sealed partial record ArraySpec
{
    /// <summary>How many elements value shrinking visits one by one.</summary>
    private const int ElementsShrunkOneByOne = 32;

    /// <summary>
    /// Simpler recipes, most aggressive first: no broadcast, no index (or simpler index items),
    /// fewer dimensions, shorter sides, C order, native byte order, aligned, writeable, then simpler
    /// values (all the simplest one, then element by element toward zero). Every candidate is a
    /// valid layout and keeps its values inside the element options it was generated with.
    /// </summary>
    public IEnumerable<ArraySpec> Shrink() => Candidates().Where(c => c.LayoutApplies());

    private IEnumerable<ArraySpec> Candidates()
    {
        if (BroadcastTo is not null)
        {
            yield return this with { BroadcastTo = null };
        }

        string[] items = IndexItems();
        if (items.Length > 0)
        {
            yield return this with { Index = "" };
            for (int i = 0; i < items.Length; i++)
            {
                if (items[i] == ":")
                {
                    continue;
                }

                string[] simpler = items[i] == "None" ? [.. items[..i], .. items[(i + 1)..]] : [.. items[..i], ":", .. items[(i + 1)..]];
                yield return this with { Index = string.Join(", ", simpler) };
            }
        }

        bool mapsAxes = !items.Contains("...");
        if (BroadcastTo is null && mapsAxes)
        {
            for (int axis = 0; axis < BaseShape.Length; axis++)
            {
                string index = WithoutAxisItem(items, axis);
                yield return Block(axis, 0, 1, dropAxis: true, index);
                if (BaseShape[axis] > 1)
                {
                    yield return Block(axis, BaseShape[axis] - 1, 1, dropAxis: true, index);
                }
            }
        }

        for (int axis = 0; axis < BaseShape.Length; axis++)
        {
            nint n = BaseShape[axis];
            foreach (nint shorter in new[] { 1, n / 2, n - 1 }.Distinct())
            {
                if (shorter >= 1 && shorter < n)
                {
                    // The first or the last elements along the axis: the ones that matter may be at either end.
                    yield return Block(axis, 0, shorter, dropAxis: false, Index);
                    yield return Block(axis, n - shorter, shorter, dropAxis: false, Index);
                }
            }
        }

        if (Order == ArrayOrder.F)
        {
            yield return this with { Order = ArrayOrder.C };
        }

        if (!DType.IsNativeByteOrder)
        {
            yield return new ArraySpec(DType.AsNative(), BaseShape, Components) { Order = Order, Index = Index, BroadcastTo = BroadcastTo, Unaligned = Unaligned, ReadOnly = ReadOnly, Elements = Elements };
        }

        if (Unaligned)
        {
            yield return this with { Unaligned = false };
        }

        if (ReadOnly)
        {
            yield return this with { ReadOnly = false };
        }

        foreach (ArraySpec simpler in SimplerValues())
        {
            yield return simpler;
        }
    }

    private IEnumerable<ArraySpec> SimplerValues()
    {
        if (Elements.Unique)
        {
            yield break;
        }

        ElementKind kind = ElementKind.Of(DType);
        ulong simplest = Simplest(kind, Elements);
        if (Components.Any(c => c != simplest))
        {
            yield return this with { Components = Enumerable.Repeat(simplest, Components.Length).ToArray() };
        }

        int visited = 0;
        for (int i = 0; i < Components.Length && visited < ElementsShrunkOneByOne; i++)
        {
            if (Components[i] == simplest)
            {
                continue;
            }

            visited++;
            foreach (ulong smaller in SimplerComponent(kind, Components[i], simplest).Where(v => v != Components[i]).Distinct())
            {
                var components = (ulong[])Components.Clone();
                components[i] = smaller;
                yield return this with { Components = components };
            }
        }
    }

    private IEnumerable<ulong> SimplerComponent(ElementKind kind, ulong bits, ulong simplest)
    {
        yield return simplest;
        if (kind.Kind is 'i' or 'u')
        {
            Int128 half = kind.ToInteger(bits) / 2;
            ulong candidate = kind.FromInteger(half);
            if (InRange(kind, candidate))
            {
                yield return candidate;
            }
        }
        else if (kind.IsFloat && !kind.IsNaN(bits) && !kind.IsInfinity(bits))
        {
            double v = kind.ToDouble(bits);
            double one = Math.CopySign(1, v);
            if (ElementSampler.Allowed(kind, kind.FromDouble(one), Elements))
            {
                yield return kind.FromDouble(one); // ±1 reads simpler than any other non-zero value, small or large
            }

            foreach (double simpler in new[] { Math.Truncate(v), Math.Truncate(v / 2), Math.Abs(v) })
            {
                ulong candidate = kind.FromDouble(simpler);
                if (ElementSampler.Allowed(kind, candidate, Elements) && Math.Abs(simpler) <= Math.Abs(v))
                {
                    yield return candidate;
                }
            }
        }
    }

    private bool InRange(ElementKind kind, ulong bits)
    {
        Int128 v = kind.ToInteger(bits);
        return !((double)v < Elements.MinValue) && !((double)v > Elements.MaxValue);
    }

    /// <summary>The simplest component the element options allow: zero, or the bound nearest to it.</summary>
    private static ulong Simplest(ElementKind kind, ElementOptions options)
    {
        double target = Math.Clamp(0, options.MinValue ?? double.NegativeInfinity, options.MaxValue ?? double.PositiveInfinity);
        return kind.Kind switch
        {
            'b' => 0,
            'i' or 'u' => kind.FromInteger((Int128)(target < 0 ? Math.Ceiling(target) : Math.Floor(target))),
            _ => kind.FromDouble(target),
        };
    }

    /// <summary>
    /// The recipe with the base cut to <paramref name="length"/> elements from <paramref name="start"/>
    /// along <paramref name="axis"/> (that axis dropped when <paramref name="dropAxis"/>), the values
    /// following their elements.
    /// </summary>
    private ArraySpec Block(int axis, nint start, nint length, bool dropAxis, string index)
    {
        ElementKind kind = ElementKind.Of(DType);
        nint[] full = (nint[])BaseShape.Clone();
        full[axis] = length;
        nint[] shape = dropAxis ? [.. BaseShape[..axis], .. BaseShape[(axis + 1)..]] : full;
        int nd = full.Length;
        nint size = 1;
        foreach (nint n in full)
        {
            size *= n;
        }

        var components = new ulong[size * kind.Components];
        if (Components.Length == 0)
        {
            // Dropping the empty axis of an empty base: the new elements take the simplest value.
            Array.Fill(components, Simplest(kind, Elements));
            return new ArraySpec(DType, shape, components) { Order = Order, Index = index, BroadcastTo = BroadcastTo, Unaligned = Unaligned, ReadOnly = ReadOnly, Elements = Elements };
        }

        var idx = new nint[nd];
        for (nint k = 0; k < size; k++)
        {
            // idx walks the new block in its memory order; its source is idx shifted by start along the axis.
            nint target = MemoryOffset(idx, full), source = 0;
            idx[axis] += start;
            source = MemoryOffset(idx, BaseShape);
            idx[axis] -= start;
            Array.Copy(Components, source * kind.Components, components, target * kind.Components, kind.Components);
            Increment(idx, full);
        }

        return new ArraySpec(DType, shape, components) { Order = Order, Index = index, BroadcastTo = BroadcastTo, Unaligned = Unaligned, ReadOnly = ReadOnly, Elements = Elements };
    }

    private nint MemoryOffset(nint[] idx, nint[] shape)
    {
        nint offset = 0, stride = 1;
        for (int j = 0; j < shape.Length; j++)
        {
            int axis = Order == ArrayOrder.F ? j : shape.Length - 1 - j;
            offset += idx[axis] * stride;
            stride *= shape[axis];
        }

        return offset;
    }

    private static void Increment(nint[] idx, nint[] shape)
    {
        for (int axis = shape.Length - 1; axis >= 0; axis--)
        {
            if (++idx[axis] < shape[axis])
            {
                return;
            }

            idx[axis] = 0;
        }
    }

    /// <summary>The index without the item that consumes base axis <paramref name="axis"/> (there is none past the items).</summary>
    private static string WithoutAxisItem(string[] items, int axis)
    {
        int consumed = 0;
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] == "None")
            {
                continue;
            }

            if (consumed++ == axis)
            {
                return string.Join(", ", items.Where((_, k) => k != i));
            }
        }

        return string.Join(", ", items);
    }

    private string[] IndexItems() => Index.Length == 0 ? [] : Index.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether the index and the broadcast apply to the base shape (checked on a one-byte probe).</summary>
    internal bool LayoutApplies()
    {
        using NDArray cell = NDArray.Zeros(DType.Bool, []);
        NDArray? probe = null, indexed = null, broadcast = null;
        try
        {
            probe = cell.AsStrided(BaseShape, new nint[BaseShape.Length]);
            indexed = Index.Length > 0 ? probe[Index] : null;
            broadcast = BroadcastTo is not null ? (indexed ?? probe).BroadcastTo(BroadcastTo) : null;
            return true;
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            return false;
        }
        finally
        {
            broadcast?.Dispose();
            indexed?.Dispose();
            probe?.Dispose();
        }
    }
}
