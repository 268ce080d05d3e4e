using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// An advanced index resolved against an array, as NumPy's <c>mapping.c</c> prepares it: the basic
/// items applied as a view in which every advanced item keeps its axis whole, the index arrays (masks
/// as their <c>nonzero()</c>, integers as 0-d arrays) broadcast together to one shape B, checked and
/// made non-negative, and the result shape: B in place of adjacent advanced axes, or first when they
/// are separated by a slice, <c>None</c> or <c>...</c> (<c>mit-&gt;consec</c>).
/// </summary>
/// <remarks>
/// Work runs in "B-major" order: for each position of B (C order), the subspace of the remaining
/// view axes. The result is allocated in that order and, when B stays in place behind leading
/// subspace axes, returned transposed, as NumPy returns it.
/// </remarks>
internal sealed unsafe class IndexPlan : IDisposable
{
    private readonly List<NDArray> _temporaries = [];

    private IndexPlan(NDArray view)
    {
        View = view;
    }

    /// <summary>The basic-indexed view; its advanced axes are still whole.</summary>
    public NDArray View { get; }

    /// <summary>The view axes the index arrays select along, ascending.</summary>
    public int[] AdvancedAxes { get; private set; } = [];

    /// <summary>One pointer per advanced axis to Size(B) non-negative in-bounds int64 positions.</summary>
    public long*[] Positions { get; private set; } = [];

    /// <summary>The broadcast shape of the index arrays.</summary>
    public nint[] BroadcastShape { get; private set; } = [];

    /// <summary>The number of positions in B.</summary>
    public nint Outer { get; private set; }

    /// <summary>The remaining view axes (the subspace), in order.</summary>
    public nint[] SubShape { get; private set; } = [];

    /// <summary>The view strides of the subspace axes.</summary>
    public nint[] SubStrides { get; private set; } = [];

    /// <summary>How many subspace axes come before B in the result (0 when B goes first).</summary>
    public int Prefix { get; private set; }

    /// <summary>The shape the indexing result has.</summary>
    public nint[] ResultShape { get; private set; } = [];

