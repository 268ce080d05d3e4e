namespace ArrayBridge;

public unsafe partial class NDArray
{
    /// <summary>
    /// Joins arrays along an existing axis (<c>np.concatenate(arrays, axis, out, dtype, casting)</c>);
    /// a null <paramref name="axis"/> flattens every input in C order first. A new result has the
    /// inputs' promoted dtype (<see cref="ResultType"/>) or <paramref name="dtype"/>, and its axes
    /// ordered as the inputs' strides order them, C order winning a conflict (NumPy's
    /// <c>PyArray_CreateMultiSortedStridePerm</c>).
    /// </summary>
    /// <exception cref="ArgumentException">
    /// No arrays ("need at least one array to concatenate"), 0-d arrays, different ranks or lengths
    /// off the axis (NumPy's words), both <paramref name="out"/> and <paramref name="dtype"/>, or an
    /// <paramref name="out"/> of the wrong rank or shape.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of bounds.</exception>
    /// <exception cref="InvalidCastException">An input cannot be cast to the result's dtype under <paramref name="casting"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="out"/> is read-only.</exception>
    public static NDArray Concatenate(ReadOnlySpan<NDArray> arrays, int? axis = 0, NDArray? @out = null, DType? dtype = null, Casting casting = Casting.SameKind)
    {
        EnumChecks.Check(casting);
        if (@out is not null && dtype is not null)
        {
            ThrowHelper.ThrowArgument("concatenate() only takes `out` or `dtype` as an argument, but both were provided.", nameof(dtype));
        }

        CheckInputs(arrays, "need at least one array to concatenate");
        @out?.ThrowIfDisposed();
        return axis is null ? ConcatenateFlat(arrays, @out, dtype, casting) : ConcatenateAxis(arrays, axis.Value, @out, dtype, casting);
    }

    /// <summary>
    /// Joins equal-shaped arrays along a new axis (<c>np.stack(arrays, axis, out, dtype, casting)</c>).
    /// </summary>
    /// <exception cref="ArgumentException">No arrays ("need at least one array to stack") or shapes that differ ("all input arrays must have the same shape").</exception>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of bounds for the result's rank.</exception>
    /// <exception cref="InvalidCastException">An input cannot be cast under <paramref name="casting"/>.</exception>
    public static NDArray Stack(ReadOnlySpan<NDArray> arrays, int axis = 0, NDArray? @out = null, DType? dtype = null, Casting casting = Casting.SameKind)
    {
        CheckInputs(arrays, "need at least one array to stack");
        nint[] shape = arrays[0]._shape;
        for (int i = 1; i < arrays.Length; i++)
        {
            if (!arrays[i]._shape.AsSpan().SequenceEqual(shape))
            {
                ThrowHelper.ThrowArgument("all input arrays must have the same shape", nameof(arrays));
            }
        }

        Layout.CheckRank(shape.Length + 1, nameof(arrays));
        int ax = Layout.NormalizeAxis(axis, shape.Length + 1);
        return ConcatenateOwned(MapViews(arrays, a => a.InsertUnitAxis(ax)), ax, @out, dtype, casting);
    }

    /// <summary>
    /// Joins arrays column-wise (<c>np.hstack</c>): along axis 0 when the first is 1-d (after 0-d
    /// inputs become 1-d), along axis 1 otherwise.
    /// </summary>
    /// <inheritdoc cref="Concatenate" path="/exception"/>
    public static NDArray HStack(ReadOnlySpan<NDArray> arrays, DType? dtype = null, Casting casting = Casting.SameKind)
    {
        CheckInputs(arrays, "need at least one array to concatenate");
        NDArray[] views = MapViews(arrays, a => a.AtLeast(1));
        return ConcatenateOwned(views, views[0].NDim == 1 ? 0 : 1, null, dtype, casting);
    }

    /// <summary>Joins arrays row-wise (<c>np.vstack</c>): 0-d and 1-d inputs become rows, then axis 0.</summary>
    /// <inheritdoc cref="Concatenate" path="/exception"/>
    public static NDArray VStack(ReadOnlySpan<NDArray> arrays, DType? dtype = null, Casting casting = Casting.SameKind)
    {
        CheckInputs(arrays, "need at least one array to concatenate");
        return ConcatenateOwned(MapViews(arrays, a => a.AtLeast(2)), 0, null, dtype, casting);
    }

