namespace ArrayBridge;

public unsafe partial class NDArray
{
    /// <summary>
    /// A view by NumPy's basic index syntax: <c>a["1:, ::-2, None, ..., 3"]</c> (integers, negative
    /// integers, slices with steps, <c>None</c>, <c>...</c>). Zero-copy; shares this array's memory.
    /// </summary>
    /// <exception cref="FormatException">The text is not basic index syntax.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An integer is out of bounds (NumPy's IndexError "index 5 is out of bounds for axis 0 with size 2").</exception>
    /// <exception cref="ArgumentException">There are too many indices ("too many indices for array: array is 2-dimensional, but 3 were indexed"), more than one ellipsis, or the result would have more than <see cref="MaxDimensions"/> axes.</exception>
    public NDArray this[string index] => Index(NDIndex.Parse(index));

    /// <summary>A view by basic indexing with typed items: <c>a[1.., NDIndex.Slice(step: -2), NDIndex.NewAxis]</c>.</summary>
    /// <inheritdoc cref="this[string]"/>
    public NDArray this[params NDIndex[] index] => Index(index);

    /// <summary>Basic indexing (<c>arr[index]</c> with integers, slices, <c>None</c> and <c>...</c>): a zero-copy view.</summary>
    /// <inheritdoc cref="this[string]"/>
    public NDArray Index(params ReadOnlySpan<NDIndex> index)
    {
        ThrowIfDisposed();
        int consumed = 0, newAxes = 0, integers = 0;
        int ellipsis = -1;
        for (int k = 0; k < index.Length; k++)
        {
            switch (index[k].Kind)
            {
                case NDIndexKind.Integer:
                    consumed++;
                    integers++;
                    break;
                case NDIndexKind.Slice:
                    consumed++;
                    break;
                case NDIndexKind.NewAxis:
                    newAxes++;
                    break;
                case NDIndexKind.Ellipsis:
                    if (ellipsis >= 0)
                    {
                        ThrowHelper.ThrowArgument("an index can only have a single ellipsis ('...')", nameof(index));
                    }

                    ellipsis = k;
                    break;
            }
        }

        if (consumed > NDim)
        {
            ThrowHelper.ThrowTooManyIndices(NDim, consumed, nameof(index));
        }

        // Checked before anything is sized by it: a few thousand NewAxis items must not build a
        // few-thousand-axis array (mapping.c's prepare_index).
        long resultRank = (long)NDim - integers + newAxes;
        if (resultRank > MaxDimensions)
        {
            ThrowHelper.ThrowArgument($"number of dimensions must be within [0, {MaxDimensions}], indexing result would have {resultRank}", nameof(index));
        }

        var shape = new List<nint>(NDim + newAxes);
        var strides = new List<nint>(NDim + newAxes);
        byte* data = _data;
        int axis = 0;
        for (int k = 0; k < index.Length; k++)
        {
            NDIndex item = index[k];
            switch (item.Kind)
            {
                case NDIndexKind.Integer:
                {
                    nint n = _shape[axis];
                    nint i = item.Start < 0 ? item.Start + n : item.Start;
                    if ((nuint)i >= (nuint)n)
                    {
                        ThrowHelper.ThrowIndexOutOfBounds(item.Start, axis, n, nameof(index));
                    }

                    data += i * _strides[axis];
                    axis++;
                    break;
                }

                case NDIndexKind.Slice:
                {
                    item.Resolve(_shape[axis], out nint first, out nint step, out nint count);
                    if (count > 0)
                    {
                        data += first * _strides[axis];
                    }
                    else
                    {
                        step = 1; // NumPy's get_view_from_index: an empty slice keeps the axis stride
                    }

                    shape.Add(count);
                    strides.Add(_strides[axis] * step);
                    axis++;
                    break;
                }

                case NDIndexKind.NewAxis:
                    shape.Add(1);
                    strides.Add(0);
                    break;

                case NDIndexKind.Ellipsis:
                    for (int fill = NDim - consumed; fill > 0; fill--, axis++)
                    {
                        shape.Add(_shape[axis]);
                        strides.Add(_strides[axis]);
                    }

                    break;
            }
        }

        for (; axis < NDim; axis++)
        {
            shape.Add(_shape[axis]);
            strides.Add(_strides[axis]);
        }

        return ViewOf(data, [.. shape], [.. strides]);
    }