    /// <summary>
    /// Resolves <paramref name="index"/> against <paramref name="array"/>, or returns null when every item
    /// is basic, so the caller takes the view path.
    /// </summary>
    public static IndexPlan? Create(NDArray array, ReadOnlySpan<AdvancedIndex> index, string paramName = "index")
    {
        bool advanced = false;
        int consumed = 0, ellipsis = -1;
        for (int k = 0; k < index.Length; k++)
        {
            AdvancedIndex item = index[k];
            if (item.Kind == AdvancedIndexKind.Basic)
            {
                switch (item.Basic.Kind)
                {
                    case NDIndexKind.Integer or NDIndexKind.Slice:
                        consumed++;
                        break;
                    case NDIndexKind.Ellipsis:
                        if (ellipsis >= 0)
                        {
                            ThrowHelper.ThrowArgument("an index can only have a single ellipsis ('...')", paramName);
                        }

                        ellipsis = k;
                        break;
                }

                continue;
            }

            advanced = true;
            item.Array!.ThrowIfDisposed();
            if (item.Kind == AdvancedIndexKind.Mask)
            {
                consumed += item.Array.NDim;
            }
            else
            {
                if (item.Array.DType.Kind is not ('i' or 'u'))
                {
                    ThrowHelper.ThrowIndexNotInteger(paramName);
                }

                consumed++;
            }
        }

        if (consumed > array.NDim)
        {
            ThrowHelper.ThrowTooManyIndices(array.NDim, consumed, paramName);
        }

        if (!advanced)
        {
            return null;
        }

        // The view: basic items applied, advanced ones kept whole (a 0-d bool gets a new axis of
        // length 1, which its nonzero() then selects 0 or 1 times, as NumPy's prepare_index does).
        var shape = new List<nint>(array.NDim + index.Length);
        var strides = new List<nint>(array.NDim + index.Length);
        var advAxes = new List<int>();
        var sources = new List<(NDArray? Array, long Scalar, int Axis, nint Length, int MaskDim)>();
        byte* data = array.Data;
        int axis = 0;
        for (int k = 0; k < index.Length; k++)
        {
            AdvancedIndex item = index[k];
            if (item.Kind == AdvancedIndexKind.Basic)
            {
                NDIndex b = item.Basic;
                switch (b.Kind)
                {
                    case NDIndexKind.Integer:
                        // Beside index arrays an integer is a 0-d index array: it broadcasts, and it
                        // counts when deciding whether the advanced items are adjacent.
                        advAxes.Add(shape.Count);
                        sources.Add((null, b.Start, axis, array.ShapeArray[axis], -1));
                        shape.Add(array.ShapeArray[axis]);
                        strides.Add(array.StridesArray[axis]);
                        axis++;
                        break;
                    case NDIndexKind.Slice:
                        b.Resolve(array.ShapeArray[axis], out nint first, out nint step, out nint count);
                        if (count > 0)
                        {
                            data += first * array.StridesArray[axis];
                        }
                        else
                        {
                            step = 1;
                        }

                        shape.Add(count);
                        strides.Add(array.StridesArray[axis] * step);
                        axis++;
                        break;
                    case NDIndexKind.NewAxis:
                        shape.Add(1);
                        strides.Add(0);
                        break;
                    case NDIndexKind.Ellipsis:
                        for (int fill = array.NDim - consumed; fill > 0; fill--, axis++)
                        {
                            shape.Add(array.ShapeArray[axis]);
                            strides.Add(array.StridesArray[axis]);
                        }

                        break;
                }

                continue;
            }

            NDArray arr = item.Array!;
            if (item.Kind == AdvancedIndexKind.IndexArray && arr.NDim == 0)
            {
                // A 0-d integer array is an integer (prepare_index's HAS_SCALAR_ARRAY).
                advAxes.Add(shape.Count);
                sources.Add((null, ScalarOf(arr), axis, array.ShapeArray[axis], -1));
                shape.Add(array.ShapeArray[axis]);
                strides.Add(array.StridesArray[axis]);
                axis++;
                continue;
            }

            if (item.Kind == AdvancedIndexKind.IndexArray)
            {
                advAxes.Add(shape.Count);
                sources.Add((arr, 0, axis, array.ShapeArray[axis], -1));
                shape.Add(array.ShapeArray[axis]);
                strides.Add(array.StridesArray[axis]);
                axis++;
                continue;
            }

            if (arr.NDim == 0)
            {
                advAxes.Add(shape.Count);
                sources.Add((arr, 0, -1, 1, 0));
                shape.Add(1);
                strides.Add(0);
                continue;
            }

            for (int d = 0; d < arr.NDim; d++)
            {
                // NumPy checks only mask dimensions of nonzero length (prepare_index's "value > 0").
                if (arr.ShapeArray[d] != array.ShapeArray[axis + d] && arr.ShapeArray[d] > 0)
                {
                    ThrowHelper.ThrowMaskMismatch(axis + d, array.ShapeArray[axis + d], arr.ShapeArray[d], paramName);
                }
            }

            for (int d = 0; d < arr.NDim; d++)
            {
                advAxes.Add(shape.Count);
                sources.Add((arr, 0, axis + d, array.ShapeArray[axis + d], d));
                shape.Add(array.ShapeArray[axis + d]);
                strides.Add(array.StridesArray[axis + d]);
            }

            axis += arr.NDim;
        }

        for (; axis < array.NDim; axis++)
        {
            shape.Add(array.ShapeArray[axis]);
            strides.Add(array.StridesArray[axis]);
        }

        // mapiter_fill_info: integers and arrays are "fancy"; any other item after a fancy one,
        // even an ellipsis standing for no axes, separates the fancy items and puts B first.
        int status = -1;
        foreach (AdvancedIndex item in index)
        {
            bool fancy = item.Kind != AdvancedIndexKind.Basic || item.Basic.Kind == NDIndexKind.Integer;
            if (fancy)
            {
                status = status == 1 ? 2 : status == -1 ? 0 : status;
            }
            else if (status == 0)
            {
                status = 1;
            }
        }

        NDArray view = NDArray.CreateView(array, data, [.. shape], [.. strides]);
        var plan = new IndexPlan(view);
        try
        {
            plan.Build(sources, advAxes, status != 2, paramName);
        }
        catch
        {
            plan.Dispose();
            throw;
        }

        return plan;
    }

