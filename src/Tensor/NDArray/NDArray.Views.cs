namespace ArrayBridge;

public unsafe partial class NDArray
{
    /// <summary>
    /// A view by NumPy's basic index syntax: <c>a["1:, ::-2, None, ..., 3"]</c> (integers, negative
    /// integers, slices with steps, <c>None</c>, <c>...</c>). Zero-copy; shares this array's memory.
    /// </summary>
    /// <exception cref="FormatException">The text is not basic index syntax.</exception>
    /// <exception cref="IndexOutOfRangeException">An integer is out of bounds, or there are too many indices.</exception>
    public NDArray this[string index] => Index(NDIndex.Parse(index));

    /// <summary>A view by basic indexing with typed items: <c>a[1.., NDIndex.Slice(step: -2), NDIndex.NewAxis]</c>.</summary>
    /// <inheritdoc cref="this[string]"/>
    public NDArray this[params NDIndex[] index] => Index(index);

    /// <summary>Basic indexing (<c>arr[index]</c> with integers, slices, <c>None</c> and <c>...</c>): a zero-copy view.</summary>
    /// <inheritdoc cref="this[string]"/>
    public NDArray Index(params ReadOnlySpan<NDIndex> index)
    {
        ThrowIfDisposed();
        int consumed = 0, newAxes = 0;
        int ellipsis = -1;
        for (int k = 0; k < index.Length; k++)
        {
            switch (index[k].Kind)
            {
                case NDIndexKind.Integer or NDIndexKind.Slice:
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
            ThrowHelper.ThrowIndexOutOfRange($"too many indices for array: array is {NDim}-dimensional, but {consumed} were indexed");
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
                        ThrowHelper.ThrowIndexOutOfBounds(item.Start, axis, n);
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
    /// Permutes the axes (<c>arr.transpose(axes)</c>, <c>PyArray_Transpose</c>); no axes reverses
    /// them (<c>arr.T</c>). Negative axes count from the end.
    /// </summary>
    /// <exception cref="ArgumentException">The axes are not a permutation: "axes don't match array", "repeated axis in transpose".</exception>
    public NDArray Transpose(params ReadOnlySpan<int> axes)
    {
        ThrowIfDisposed();
        int nd = NDim;
        Span<int> perm = nd <= 64 ? stackalloc int[nd] : new int[nd];
        if (axes.IsEmpty)
        {
            for (int i = 0; i < nd; i++)
            {
                perm[i] = nd - 1 - i;
            }
        }
        else
        {
            if (axes.Length != nd)
            {
                ThrowHelper.ThrowArgument($"axes don't match array: {axes.Length} axes given for an array of dimension {nd}", nameof(axes));
            }

            Span<bool> seen = stackalloc bool[nd];
            for (int i = 0; i < nd; i++)
            {
                int a = Layout.NormalizeAxis(axes[i], nd, nameof(axes));
                if (seen[a])
                {
                    ThrowHelper.ThrowArgument("repeated axis in transpose", nameof(axes));
                }

                seen[a] = true;
                perm[i] = a;
            }
        }

        var shape = new nint[nd];
        var strides = new nint[nd];
        for (int i = 0; i < nd; i++)
        {
            shape[i] = _shape[perm[i]];
            strides[i] = _strides[perm[i]];
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

    /// <summary>Removes every axis of length 1 (<c>arr.squeeze()</c>), or only the given ones.</summary>
    /// <exception cref="ArgumentException">A given axis does not have length 1.</exception>
    public NDArray Squeeze(params ReadOnlySpan<int> axes)
    {
        ThrowIfDisposed();
        int nd = NDim;
        Span<bool> remove = stackalloc bool[nd];
        if (axes.IsEmpty)
        {
            for (int i = 0; i < nd; i++)
            {
                remove[i] = _shape[i] == 1;
            }
        }
        else
        {
            foreach (int axis in axes)
            {
                int a = Layout.NormalizeAxis(axis, nd, nameof(axes));
                if (remove[a])
                {
                    ThrowHelper.ThrowArgument("repeated axis", nameof(axes));
                }

                if (_shape[a] != 1)
                {
                    ThrowHelper.ThrowArgument($"cannot select an axis to squeeze out which has size not equal to one (axis {a} has length {_shape[a]})", nameof(axes));
                }

                remove[a] = true;
            }
        }

        var shape = new List<nint>(nd);
        var strides = new List<nint>(nd);
        for (int i = 0; i < nd; i++)
        {
            if (!remove[i])
            {
                shape.Add(_shape[i]);
                strides.Add(_strides[i]);
            }
        }

        return ViewOf(_data, [.. shape], [.. strides]);
    }

    /// <summary>
    /// Inserts an axis of length 1 at <paramref name="axis"/> (<c>np.expand_dims</c>), which NumPy
    /// implements as a reshape, so the new axis gets the stride reshape gives it.
    /// </summary>
    public NDArray ExpandDims(int axis)
    {
        ThrowIfDisposed();
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
    /// <exception cref="ArgumentException">The shapes are not compatible, or the target is negative or a scalar shape for a non-scalar.</exception>
    public NDArray BroadcastTo(params ReadOnlySpan<nint> shape)
    {
        ThrowIfDisposed();
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

        Layout.ValidateShape(shape, ItemSize, out _);
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
    /// extent is checked against the memory when its length is known.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The layout reaches outside the memory.</exception>
    public NDArray AsStrided(ReadOnlySpan<nint> shape, ReadOnlySpan<nint> strides, nint byteOffset = 0, bool? writeable = null)
    {
        ThrowIfDisposed();
        Layout.ValidateShape(shape, ItemSize, out _);
        if (strides.Length != shape.Length)
        {
            ThrowHelper.ThrowArgument($"strides has {strides.Length} entries but the shape {Layout.Format(shape)} has {shape.Length} dimensions", nameof(strides));
        }

        if (!Layout.TryGetExtent(shape, strides, ItemSize, out nint low, out nint high))
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(strides), $"strides {Layout.Format(strides)} with shape {Layout.Format(shape)} reach further than the address space");
        }

        byte* data = _data + byteOffset;
        if (high != low && !_memory.Contains(data + low, data + high))
        {
            nint start = (nint)(data - _memory.Start);
            ThrowHelper.ThrowArgumentOutOfRange(nameof(strides),
                $"as_strided: shape {Layout.Format(shape)} with strides {Layout.Format(strides)} reaches bytes [{start + low}, {start + high}) of a buffer of {_memory.Length} bytes");
        }

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
        NDArray owner = _base is null || OwnsData ? this : _base;
        ArrayFlags flags = writeable && IsWriteable ? ArrayFlags.Writeable : 0;
        return Create(_memory, data, shape, strides, dtype ?? _dtype, flags, owner);
    }
}