    /// <summary>
    /// Reverses the axes (<c>arr.T</c>, <c>arr.transpose()</c> with no axes): a zero-copy view whose
    /// shape and strides are this array's in reverse order.
    /// </summary>
    public NDArray Transpose()
    {
        ThrowIfDisposed();
        int nd = NDim;
        var shape = new nint[nd];
        var strides = new nint[nd];
        for (int i = 0; i < nd; i++)
        {
            shape[i] = _shape[nd - 1 - i];
            strides[i] = _strides[nd - 1 - i];
        }

        return ViewOf(_data, shape, strides);
    }

    /// <summary>
    /// Permutes the axes (<c>arr.transpose(axes)</c>, <c>PyArray_Transpose</c>): result axis
    /// <c>i</c> is this array's axis <c>axes[i]</c>. There must be one entry per axis, so an empty
    /// list fits only a 0-d array, as <c>arr.transpose(())</c> in NumPy; <see cref="Transpose()"/>
    /// with no arguments reverses the axes. Negative axes count from the end.
    /// </summary>
    /// <exception cref="ArgumentException">The axes are not a permutation: "axes don't match array", "repeated axis in transpose".</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of bounds.</exception>
    public NDArray Transpose(params ReadOnlySpan<int> axes)
    {
        ThrowIfDisposed();
        int nd = NDim;
        if (axes.Length != nd)
        {
            ThrowHelper.ThrowArgument($"axes don't match array: {axes.Length} axes given for an array of dimension {nd}", nameof(axes));
        }

        // A fixed size: the rank never exceeds MaxDimensions (the constructor enforces it).
        Span<bool> seen = stackalloc bool[MaxDimensions];
        var shape = new nint[nd];
        var strides = new nint[nd];
        for (int i = 0; i < nd; i++)
        {
            int a = Layout.NormalizeAxis(axes[i], nd, nameof(axes));
            if (seen[a])
            {
                ThrowHelper.ThrowArgument("repeated axis in transpose", nameof(axes));
            }

            seen[a] = true;
            shape[i] = _shape[a];
            strides[i] = _strides[a];
        }

        return ViewOf(_data, shape, strides);
    }

    /// <summary>Interchanges two axes (<c>arr.swapaxes(axis1, axis2)</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of bounds.</exception>
    public NDArray SwapAxes(int axis1, int axis2)
    {
        ThrowIfDisposed();
        int nd = NDim;
        int a = Layout.NormalizeAxis(axis1, nd, nameof(axis1));
        int b = Layout.NormalizeAxis(axis2, nd, nameof(axis2));
        var perm = new int[nd];
        for (int i = 0; i < nd; i++)
        {
            perm[i] = i;
        }

        (perm[a], perm[b]) = (perm[b], perm[a]);
        return Transpose(perm);
    }

    /// <summary>Removes every axis of length 1 (<c>arr.squeeze()</c>).</summary>
    public NDArray Squeeze()
    {
        ThrowIfDisposed();
        Span<bool> remove = stackalloc bool[MaxDimensions];
        for (int i = 0; i < NDim; i++)
        {
            remove[i] = _shape[i] == 1;
        }

        return ViewWithout(remove);
    }

    /// <summary>
    /// Removes the axis <paramref name="axis"/>, which must have length 1 (<c>arr.squeeze(axis)</c>
    /// with an integer). As in NumPy, a 0-d array takes axis 0 or -1 and is returned unchanged.
    /// </summary>
    /// <exception cref="ArgumentException">The axis does not have length 1.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of bounds.</exception>
    public NDArray Squeeze(int axis)
    {
        ThrowIfDisposed();
        if (NDim == 0 && axis is 0 or -1)
        {
            // NumPy's PyArray_ConvertMultiAxis lets these through for scalars, for compatibility.
            return ViewOf(_data, _shape, _strides);
        }

        return Squeeze([axis]);
    }