    /// <summary>Joins arrays depth-wise (<c>np.dstack</c>): inputs become at least 3-d as <c>np.atleast_3d</c> makes them, then axis 2.</summary>
    /// <inheritdoc cref="Concatenate" path="/exception"/>
    public static NDArray DStack(ReadOnlySpan<NDArray> arrays)
    {
        CheckInputs(arrays, "need at least one array to concatenate");
        return ConcatenateOwned(MapViews(arrays, a => a.AtLeast(3)), 2, null, null, Casting.SameKind);
    }

    /// <summary>Stacks 1-d arrays as columns (<c>np.column_stack</c>): inputs of rank below 2 become columns, then axis 1.</summary>
    /// <inheritdoc cref="Concatenate" path="/exception"/>
    public static NDArray ColumnStack(ReadOnlySpan<NDArray> arrays)
    {
        CheckInputs(arrays, "need at least one array to concatenate");
        NDArray[] views = MapViews(arrays, a => a.NDim < 2 ? a.Reshape(a.Size, 1) : a.ShareView());
        return ConcatenateOwned(views, 1, null, null, Casting.SameKind);
    }

    /// <summary>
    /// Splits into <paramref name="sections"/> equal views along <paramref name="axis"/> (<c>np.split(a, sections, axis)</c>).
    /// </summary>
    /// <exception cref="ArgumentException">The axis length is not divisible ("array split does not result in an equal division").</exception>
    /// <exception cref="DivideByZeroException"><paramref name="sections"/> is zero (NumPy's "integer modulo by zero").</exception>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of range ("tuple index out of range", as NumPy's shape lookup fails).</exception>
    public NDArray[] Split(int sections, int axis = 0)
    {
        nint n = AxisLength(axis);
        if (sections == 0)
        {
            ThrowHelper.ThrowDivideByZero("integer modulo by zero");
        }

        if (n % sections != 0)
        {
            ThrowHelper.ThrowArgument("array split does not result in an equal division", nameof(sections));
        }

        return ArraySplit(sections, axis);
    }

    /// <summary>Splits into views at <paramref name="indices"/> along <paramref name="axis"/> (<c>np.split(a, indices, axis)</c>).</summary>
    /// <inheritdoc cref="ArraySplit(ReadOnlySpan{nint}, int)"/>
    public NDArray[] Split(ReadOnlySpan<nint> indices, int axis = 0) => ArraySplit(indices, axis);

    /// <summary>
    /// Splits into <paramref name="sections"/> views along <paramref name="axis"/>, the first
    /// <c>length % sections</c> one element longer (<c>np.array_split</c>).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="sections"/> is not positive ("number sections must be larger than 0.").</exception>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of range ("tuple index out of range").</exception>
    public NDArray[] ArraySplit(int sections, int axis = 0)
    {
        nint total = AxisLength(axis);
        if (sections <= 0)
        {
            ThrowHelper.ThrowArgument("number sections must be larger than 0.", nameof(sections));
        }

        nint each = total / sections, extras = total % sections;
        var result = new NDArray[sections];
        nint start = 0;
        for (int i = 0; i < sections; i++)
        {
            nint length = each + (i < extras ? 1 : 0);
            result[i] = SliceAxis(axis < 0 ? axis + NDim : axis, start, start + length);
            start += length;
        }

        return result;
    }

    /// <summary>
    /// Splits into views at <paramref name="indices"/> along <paramref name="axis"/> (<c>np.array_split(a, indices, axis)</c>):
    /// <c>a[:i0], a[i0:i1], ..., a[ik:]</c> with Python's slice rules for negative and out-of-range indices.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of range ("tuple index out of range").</exception>
    public NDArray[] ArraySplit(ReadOnlySpan<nint> indices, int axis = 0)
    {
        nint total = AxisLength(axis);
        int ax = axis < 0 ? axis + NDim : axis;
        var result = new NDArray[indices.Length + 1];
        for (int i = 0; i <= indices.Length; i++)
        {
            nint start = i == 0 ? 0 : indices[i - 1];
            nint stop = i == indices.Length ? total : indices[i];
            result[i] = SliceAxis(ax, ClampSliceBound(start, total), ClampSliceBound(stop, total));
        }

        return result;
    }