    private void Build(List<(NDArray? Array, long Scalar, int Axis, nint Length, int MaskDim)> sources, List<int> advAxes, bool consecutive, string paramName)
    {
        // Masks become their nonzero() coordinates, one array per mask dimension.
        var arrays = new NDArray?[sources.Count];
        for (int k = 0; k < sources.Count; k++)
        {
            var s = sources[k];
            if (s.MaskDim < 0)
            {
                arrays[k] = s.Array;
                continue;
            }

            if (s.MaskDim == 0)
            {
                NDArray mask = s.Array!;
                NDArray[] coords = mask.NDim == 0
                    ? [NDArray.Zeros<long>(*mask.Data != 0 ? 1 : 0)]
                    : Selection.Nonzero(mask);
                for (int d = 0; d < coords.Length; d++)
                {
                    _temporaries.Add(coords[d]);
                    arrays[k + d] = coords[d];
                }
            }
        }

        // Integers first: NumPy applies them to the view before it broadcasts the index arrays.
        for (int k = 0; k < arrays.Length; k++)
        {
            var s = sources[k];
            long v = s.Scalar < 0 ? s.Scalar + s.Length : s.Scalar;
            if (arrays[k] is null && (ulong)v >= (ulong)s.Length)
            {
                ThrowHelper.ThrowIndexOutOfBounds(s.Scalar, s.Axis, s.Length, paramName);
            }
        }

        var shapes = new List<nint[]>(arrays.Length);
        int nd = 0;
        foreach (NDArray? a in arrays)
        {
            nint[] sh = a?.ShapeArray ?? [];
            shapes.Add(sh);
            nd = Math.Max(nd, sh.Length);
        }

        var b = new nint[nd];
        if (!Broadcasting.TryShape(shapes.ToArray(), b))
        {
            // NumPy lists the index arrays only, not the integers beside them.
            ThrowHelper.ThrowIndexBroadcast(shapes.Where((_, k) => arrays[k] is not null).ToList(), paramName);
        }

        if (nd > NDArray.MaxDimensions)
        {
            ThrowHelper.ThrowTooManyDimensions(nd, paramName);
        }

        BroadcastShape = b;
        nint outer = 1;
        foreach (nint n in b)
        {
            outer *= n;
        }

        Outer = outer;
        AdvancedAxes = [.. advAxes];
        Positions = new long*[arrays.Length];
        for (int k = 0; k < arrays.Length; k++)
        {
            var s = sources[k];
            if (arrays[k] is null)
            {
                Positions[k] = Normalize(null, s.Scalar, b, outer, s.Length, s.Axis, paramName);
            }
        }

        // The index arrays are checked only when the result has elements, as the embedded NumPy
        // (mapiter) does; unchecked positions are never read, since nothing is copied then.
        bool subEmpty = false;
        for (int i = 0, k = 0; i < View.NDim; i++)
        {
            if (k < advAxes.Count && advAxes[k] == i)
            {
                k++;
            }
            else if (View.ShapeArray[i] == 0)
            {
                subEmpty = true;
            }
        }

        bool skip = outer == 0 || subEmpty;
        for (int k = 0; k < arrays.Length; k++)
        {
            var s = sources[k];
            if (arrays[k] is not null)
            {
                Positions[k] = skip ? null : Normalize(arrays[k], s.Scalar, b, outer, s.Length, s.Axis < 0 ? 0 : s.Axis, paramName);
            }
        }

        // The subspace and the result shape.
        int vnd = View.NDim;
        var subShape = new List<nint>(vnd);
        var subStrides = new List<nint>(vnd);
        int firstAdv = AdvancedAxes[0];
        int prefix = 0;
        for (int i = 0, k = 0; i < vnd; i++)
        {
            if (k < AdvancedAxes.Length && AdvancedAxes[k] == i)
            {
                k++;
                continue;
            }

            subShape.Add(View.ShapeArray[i]);
            subStrides.Add(View.StridesArray[i]);
            if (consecutive && i < firstAdv)
            {
                prefix++;
            }
        }

        SubShape = [.. subShape];
        SubStrides = [.. subStrides];
        Prefix = prefix;
        var result = new nint[nd + SubShape.Length];
        SubShape.AsSpan(0, prefix).CopyTo(result);
        b.CopyTo(result.AsSpan(prefix));
        SubShape.AsSpan(prefix).CopyTo(result.AsSpan(prefix + nd));
        if (result.Length > NDArray.MaxDimensions)
        {
            ThrowHelper.ThrowArgument($"number of dimensions must be within [0, {NDArray.MaxDimensions}], indexing result would have {result.Length}", paramName);
        }

        ResultShape = result;
    }