    /// <summary>
    /// Removes the given axes, each of which must have length 1 (<c>arr.squeeze(axes)</c> with a
    /// tuple): an empty list removes nothing, unlike <see cref="Squeeze()"/>.
    /// </summary>
    /// <exception cref="ArgumentException">An axis does not have length 1, or is given twice ("duplicate value in 'axis'").</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of bounds.</exception>
    public NDArray Squeeze(params ReadOnlySpan<int> axes)
    {
        ThrowIfDisposed();
        int nd = NDim;
        Span<bool> remove = stackalloc bool[MaxDimensions];
        foreach (int axis in axes)
        {
            int a = Layout.NormalizeAxis(axis, nd, nameof(axes));
            if (remove[a])
            {
                ThrowHelper.ThrowArgument("duplicate value in 'axis'", nameof(axes));
            }

            remove[a] = true;
        }

        for (int a = 0; a < nd; a++)
        {
            if (remove[a] && _shape[a] != 1)
            {
                ThrowHelper.ThrowArgument($"cannot select an axis to squeeze out which has size not equal to one (axis {a} has length {_shape[a]})", nameof(axes));
            }
        }

        return ViewWithout(remove);
    }

    /// <summary>A view without the axes flagged in <paramref name="remove"/>.</summary>
    private NDArray ViewWithout(ReadOnlySpan<bool> remove)
    {
        int nd = NDim, kept = 0;
        for (int i = 0; i < nd; i++)
        {
            kept += remove[i] ? 0 : 1;
        }

        var shape = new nint[kept];
        var strides = new nint[kept];
        for (int i = 0, j = 0; i < nd; i++)
        {
            if (!remove[i])
            {
                shape[j] = _shape[i];
                strides[j] = _strides[i];
                j++;
            }
        }

        return ViewOf(_data, shape, strides);
    }

    /// <summary>
    /// Inserts an axis of length 1 at <paramref name="axis"/> (<c>np.expand_dims</c>), which NumPy
    /// implements as a reshape, so the new axis gets the stride reshape gives it.
    /// </summary>
    /// <exception cref="ArgumentException">The array already has <see cref="MaxDimensions"/> axes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of bounds for the result.</exception>
    public NDArray ExpandDims(int axis)
    {
        ThrowIfDisposed();
        Layout.CheckRank(NDim + 1, nameof(axis));
        int a = Layout.NormalizeAxis(axis, NDim + 1);
        var shape = new nint[NDim + 1];
        for (int i = 0, j = 0; i < shape.Length; i++)
        {
            shape[i] = i == a ? 1 : _shape[j++];
        }

        return Reshape(shape);
    }

    /// <summary>
    /// A read-only view broadcast to <paramref name="shape"/> (<c>np.broadcast_to</c>): added leading
    /// axes and stretched length-1 axes get stride 0, as does every target axis of length 1.
    /// </summary>
    /// <exception cref="ArgumentException">The shapes are not compatible, the target has a negative length or more than <see cref="MaxDimensions"/> axes, or is a scalar shape for a non-scalar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The target's byte size does not fit in <see cref="nint"/> (NumPy's "array is too big").</exception>
    public NDArray BroadcastTo(params ReadOnlySpan<nint> shape)
    {
        ThrowIfDisposed();
        Layout.CheckRank(shape.Length, nameof(shape));
        if (shape.IsEmpty && NDim > 0)
        {
            ThrowHelper.ThrowArgument("cannot broadcast a non-scalar to a scalar array", nameof(shape));
        }

        foreach (nint n in shape)
        {
            if (n < 0)
            {
                ThrowHelper.ThrowArgument("all elements of broadcast shape must be non-negative", nameof(shape));
            }
        }

        Layout.ValidateLayoutShape(shape, ItemSize, out _);
        int nd = shape.Length, offset = nd - NDim;
        var strides = new nint[nd];
        bool ok = offset >= 0;
        for (int i = 0; ok && i < nd; i++)
        {
            int j = i - offset;
            nint target = shape[i];
            if (j < 0)
            {
                strides[i] = 0;
            }
            else if (_shape[j] == target)
            {
                strides[i] = target == 1 ? 0 : _strides[j];
            }
            else if (_shape[j] == 1)
            {
                strides[i] = 0;
            }
            else
            {
                ok = false;
            }
        }

        if (!ok)
        {
            ThrowHelper.ThrowArgument($"operands could not be broadcast together with remapped shapes [original->remapped]: {Layout.Format(_shape)} and requested shape {Layout.Format(shape)}", nameof(shape));
        }

        return ViewOf(_data, shape.ToArray(), strides, writeable: false);
    }

