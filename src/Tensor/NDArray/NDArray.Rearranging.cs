namespace ArrayBridge;

public unsafe partial class NDArray
{
    /// <summary>
    /// A view with the order of elements reversed along <paramref name="axis"/>, or along every axis
    /// when it is null (<c>np.flip</c>): the data pointer moves to the last element and the stride
    /// changes sign.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of bounds.</exception>
    public NDArray Flip(int? axis = null)
    {
        ThrowIfDisposed();
        if (axis is null)
        {
            return FlipCore(AllAxes(NDim));
        }

        return FlipCore([Layout.NormalizeAxis(axis.Value, NDim)]);
    }

    /// <summary>A view reversed along each of <paramref name="axes"/> (<c>np.flip(m, axis=tuple)</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of bounds.</exception>
    /// <exception cref="ArgumentException">An axis is repeated ("repeated axis").</exception>
    public NDArray Flip(ReadOnlySpan<int> axes)
    {
        ThrowIfDisposed();
        return FlipCore(NormalizeAxisTuple(axes, NDim, allowDuplicates: false));
    }

    /// <summary>A view with the rows reversed (<c>np.flipud</c>, axis 0).</summary>
    /// <exception cref="ArgumentException">The array is 0-d ("Input must be >= 1-d.").</exception>
    public NDArray FlipUD()
    {
        ThrowIfDisposed();
        if (NDim < 1)
        {
            ThrowHelper.ThrowArgument("Input must be >= 1-d.");
        }

        return FlipCore([0]);
    }

    /// <summary>A view with the columns reversed (<c>np.fliplr</c>, axis 1).</summary>
    /// <exception cref="ArgumentException">The array has fewer than 2 axes ("Input must be >= 2-d.").</exception>
    public NDArray FlipLR()
    {
        ThrowIfDisposed();
        if (NDim < 2)
        {
            ThrowHelper.ThrowArgument("Input must be >= 2-d.");
        }

        return FlipCore([1]);
    }

    private NDArray FlipCore(int[] axes)
    {
        var strides = (nint[])_strides.Clone();
        byte* data = _data;
        bool empty = _size == 0;
        foreach (int ax in axes)
        {
            if (!empty)
            {
                data += (_shape[ax] - 1) * strides[ax];
            }

            strides[ax] = -strides[ax];
        }

        return ViewOf(data, (nint[])_shape.Clone(), strides);
    }

    /// <summary>
    /// A new array with the elements rolled by <paramref name="shift"/> along <paramref name="axis"/>
    /// (<c>np.roll</c>); with a null axis the flattened array is rolled and the result has this
    /// array's shape in C order. Elements leaving one end come back at the other.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of bounds.</exception>
    public NDArray Roll(nint shift, int? axis = null) => axis is null ? Roll([shift], default) : Roll([shift], [axis.Value]);

    /// <summary>
    /// <c>np.roll(a, shifts, axes)</c>: <paramref name="shifts"/> and <paramref name="axes"/> are
    /// broadcast together (either may have length 1), the shifts for a repeated axis add up. Empty
    /// <paramref name="axes"/> rolls the flattened array by the sum of the shifts.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of bounds.</exception>
    /// <exception cref="ArgumentException">The two lengths do not broadcast (NumPy's "shape mismatch" message).</exception>
    public NDArray Roll(ReadOnlySpan<nint> shifts, ReadOnlySpan<int> axes)
    {
        ThrowIfDisposed();
        if (axes.IsEmpty)
        {
            nint total = 0;
            foreach (nint s in shifts)
            {
                total += s;
            }

            using NDArray flat = Ravel();
            using NDArray rolled = flat.RollCore([total]);
            return rolled.Reshape(_shape);
        }

        int[] normalized = NormalizeAxisTuple(axes, NDim, allowDuplicates: true);
        if (shifts.Length != axes.Length && shifts.Length != 1 && axes.Length != 1)
        {
            ThrowHelper.ThrowArgument($"shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape ({shifts.Length},) and arg 1 with shape ({axes.Length},).", nameof(axes));
        }

        var perAxis = new nint[NDim];
        int count = Math.Max(shifts.Length, axes.Length);
        for (int i = 0; i < count; i++)
        {
            perAxis[normalized[axes.Length == 1 ? 0 : i]] += shifts[shifts.Length == 1 ? 0 : i];
        }

        return RollCore(perAxis);
    }