    /// <summary>
    /// The positions of one advanced axis as Size(B) contiguous int64 values in [0, length): the
    /// caller's own array when it already is exactly that, else a checked, wrapped copy.
    /// </summary>
    private long* Normalize(NDArray? source, long scalar, nint[] b, nint outer, nint length, int axis, string paramName)
    {
        if (source is null)
        {
            long v = scalar < 0 ? scalar + length : scalar;
            if ((ulong)v >= (ulong)length)
            {
                ThrowHelper.ThrowIndexOutOfBounds(scalar, axis, length, paramName);
            }

            NDArray<long> filled = NDArray.Full<long>(outer == 0 ? [0] : [outer], v);
            _temporaries.Add(filled);
            return (long*)filled.Data;
        }

        if (source.DType.Type == ScalarType.Int64 && source.DType.IsNativeByteOrder && source.IsCContiguous && source.ShapeArray.AsSpan().SequenceEqual(b)
            && IndexKernels.AllInRange((long*)source.Data, outer, length))
        {
            return (long*)source.Data;
        }

        // A copy in int64 (unsafe for uint64, as NumPy's intp conversion), broadcast to B.
        NDArray converted = NDArray.Empty(DType.Int64, b);
        _temporaries.Add(converted);
        using (NDArray broadcast = source.BroadcastTo(b))
        {
            NDArray.AssignCore(broadcast, converted);
        }

        long* p = (long*)converted.Data;
        long bad = IndexKernels.WrapNegatives(p, outer, length, out bool ok);
        if (!ok)
        {
            ThrowHelper.ThrowIndexOutOfBounds(bad, axis, length, paramName);
        }

        return p;
    }

    private static long ScalarOf(NDArray zeroD)
    {
        using NDArray v = zeroD.AsType(DType.Int64);
        return *(long*)v.Data;
    }

    /// <summary>The byte offset into the view of B-position <paramref name="o"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public nint OffsetOf(nint o)
    {
        nint off = 0;
        long*[] positions = Positions;
        int[] axes = AdvancedAxes;
        nint[] strides = View.StridesArray;
        for (int k = 0; k < positions.Length; k++)
        {
            off += (nint)positions[k][o] * strides[axes[k]];
        }

        return off;
    }

    /// <summary>Keeps an array alive until the plan is disposed.</summary>
    public void Own(NDArray array) => _temporaries.Add(array);

    /// <inheritdoc/>
    public void Dispose()
    {
        View.Dispose();
        foreach (NDArray t in _temporaries)
        {
            t.Dispose();
        }
    }
}