    /// <summary>
    /// A view with any shape and byte strides from this array's data pointer plus
    /// <paramref name="byteOffset"/> (<c>np.lib.stride_tricks.as_strided</c>). Unlike NumPy, the
    /// layout is checked against the memory, without overflow: when its length is known, the start
    /// must lie in it and every byte reached inside it; otherwise no address may run past either end
    /// of the address space.
    /// </summary>
    /// <exception cref="ArgumentException">More than <see cref="MaxDimensions"/> axes, or strides that do not match the shape.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative length, or the start or the layout is outside the memory.</exception>
    public NDArray AsStrided(ReadOnlySpan<nint> shape, ReadOnlySpan<nint> strides, nint byteOffset = 0, bool? writeable = null)
    {
        ThrowIfDisposed();
        Layout.ValidateLayoutShape(shape, ItemSize, out _);
        CheckStridesLength(shape, strides);
        byte* data = PlaceLayout(_memory, (Int128)(nint)(_data - _memory.Start) + byteOffset, shape, strides, ItemSize, nameof(byteOffset));
        return ViewOf(data, shape.ToArray(), strides.ToArray(), writeable ?? true);
    }

    /// <summary>
    /// The same memory read as another dtype (<c>arr.view(dtype)</c>). With a different item size the
    /// last axis must be contiguous and its byte length divisible by the new item size.
    /// </summary>
    /// <exception cref="ArgumentException">The layout cannot be reinterpreted.</exception>
    public NDArray View(DType dtype)
    {
        ThrowIfDisposed();
        if (dtype.ItemSize == ItemSize)
        {
            return ViewOf(_data, (nint[])_shape.Clone(), (nint[])_strides.Clone(), dtype: dtype);
        }

        if (NDim == 0)
        {
            ThrowHelper.ThrowArgument("Changing the dtype of a 0d array is only supported if the itemsize is unchanged", nameof(dtype));
        }

        int last = NDim - 1;
        if (_shape[last] != 1 && _strides[last] != ItemSize)
        {
            ThrowHelper.ThrowArgument("To change to a dtype of a different size, the last axis must be contiguous", nameof(dtype));
        }

        nint bytes = _shape[last] * ItemSize;
        if (bytes % dtype.ItemSize != 0)
        {
            ThrowHelper.ThrowArgument($"When changing to a {(dtype.ItemSize > ItemSize ? "larger" : "smaller")} dtype, its size must be a divisor of the size of original dtype; the last axis has {bytes} bytes, not a multiple of {dtype.ItemSize}", nameof(dtype));
        }

        var shape = (nint[])_shape.Clone();
        var strides = (nint[])_strides.Clone();
        shape[last] = bytes / dtype.ItemSize;
        strides[last] = dtype.ItemSize;

        // The new layout covers the same bytes; checking costs little and keeps every path that
        // builds strides for existing memory under the same bound.
        PlaceLayout(_memory, (nint)(_data - _memory.Start), shape, strides, dtype.ItemSize, nameof(dtype));
        return ViewOf(_data, shape, strides, dtype: dtype);
    }

    /// <summary>This array as <see cref="NDArray{T}"/>, the same object when the dtype matches.</summary>
    /// <exception cref="InvalidCastException">The dtype is not <typeparamref name="T"/> in native order.</exception>
    public NDArray<T> As<T>() where T : unmanaged
    {
        ThrowIfDisposed();
        if (this is NDArray<T> typed)
        {
            return typed;
        }

        ThrowHelper.ThrowDTypeMismatch(_dtype, typeof(T));
        return null;
    }

    /// <summary>
    /// A view of the whole array that shares this array's shape and stride arrays (they are never
    /// mutated after construction): the cheapest way to take an independent hold on the memory.
    /// </summary>
    internal NDArray ShareView()
    {
        ThrowIfDisposed();
        return ViewOf(_data, _shape, _strides);
    }

    /// <summary>
    /// A new view over this array's memory. Its base is this array's owner as NumPy collapses view
    /// chains; it is writeable when this array is and <paramref name="writeable"/> allows.
    /// </summary>
    private protected NDArray ViewOf(byte* data, nint[] shape, nint[] strides, bool writeable = true, DType? dtype = null)
    {
        // Every view path checks this already; checked here too because a disposed array's memory
        // object may since serve another array (small owners are recycled), whose holder count a
        // view of the disposed array must never join.
        ThrowIfDisposed();
        NDArray owner = _base is null || OwnsData ? this : _base;
        ArrayFlags flags = writeable && IsWriteable ? ArrayFlags.Writeable : 0;
        return Create(_memory, data, shape, strides, dtype ?? _dtype, flags, owner);
    }
}
