namespace ArrayBridge;

public unsafe partial class NDArray
{
    /// <summary>
    /// Advanced ("fancy") indexing, <c>arr[index]</c> with integer index arrays and boolean masks
    /// among integers, slices, <c>None</c> and <c>...</c>: getting returns a copy, setting writes
    /// through (see <see cref="Get"/> and <see cref="Set"/>). With basic items only it is basic
    /// indexing: getting returns a view.
    /// </summary>
    /// <inheritdoc cref="Get"/>
    public NDArray this[params AdvancedIndex[] index]
    {
        get => Get(index);
        set => Set(value, index);
    }

    /// <summary>
    /// NumPy's indexing <c>arr[index]</c> with advanced items: index arrays and integers broadcast
    /// together to a shape B; adjacent advanced items put B in their place in the result, separated
    /// ones (by a slice, <c>None</c> or <c>...</c>) put it first; a mask acts as its <c>nonzero()</c>
    /// and a 0-d bool adds an axis of length 1 (true) or 0 (false). The result is a new array (a view
    /// when every item is basic, as in NumPy).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A position is outside its axis ("index 3 is out of bounds for axis 0 with size 3").</exception>
    /// <exception cref="ArgumentException">The index arrays do not broadcast ("shape mismatch: indexing arrays could not be broadcast together with shapes (2,) (3,) "), a mask does not match its axes ("boolean index did not match indexed array along dimension 0; dimension is 3 but corresponding boolean dimension is 2"), an index array is not integer or bool ("arrays used as indices must be of integer (or boolean) type"), there are too many indices or more than one ellipsis.</exception>
    public NDArray Get(params ReadOnlySpan<AdvancedIndex> index)
    {
        ThrowIfDisposed();
        if (TryMaskGather(index, out NDArray? fast))
        {
            return fast;
        }

        using IndexPlan? plan = IndexPlan.Create(this, index);
        if (plan is null)
        {
            return Index(ToBasic(index));
        }

        return AdvancedIndexing.Gather(plan);
    }

    /// <summary>
    /// NumPy's assignment <c>arr[index] = value</c>: <paramref name="value"/> is cast to this array's
    /// dtype as NumPy's setitem casts (unsafe: floats truncate into integers; a weak integer that
    /// does not fit is an <see cref="OverflowException"/>), broadcast to the indexing result's shape
    /// and written through; for a repeated position the last value lands.
    /// </summary>
    /// <exception cref="ArgumentException">The value does not broadcast ("shape mismatch: value array of shape (3,) could not be broadcast to indexing result of shape (2,4)"), or the index is invalid as for <see cref="Get"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A position is outside its axis.</exception>
    /// <exception cref="InvalidOperationException">The array is read-only.</exception>
    public void Set(Operand value, params ReadOnlySpan<AdvancedIndex> index)
    {
        ThrowIfNotWriteable();
        using IndexPlan? plan = IndexPlan.Create(this, index);
        using NDArray values = AdvancedIndexing.ValueArray(value, _dtype, nameof(value));
        if (plan is null)
        {
            using NDArray view = Index(ToBasic(index));
            if (!Layout.CanBroadcastTo(values.ShapeArray, view.ShapeArray))
            {
                ThrowHelper.ThrowArgument($"could not broadcast input array from shape {Layout.FormatCompact(values.ShapeArray)} into shape {Layout.FormatCompact(view.ShapeArray)}", nameof(value));
            }

            using NDArray source = values.BroadcastTo(view.ShapeArray);
            AssignCore(source, view);
            return;
        }

        CheckSetValueShape(index, values, plan.ResultShape);
        AdvancedIndexing.Scatter(plan, values, nameof(value));
    }

    // Two index forms NumPy assigns through other paths, with those paths' messages: one mask of
    // the array's whole shape (array_assign_boolean_subscript: a 0-d or 1-d value, one value or
    // one per true element), and 0-d integer arrays as the only advanced items (a view assignment).
    private void CheckSetValueShape(ReadOnlySpan<AdvancedIndex> index, NDArray values, nint[] result)
    {
        if (index.Length == 1 && index[0].Kind == AdvancedIndexKind.Mask && index[0].Array!.ShapeArray.AsSpan().SequenceEqual(_shape))
        {
            if (values.NDim > 1)
            {
                ThrowHelper.ThrowArgument($"NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has {values.NDim} dimensions", "value");
            }

            if (values.Size != 1 && values.Size != result[0])
            {
                ThrowHelper.ThrowArgument($"NumPy boolean array indexing assignment cannot assign {values.Size} input values to the {result[0]} output values where the mask is true", "value");
            }

            return;
        }

        // 0-d integer arrays as the only advanced items are integers to NumPy: a view assignment.
        foreach (AdvancedIndex item in index)
        {
            if (item.Kind == AdvancedIndexKind.Mask || (item.Kind == AdvancedIndexKind.IndexArray && item.Array!.NDim > 0))
            {
                return;
            }
        }

        if (!Layout.CanBroadcastTo(values.ShapeArray, result))
        {
            ThrowHelper.ThrowArgument($"could not broadcast input array from shape {Layout.FormatCompact(values.ShapeArray)} into shape {Layout.FormatCompact(result)}", "value");
        }
    }

    /// <summary>A view of <paramref name="array"/>'s memory, for the indexing engine.</summary>
    internal static NDArray CreateView(NDArray array, byte* data, nint[] shape, nint[] strides) => array.ViewOf(data, shape, strides);

    private static NDIndex[] ToBasic(ReadOnlySpan<AdvancedIndex> index)
    {
        var basic = new NDIndex[index.Length];
        for (int k = 0; k < index.Length; k++)
        {
            basic[k] = index[k].Basic;
        }

        return basic;
    }

    // The boolean-mask gather of a C-contiguous array by a C-contiguous mask of its full shape:
    // count, allocate, compress; no nonzero() positions in between.
    private bool TryMaskGather(ReadOnlySpan<AdvancedIndex> index, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out NDArray? result)
    {
        result = null;
        if (index.Length != 1 || index[0].Kind != AdvancedIndexKind.Mask)
        {
            return false;
        }

        NDArray mask = index[0].Array!;
        mask.ThrowIfDisposed();
        if (mask.NDim == 0 || !mask.IsCContiguous || !IsCContiguous || !mask.ShapeArray.AsSpan().SequenceEqual(_shape))
        {
            return false;
        }

        nint count = IndexKernels.CountTrue(mask.Data, mask.Size);
        NDArray r = Empty(_dtype, [count]);
        IndexKernels.Compress(_data, mask.Data, r.Data, _size, ItemSize);
        GC.KeepAlive(mask);
        result = r;
        return true;
    }
}