    /// <summary>Python's slice-bound rule for a step of 1: negative counts from the end, then clamp to <c>[0, length]</c>.</summary>
    private static nint ClampSliceBound(nint index, nint length)
    {
        if (index < 0)
        {
            index += length;
            return index < 0 ? 0 : index;
        }

        return index > length ? length : index;
    }

    /// <summary>The length of an axis as NumPy's <c>ary.shape[axis]</c> finds it, negative axes counting from the end.</summary>
    private nint AxisLength(int axis)
    {
        ThrowIfDisposed();
        if (axis < -NDim || axis >= NDim)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(axis), "tuple index out of range");
        }

        return _shape[axis < 0 ? axis + NDim : axis];
    }

    /// <summary>The view <c>[start:stop]</c> along <paramref name="axis"/>, with <c>0 &lt;= start</c> and <c>stop &lt;= length</c>; an empty view when <c>stop &lt;= start</c>.</summary>
    internal NDArray SliceAxis(int axis, nint start, nint stop)
    {
        var shape = (nint[])_shape.Clone();
        shape[axis] = Math.Max(stop - start, 0);
        byte* data = shape[axis] == 0 ? _data : _data + start * _strides[axis];
        return ViewOf(data, shape, (nint[])_strides.Clone());
    }

    /// <summary>A view with a length-1 axis inserted at <paramref name="axis"/> (stride 0: it is never stepped).</summary>
    private NDArray InsertUnitAxis(int axis)
    {
        int nd = NDim + 1;
        var shape = new nint[nd];
        var strides = new nint[nd];
        for (int i = 0, j = 0; i < nd; i++)
        {
            if (i == axis)
            {
                shape[i] = 1;
                strides[i] = 0;
            }
            else
            {
                shape[i] = _shape[j];
                strides[i] = _strides[j++];
            }
        }

        return ViewOf(_data, shape, strides);
    }

    /// <summary>A view of at least <paramref name="ndim"/> axes as <c>np.atleast_1d/2d/3d</c> pads them.</summary>
    private NDArray AtLeast(int ndim)
    {
        if (NDim >= ndim)
        {
            return ShareView();
        }

        // New axes have length 1, so their stride (0 here) is never stepped.
        (nint[] shape, nint[] strides) = (ndim, NDim) switch
        {
            (_, 0) => (new nint[ndim], new nint[ndim]),
            (2, 1) => ([1, _shape[0]], [0, _strides[0]]),
            (3, 1) => ([1, _shape[0], 1], [0, _strides[0], 0]),
            _ => (new nint[] { _shape[0], _shape[1], 1 }, new nint[] { _strides[0], _strides[1], 0 }),
        };
        if (NDim == 0)
        {
            shape.AsSpan().Fill(1);
        }

        return ViewOf(_data, shape, strides);
    }

    private static void CheckInputs(ReadOnlySpan<NDArray> arrays, string emptyMessage)
    {
        if (arrays.Length == 0)
        {
            ThrowHelper.ThrowArgument(emptyMessage, nameof(arrays));
        }

        for (int i = 0; i < arrays.Length; i++)
        {
            if (arrays[i] is null)
            {
                ThrowHelper.ThrowArgumentNull(nameof(arrays), $"the array at index {i} is null");
            }

            arrays[i].ThrowIfDisposed();
        }
    }

    private static NDArray[] MapViews(ReadOnlySpan<NDArray> arrays, Func<NDArray, NDArray> view)
    {
        var views = new NDArray[arrays.Length];
        try
        {
            for (int i = 0; i < views.Length; i++)
            {
                views[i] = view(arrays[i]);
            }
        }
        catch
        {
            DisposeAll(views);
            throw;
        }

        return views;
    }

    /// <summary>Concatenates views made for the call, disposing them afterwards.</summary>
    private static NDArray ConcatenateOwned(NDArray[] views, int axis, NDArray? @out, DType? dtype, Casting casting)
    {
        try
        {
            return Concatenate(views, axis, @out, dtype, casting);
        }
        finally
        {
            DisposeAll(views);
        }
    }

    private static void DisposeAll(NDArray?[] arrays)
    {
        foreach (NDArray? a in arrays)
        {
            a?.Dispose();
        }
    }

    private static NDArray ConcatenateAxis(ReadOnlySpan<NDArray> arrays, int axis, NDArray? @out, DType? dtype, Casting casting)
    {
        int nd = arrays[0].NDim;
        if (nd == 0)
        {
            ThrowHelper.ThrowArgument("zero-dimensional arrays cannot be concatenated", nameof(arrays));
        }

        int ax = Layout.NormalizeAxis(axis, nd);
        nint[] shape = (nint[])arrays[0]._shape.Clone();
        for (int i = 1; i < arrays.Length; i++)
        {
            NDArray a = arrays[i];
            if (a.NDim != nd)
            {
                ThrowHelper.ThrowConcatenateRank(nd, i, a.NDim);
            }

            for (int d = 0; d < nd; d++)
            {
                if (d == ax)
                {
                    shape[d] = AddLengths(shape[d], a._shape[d]);
                }
                else if (a._shape[d] != shape[d])
                {
                    ThrowHelper.ThrowConcatenateShape(d, shape[d], i, a._shape[d]);
                }
            }
        }

        NDArray result;
        if (@out is not null)
        {
            if (@out.NDim != nd)
            {
                ThrowHelper.ThrowArgument("Output array has wrong dimensionality", nameof(@out));
            }

            if (!@out._shape.AsSpan().SequenceEqual(shape))
            {
                ThrowHelper.ThrowArgument("Output array is the wrong shape", nameof(@out));
            }

            @out.ThrowIfNotWriteable();
            result = @out;
        }
        else
        {
            DType target = dtype ?? ConcatenationDType(arrays);
            Layout.ValidateShape(shape, target.ItemSize, out nint nbytes);
            int[] perm = MultiSortedStridePermutation(arrays);
            var strides = new nint[nd];
            if (nbytes != 0)
            {
                nint s = target.ItemSize;
                for (int i = nd - 1; i >= 0; i--)
                {
                    strides[perm[i]] = s;
                    s *= shape[perm[i]];
                }
            }

            result = AllocateStrided(target, shape, strides, nbytes);
        }

        try
        {
            nint offset = 0;
            foreach (NDArray a in arrays)
            {
                CheckConcatenationCast(a, result._dtype, casting);
                nint length = a._shape[ax];
                if (a._size != 0)
                {
                    var viewShape = (nint[])result._shape.Clone();
                    viewShape[ax] = length;
                    JoinCopy(a, result, result._data + offset * result._strides[ax], viewShape, result._strides);
                }

                offset += length;
            }
        }
        catch when (!ReferenceEquals(result, @out))
        {
            result.Dispose();
            throw;
        }

        GC.KeepAlive(result);
        return result;
    }

    private static NDArray ConcatenateFlat(ReadOnlySpan<NDArray> arrays, NDArray? @out, DType? dtype, Casting casting)
    {
        nint total = 0;
        foreach (NDArray a in arrays)
        {
            total = AddLengths(total, a._size);
        }

        NDArray result;
        if (@out is not null)
        {
            if (@out.NDim != 1)
            {
                ThrowHelper.ThrowArgument("Output array must be 1D", nameof(@out));
            }

            if (@out._shape[0] != total)
            {
                ThrowHelper.ThrowArgument("Output array is the wrong size", nameof(@out));
            }

            @out.ThrowIfNotWriteable();
            result = @out;
        }
        else
        {
            DType target = dtype ?? ConcatenationDType(arrays);
            Layout.ValidateShape([total], target.ItemSize, out nint nbytes);
            result = AllocateStrided(target, [total], [nbytes == 0 ? 0 : target.ItemSize], nbytes);
        }

        try
        {
            nint offset = 0;
            foreach (NDArray a in arrays)
            {
                CheckConcatenationCast(a, result._dtype, casting);
                if (a._size != 0)
                {
                    // The chunk of the output seen in the input's shape, stepping through the
                    // output's one axis in C order: a C-order flattening copy.
                    var strides = new nint[a.NDim];
                    nint s = result._strides[0];
                    for (int d = a.NDim - 1; d >= 0; d--)
                    {
                        strides[d] = s;
                        s *= a._shape[d];
                    }

                    JoinCopy(a, result, result._data + offset * result._strides[0], (nint[])a._shape.Clone(), strides);
                }

                offset += a._size;
            }
        }
        catch when (!ReferenceEquals(result, @out))
        {
            result.Dispose();
            throw;
        }

        GC.KeepAlive(result);
        return result;
    }

    /// <summary>A sum of lengths, refused as NumPy does when it overflows.</summary>
    private static nint AddLengths(nint a, nint b)
    {
        nint sum = a + b;
        if (sum < a)
        {
            ThrowHelper.ThrowArgument("total number of elements too large to concatenate", "arrays");
        }

        return sum;
    }

    /// <summary>NumPy's concatenation dtype with no dtype given: <c>np.result_type</c> of the inputs, native byte order.</summary>
    private static DType ConcatenationDType(ReadOnlySpan<NDArray> arrays)
    {
        var list = new Operand[arrays.Length];
        for (int i = 0; i < arrays.Length; i++)
        {
            list[i] = arrays[i];
        }

        return ResultType(list);
    }

    private static void CheckConcatenationCast(NDArray a, DType to, Casting casting)
    {
        if (a._dtype != to && !DType.CanCast(a._dtype, to, casting))
        {
            ThrowIfCannotCast(a._dtype, to, casting);
        }
    }

    /// <summary>
    /// Copies <paramref name="src"/> into the destination layout at <paramref name="dst"/> (of the
    /// source's shape), converting to <paramref name="result"/>'s dtype. Large contiguous same-dtype blocks
    /// are copied in cache-sized pieces; everything else goes through the strided copy or cast engine,
    /// with a snapshot when the source overlaps the destination.
    /// </summary>
    private static void JoinCopy(NDArray src, NDArray result, byte* dst, nint[] shape, nint[] dstStrides)
    {
        using NDArray target = result.ViewOf(dst, shape, dstStrides);
        if (src._dtype == result._dtype && src.IsCContiguous && target.IsCContiguous && !MayOverlap(src, target))
        {
            JoinKernels.CopyBlock(src._data, dst, src.NBytes);
            GC.KeepAlive(src);
            return;
        }

        AssignCore(src, target);
    }

    /// <summary>A new array over fresh memory with the given layout.</summary>
    private static NDArray AllocateStrided(DType dtype, nint[] shape, nint[] strides, nint nbytes)
    {
        var memory = NativeArrayMemory.Allocate(nbytes, zero: false);
        return Create(memory, memory.Start, shape, strides, dtype, ArrayFlags.Writeable | ArrayFlags.OwnData, null);
    }

    /// <summary>
    /// The axes ordered from largest to smallest stride over all the arrays together
    /// (<c>PyArray_CreateMultiSortedStridePerm</c>): a stable insertion sort that skips length-1
    /// axes, in which an array that wants C order wins over one that wants another.
    /// </summary>
    internal static int[] MultiSortedStridePermutation(ReadOnlySpan<NDArray> arrays)
    {
        int nd = arrays[0].NDim;
        var perm = new int[nd];
        for (int i = 0; i < nd; i++)
        {
            perm[i] = i;
        }

        for (int i0 = 1; i0 < nd; i0++)
        {
            int ipos = i0, j0 = perm[i0];
            for (int i1 = i0 - 1; i1 >= 0; i1--)
            {
                bool ambiguous = true, swap = false;
                int j1 = perm[i1];
                foreach (NDArray a in arrays)
                {
                    if (a._shape[j0] != 1 && a._shape[j1] != 1)
                    {
                        if (Layout.Magnitude(a._strides[j0]) <= Layout.Magnitude(a._strides[j1]))
                        {
                            swap = false;
                        }
                        else if (ambiguous)
                        {
                            swap = true;
                        }

                        ambiguous = false;
                    }
                }

                if (!ambiguous)
                {
                    if (swap)
                    {
                        ipos = i1;
                    }
                    else
                    {
                        break;
                    }
                }
            }

            if (ipos != i0)
            {
                for (int i1 = i0; i1 > ipos; i1--)
                {
                    perm[i1] = perm[i1 - 1];
                }

                perm[ipos] = j0;
            }
        }

        return perm;
    }
}