    /// <summary>Rolls by a shift per axis into a new array laid out as <c>np.empty_like</c> lays it out.</summary>
    private NDArray RollCore(nint[] perAxis)
    {
        NDArray result = NewLike(ArrayOrder.K, _dtype, null, ArrayFlags.None);
        int nd = NDim;
        var offsets = new nint[nd];
        int rolled = 0;
        for (int d = 0; d < nd; d++)
        {
            nint n = _shape[d] == 0 ? 1 : _shape[d];
            offsets[d] = ((perAxis[d] % n) + n) % n;
            rolled += offsets[d] != 0 ? 1 : 0;
        }

        // One block copy per combination of the two pieces of every rolled axis.
        for (int combo = 0; combo < 1 << rolled; combo++)
        {
            var srcShape = (nint[])_shape.Clone();
            byte* src = _data, dst = result._data;
            for (int d = 0, bit = 0; d < nd; d++)
            {
                nint off = offsets[d];
                if (off == 0)
                {
                    continue;
                }

                nint n = _shape[d];
                if ((combo >> bit++ & 1) == 0)
                {
                    // a[:-off] goes to result[off:].
                    srcShape[d] = n - off;
                    dst += off * result._strides[d];
                }
                else
                {
                    // a[-off:] goes to result[:off].
                    srcShape[d] = off;
                    src += (n - off) * _strides[d];
                }
            }

            if (_size != 0)
            {
                StridedCopy.Copy(src, _strides, dst, result._strides, srcShape, ItemSize);
            }
        }

        GC.KeepAlive(this);
        return result;
    }

    /// <summary>
    /// The array repeated <paramref name="reps"/> times along each axis (<c>np.tile</c>): with more
    /// reps than axes the array gains leading length-1 axes, with fewer the reps gain leading 1s.
    /// The result is a new C-order array (for all-1 reps, a copy keeping this array's layout).
    /// </summary>
    /// <exception cref="ArgumentException">
    /// A negative rep ("negative dimensions are not allowed", NumPy's error for a non-empty array;
    /// for an empty one NumPy's reshape gives a shape-dependent error or result, and this refuses it too).
    /// </exception>
    public NDArray Tile(params ReadOnlySpan<nint> reps)
    {
        ThrowIfDisposed();
        foreach (nint r in reps)
        {
            if (r < 0)
            {
                ThrowHelper.ThrowNegativeDimensions(nameof(reps));
            }
        }

        int nd = Math.Max(NDim, reps.Length);
        Layout.CheckRank(nd, nameof(reps));
        using NDArray c = AtLeastLeading(nd);
        var tup = new nint[nd];
        tup.AsSpan().Fill(1);
        reps.CopyTo(tup.AsSpan(nd - reps.Length));
        if (reps.IndexOfAnyExcept((nint)1) < 0)
        {
            return c.Copy(ArrayOrder.K);
        }

        var shapeOut = new nint[nd];
        for (int d = 0; d < nd; d++)
        {
            if (!Layout.TryMultiply(c._shape[d], tup[d], out shapeOut[d]))
            {
                ThrowHelper.ThrowArgument("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.", nameof(reps));
            }
        }

        NDArray result = Allocate(_dtype, shapeOut, ArrayOrder.C, zero: false);
        if (result._size == 0)
        {
            return result;
        }

        // The result seen as (t0, s0, t1, s1, ...) takes the array broadcast along every t axis:
        // one strided copy, whatever the number of repetitions.
        var shape = new List<nint>(2 * nd);
        var srcStrides = new List<nint>(2 * nd);
        var dstStrides = new List<nint>(2 * nd);
        for (int d = 0; d < nd; d++)
        {
            if (tup[d] != 1)
            {
                shape.Add(tup[d]);
                srcStrides.Add(0);
                dstStrides.Add(c._shape[d] * result._strides[d]);
            }

            shape.Add(c._shape[d]);
            srcStrides.Add(c._strides[d]);
            dstStrides.Add(result._strides[d]);
        }

        StridedCopy.Copy(c._data, srcStrides.ToArray(), result._data, dstStrides.ToArray(), shape.ToArray(), ItemSize);
        GC.KeepAlive(c);
        return result;
    }

    /// <summary>A view with leading length-1 axes added up to <paramref name="ndim"/> axes (<c>np.array(a, ndmin=ndim, copy=False)</c>).</summary>
    private NDArray AtLeastLeading(int ndim)
    {
        if (NDim >= ndim)
        {
            return ShareView();
        }

        var shape = new nint[ndim];
        var strides = new nint[ndim];
        shape.AsSpan().Fill(1);
        _shape.CopyTo(shape, ndim - NDim);
        _strides.CopyTo(strides, ndim - NDim);
        return ViewOf(_data, shape, strides);
    }

    /// <summary>
    /// Each element repeated <paramref name="repeats"/> times along <paramref name="axis"/>
    /// (<c>np.repeat</c>); a null axis repeats the flattened array. A new C-order array.
    /// </summary>
    /// <exception cref="ArgumentException">The result would have a negative length ("negative dimensions are not allowed").</exception>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of bounds.</exception>
    public NDArray Repeat(nint repeats, int? axis = null) => RepeatCore([repeats], broadcast: true, axis);

    /// <summary>
    /// Element <c>i</c> along <paramref name="axis"/> repeated <c>repeats[i]</c> times (<c>np.repeat</c>
    /// with a sequence); a single count applies to every element.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The counts' length is neither 1 nor the axis length ("operands could not be broadcast together
    /// with shape (n,) (m,)"), or a count is negative ("repeats may not contain negative values.").
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of bounds.</exception>
    public NDArray Repeat(ReadOnlySpan<nint> repeats, int? axis = null) => RepeatCore(repeats, broadcast: repeats.Length == 1, axis);

    private NDArray RepeatCore(ReadOnlySpan<nint> counts, bool broadcast, int? axis)
    {
        ThrowIfDisposed();
        NDArray source;
        int ax;
        if (axis is null || NDim == 0)
        {
            // PyArray_CheckAxis: the flattened array, an axis still checked against its one dimension.
            ax = axis is null ? 0 : Layout.NormalizeAxis(axis.Value, 1);
            source = Ravel();
        }
        else
        {
            ax = Layout.NormalizeAxis(axis.Value, NDim);
            source = IsCContiguous ? ShareView() : Copy(ArrayOrder.C);
        }

        using (source)
        {
            nint n = source._shape[ax];
            if (!broadcast && counts.Length != n)
            {
                ThrowHelper.ThrowArgument($"operands could not be broadcast together with shape ({n},) ({counts.Length},)", "repeats");
            }

            nint total = 0;
            if (broadcast)
            {
                if (!Layout.TryMultiply(counts[0], n, out total) && counts[0] >= 0)
                {
                    ThrowHelper.ThrowArgument("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.", "repeats");
                }

                if (total < 0 || (counts[0] < 0 && n != 0))
                {
                    ThrowHelper.ThrowNegativeDimensions("repeats");
                }
            }
            else
            {
                foreach (nint c in counts)
                {
                    if (c < 0)
                    {
                        ThrowHelper.ThrowArgument("repeats may not contain negative values.", "repeats");
                    }

                    total += c;
                    if (total < 0)
                    {
                        ThrowHelper.ThrowArgument("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.", "repeats");
                    }
                }
            }

            var shape = (nint[])source._shape.Clone();
            shape[ax] = total;
            NDArray result = Allocate(_dtype, shape, ArrayOrder.C, zero: false);
            if (result._size == 0)
            {
                return result;
            }

            nint outer = 1, chunk = ItemSize;
            for (int d = 0; d < ax; d++)
            {
                outer *= shape[d];
            }

            for (int d = ax + 1; d < shape.Length; d++)
            {
                chunk *= shape[d];
            }

            byte* src = source._data, dst = result._data;
            for (nint o = 0; o < outer; o++)
            {
                for (nint j = 0; j < n; j++)
                {
                    nint times = broadcast ? counts[0] : counts[(int)j];
                    JoinKernels.RepeatChunk(src, dst, chunk, times);
                    dst += times * chunk;
                    src += chunk;
                }
            }

            GC.KeepAlive(source);
            return result;
        }
    }

    private static int[] AllAxes(int ndim)
    {
        var axes = new int[ndim];
        for (int i = 0; i < ndim; i++)
        {
            axes[i] = i;
        }

        return axes;
    }

    /// <summary>NumPy's <c>normalize_axis_tuple</c>: every axis checked and made non-negative, duplicates refused unless allowed.</summary>
    internal static int[] NormalizeAxisTuple(ReadOnlySpan<int> axes, int ndim, bool allowDuplicates)
    {
        var result = new int[axes.Length];
        for (int i = 0; i < axes.Length; i++)
        {
            result[i] = Layout.NormalizeAxis(axes[i], ndim);
        }

        for (int i = 1; i < result.Length && !allowDuplicates; i++)
        {
            if (result.AsSpan(0, i).Contains(result[i]))
            {
                ThrowHelper.ThrowArgument("repeated axis", "axis");
            }
        }

        return result;
    }
}
