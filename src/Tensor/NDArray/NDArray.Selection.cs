namespace ArrayBridge;

public unsafe partial class NDArray
{
    /// <summary>
    /// Elements at <paramref name="indices"/> along <paramref name="axis"/> (<c>np.take</c>); with no
    /// axis, of the flattened array. The result's shape is this array's with the axis replaced by the
    /// indices' shape. The indices must cast safely to int64 (bool does; float and uint64 do not).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of bounds under <see cref="IndexMode.Raise"/> ("index 30 is out of bounds for axis 0 with size 24"), or the axis is.</exception>
    /// <exception cref="ArgumentException">A non-empty take under wrap or clip from an empty axis ("cannot do a non-empty take from an empty axes.").</exception>
    /// <exception cref="InvalidCastException">The indices do not cast safely to int64.</exception>
    public NDArray Take(NDArray indices, int? axis = null, IndexMode mode = IndexMode.Raise)
    {
        ArgumentNullException.ThrowIfNull(indices);
        ThrowIfDisposed();
        CheckMode(mode);
        using NDArray source = axis is null ? Ravel() : ShareView();
        int ax = axis is null ? 0 : Layout.NormalizeAxis(axis.Value, NDim, nameof(axis));
        nint n = source.ShapeArray[ax];

        // take's loop runs over the axes before the axis, then the indices, then copies the rest:
        // positions are checked only when that loop runs, even when the result is empty (unlike
        // indexing), and an empty axis refuses a non-empty result first.
        nint outer = 1, after = 1;
        for (int d = 0; d < source.NDim; d++)
        {
            if (d < ax)
            {
                outer *= source.ShapeArray[d];
            }
            else if (d > ax)
            {
                after *= source.ShapeArray[d];
            }
        }

        if (n == 0 && outer * indices.Size * after != 0)
        {
            ThrowHelper.ThrowArgument("cannot do a non-empty take from an empty axes.", nameof(indices));
        }

        DType native = DType.Create(_dtype.Type);
        if (outer == 0 || (n == 0 && mode != IndexMode.Raise))
        {
            indices.ThrowIfDisposed();
            if (!DType.CanCast(indices.DType, DType.Int64, Casting.Safe))
            {
                ThrowHelper.ThrowUnsafeIndexCast(indices.DType, nameof(indices));
            }

            return Empty(_dtype, [.. source.ShapeArray.AsSpan(0, ax), .. indices.ShapeArray, .. source.ShapeArray.AsSpan(ax + 1)]);
        }

        using NDArray positions = CheckedPositions(IndexPositions(indices, n, mode, "cannot do a non-empty take from an empty axes.", nameof(indices)), n, ax, mode, nameof(indices));
        var index = new AdvancedIndex[ax + 1];
        index.AsSpan(0, ax).Fill(AdvancedIndex.All);
        index[ax] = positions;
        // A 0-d result is a NumPy scalar, which is always in native byte order.
        NDArray taken = source.Get(index);
        if (taken.NDim > 0 || taken.DType == native)
        {
            return taken;
        }

        using (taken)
        {
            return taken.AsType(native);
        }
    }

    /// <inheritdoc cref="Take(NDArray, int?, IndexMode)"/>
    public NDArray Take(long[] indices, int? axis = null, IndexMode mode = IndexMode.Raise)
    {
        using NDArray<long> i = FromArray(indices);
        return Take(i, axis, mode);
    }

    /// <summary>
    /// Writes <paramref name="values"/> at the flat (C-order) positions <paramref name="indices"/>
    /// (<c>np.put</c>): the values are cast to this dtype unsafely and repeated cyclically when
    /// shorter than the indices; for a repeated position the last value lands. No values, no change.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of bounds under <see cref="IndexMode.Raise"/>.</exception>
    /// <exception cref="ArgumentException">Indices given for an empty array ("cannot replace elements of an empty array").</exception>
    /// <exception cref="InvalidCastException">The indices do not cast safely to int64.</exception>
    /// <exception cref="InvalidOperationException">The array is read-only.</exception>
    public void Put(NDArray indices, Operand values, IndexMode mode = IndexMode.Raise)
    {
        ArgumentNullException.ThrowIfNull(indices);
        ThrowIfNotWriteable();
        CheckMode(mode);
        if (indices.Size > 0 && _size == 0)
        {
            ThrowHelper.ThrowArgument("cannot replace elements of an empty array", nameof(indices));
        }

        // NumPy converts the values before it looks at the indices: no values, no change, no check.
        using NDArray cast = AdvancedIndexing.ValueArray(values, _dtype, nameof(values));
        if (cast.Size == 0)
        {
            return;
        }

        using NDArray positions = CheckedPositions(IndexPositions(indices, _size, mode, "cannot replace elements of an empty array", nameof(indices)), _size, 0, mode, nameof(indices));
        using NDArray flatValues = cast.IsCContiguous && !MayOverlap(cast, this) ? cast.Reshape(cast.Size) : cast.Copy(ArrayOrder.C).Reshape(cast.Size);
        nint nv = flatValues.Size, ni = positions.Size;
        long* p = (long*)positions.Data;
        byte* v = flatValues.Data;
        int item = ItemSize;
        for (nint k = 0; k < ni; k++)
        {
            Buffer.MemoryCopy(v + k % nv * item, FlatAddress((nint)p[k]), item, item);
        }

        GC.KeepAlive(flatValues);
    }

    /// <summary>The address of the element at flat C-order position <paramref name="flat"/> (in bounds).</summary>
    private byte* FlatAddress(nint flat)
    {
        if (IsCContiguous)
        {
            return _data + flat * ItemSize;
        }

        byte* p = _data;
        for (int d = NDim - 1; d >= 0; d--)
        {
            nint n = _shape[d];
            nint q = flat / n;
            p += (flat - q * n) * _strides[d];
            flat = q;
        }

        return p;
    }

    /// <summary>
    /// The slices along <paramref name="axis"/> (or elements of the flattened array) where
    /// <paramref name="condition"/> is true (<c>np.compress</c>). The condition is 1-d of any dtype
    /// (its truth is taken); it may be shorter than the axis, not longer where it is true.
    /// </summary>
    /// <exception cref="ArgumentException">The condition is not 1-d ("condition must be a 1-d array").</exception>
    /// <exception cref="ArgumentOutOfRangeException">A true entry lies past the axis, or the axis is out of bounds.</exception>
    public NDArray Compress(NDArray condition, int? axis = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ThrowIfDisposed();
        condition.ThrowIfDisposed();
        if (condition.NDim != 1)
        {
            ThrowHelper.ThrowArgument("condition must be a 1-d array", nameof(condition));
        }

        NDArray[] nz = Selection.Nonzero(condition);
        using NDArray positions = nz[0];
        return Take(positions, axis);
    }

    /// <summary>
    /// The coordinates of the nonzero elements, one int64 array per axis, in C order
    /// (<c>arr.nonzero()</c>): NaN counts as nonzero, -0.0 as zero, a complex number if either
    /// part is nonzero.
    /// </summary>
    /// <exception cref="ArgumentException">The array is 0-d (NumPy 2 refuses it).</exception>
    public NDArray[] Nonzero()
    {
        ThrowIfDisposed();
        if (NDim == 0)
        {
            ThrowHelper.ThrowArgument("Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead. If the context of this error is of the form `arr[nonzero(cond)]`, just use `arr[cond]`.");
        }

        return Selection.Nonzero(this);
    }

    /// <summary>
    /// The coordinates of the nonzero elements as an (N, ndim) int64 array (<c>np.argwhere</c>); a
    /// 0-d array gives shape (1, 0) when nonzero and (0, 0) when zero.
    /// </summary>
    public NDArray ArgWhere()
    {
        ThrowIfDisposed();
        if (NDim == 0)
        {
            using NDArray one = Reshape(1);
            NDArray[] z = Selection.Nonzero(one);
            nint n = z[0].Size;
            z[0].Dispose();
            return Empty<long>(n, 0);
        }

        NDArray[] coords = Selection.Nonzero(this);
        try
        {
            nint count = coords[0].Size;
            int nd = NDim;
            NDArray<long> r = Empty<long>(count, nd);
            long* dst = (long*)r.Data;
            for (int d = 0; d < nd; d++)
            {
                long* src = (long*)coords[d].Data;
                for (nint i = 0; i < count; i++)
                {
                    dst[i * nd + d] = src[i];
                }
            }

            return r;
        }
        finally
        {
            foreach (NDArray c in coords)
            {
                c.Dispose();
            }
        }
    }

    /// <summary>The flat C-order positions of the nonzero elements (<c>np.flatnonzero</c>), int64.</summary>
    public NDArray FlatNonzero()
    {
        ThrowIfDisposed();
        using NDArray flat = Ravel();
        return Selection.Nonzero(flat)[0];
    }

    /// <summary>
    /// The elements of <paramref name="array"/> (flattened) where <paramref name="condition"/>
    /// (flattened, any dtype) is nonzero (<c>np.extract</c>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The condition is true past the array's size.</exception>
    public static NDArray Extract(NDArray condition, NDArray array)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(array);
        using NDArray positions = condition.FlatNonzero();
        using NDArray flat = array.Ravel();
        return flat.Take(positions);
    }

    /// <summary>
    /// <c>np.choose(a, choices)</c> with this array as <c>a</c>: element <c>i</c> of the result is
    /// element <c>i</c> of <c>choices[a[i]]</c>, all arrays broadcast together; the dtype is the
    /// choices' common type.
    /// </summary>
    /// <exception cref="ArgumentException">An entry is outside the choices under <see cref="IndexMode.Raise"/> ("invalid entry in choice array"), the arrays do not broadcast, or there are no choices.</exception>
    /// <exception cref="InvalidCastException">This array does not cast safely to int64.</exception>
    public NDArray Choose(ReadOnlySpan<NDArray> choices, IndexMode mode = IndexMode.Raise)
    {
        ThrowIfDisposed();
        CheckMode(mode);
        if (choices.IsEmpty)
        {
            ThrowHelper.ThrowArgument("0-length sequence.", nameof(choices));
        }

        var operands = new Operand[choices.Length];
        var shapes = new nint[choices.Length + 1][];
        for (int k = 0; k < choices.Length; k++)
        {
            ArgumentNullException.ThrowIfNull(choices[k], nameof(choices));
            choices[k].ThrowIfDisposed();
            operands[k] = choices[k];
            shapes[k] = choices[k].ShapeArray;
        }

        // NumPy's multi-iterator lists the choices first and the selector last.
        shapes[^1] = _shape;
        nint[] shape = BroadcastObjects(shapes, nameof(choices));
        DType dtype = ResultType(operands);
        using NDArray selector = IndexPositions(this, -1, IndexMode.Raise, "", "a", checkBounds: false);
        using NDArray sel = selector.BroadcastTo(shape);
        using NDArray selC = sel.Copy(ArrayOrder.C);
        long* s = (long*)selC.Data;
        nint n = selC.Size, m = choices.Length;
        for (nint i = 0; i < n; i++)
        {
            long v = s[i];
            if ((ulong)v >= (ulong)m)
            {
                switch (mode)
                {
                    case IndexMode.Raise:
                        ThrowHelper.ThrowArgument("invalid entry in choice array", "a");
                        break;
                    case IndexMode.Wrap:
                        v %= m;
                        s[i] = v < 0 ? v + m : v;
                        break;
                    default:
                        s[i] = v < 0 ? 0 : m - 1;
                        break;
                }
            }
        }

        NDArray result = Empty(dtype, shape);
        var copies = new NDArray[choices.Length];
        try
        {
            for (int k = 0; k < choices.Length; k++)
            {
                using NDArray cast = choices[k].DType == dtype ? choices[k].ShareView() : choices[k].AsType(dtype, Casting.Unsafe);
                using NDArray b = cast.BroadcastTo(shape);
                copies[k] = b.Copy(ArrayOrder.C);
            }

            int item = dtype.ItemSize;
            byte* dst = result.Data;
            for (nint i = 0; i < n; i++)
            {
                Buffer.MemoryCopy(copies[s[i]].Data + i * item, dst + i * item, item, item);
            }
        }
        finally
        {
            foreach (NDArray? c in copies)
            {
                c?.Dispose();
            }
        }

        return result;
    }

    /// <summary>
    /// <c>np.select(condlist, choicelist, default)</c>: where the first true condition picks its
    /// choice, elsewhere <paramref name="default"/>; everything broadcast together, the dtype the
    /// result type of the choices and the default.
    /// </summary>
    /// <exception cref="ArgumentException">The lists differ in length ("list of cases must be same length as list of conditions"), are empty ("select with an empty condition list is not possible"), a condition is not bool ("invalid entry 0 in condlist: should be boolean ndarray"), or the shapes do not broadcast.</exception>
    public static NDArray Select(ReadOnlySpan<NDArray> condlist, ReadOnlySpan<NDArray> choicelist, Operand @default = default)
    {
        if (@default.Kind == OperandKind.None)
        {
            @default = 0;
        }

        if (condlist.Length != choicelist.Length)
        {
            ThrowHelper.ThrowArgument("list of cases must be same length as list of conditions", nameof(choicelist));
        }

        if (condlist.IsEmpty)
        {
            ThrowHelper.ThrowArgument("select with an empty condition list is not possible", nameof(condlist));
        }

        var operands = new Operand[choicelist.Length + 1];
        var shapes = new List<nint[]>();
        for (int k = 0; k < condlist.Length; k++)
        {
            ArgumentNullException.ThrowIfNull(condlist[k], nameof(condlist));
            ArgumentNullException.ThrowIfNull(choicelist[k], nameof(choicelist));
            condlist[k].ThrowIfDisposed();
            choicelist[k].ThrowIfDisposed();
            if (condlist[k].DType.Type != ScalarType.Bool)
            {
                ThrowHelper.ThrowArgument($"invalid entry {k} in condlist: should be boolean ndarray", nameof(condlist));
            }

            operands[k] = choicelist[k];
        }

        operands[^1] = @default;
        DType dtype = ResultType(operands);
        foreach (NDArray c in condlist)
        {
            shapes.Add(c.ShapeArray);
        }

        foreach (NDArray c in choicelist)
        {
            shapes.Add(c.ShapeArray);
        }

        using NDArray def = AdvancedIndexing.ValueArray(@default, dtype, nameof(@default));
        shapes.Add(def.ShapeArray);
        nint[] shape = BroadcastObjects([.. shapes], nameof(choicelist));
        using NDArray defB = def.BroadcastTo(shape);
        NDArray result = defB.Copy(ArrayOrder.C);
        try
        {
            // Last to first, so the first true condition's choice is the one left standing.
            for (int k = condlist.Length - 1; k >= 0; k--)
            {
                using NDArray choice = choicelist[k].DType == dtype ? choicelist[k].ShareView() : choicelist[k].AsType(dtype, Casting.Unsafe);
                using NDArray choiceB = choice.BroadcastTo(shape);
                using NDArray condB = condlist[k].BroadcastTo(shape);
                using NDArray picked = Where(condB, choiceB, result);
                AssignCore(picked, result);
            }
        }
        catch
        {
            result.Dispose();
            throw;
        }

        return result;
    }

    /// <summary>The broadcast shape of <paramref name="shapes"/>, or NumPy's multi-iterator error naming the first pair that clashes.</summary>
    private static nint[] BroadcastObjects(nint[][] shapes, string paramName)
    {
        int nd = 0;
        foreach (nint[] s in shapes)
        {
            nd = Math.Max(nd, s.Length);
        }

        var result = new nint[nd];
        for (int i = 0; i < nd; i++)
        {
            result[i] = 1;
            int src = -1;
            for (int j = 0; j < shapes.Length; j++)
            {
                int k = i + shapes[j].Length - nd;
                if (k < 0)
                {
                    continue;
                }

                nint n = shapes[j][k];
                if (n == 1)
                {
                    continue;
                }

                if (result[i] == 1)
                {
                    result[i] = n;
                    src = j;
                }
                else if (result[i] != n)
                {
                    ThrowHelper.ThrowBroadcastObjects(src, shapes[src], j, shapes[j], paramName);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The indices as a new C-contiguous int64 array, cast safely, with <paramref name="mode"/>
    /// applied (wrap and clip need a non-empty axis); under raise they stay as given for the
    /// indexing to check.
    /// </summary>
    private static NDArray IndexPositions(NDArray indices, nint length, IndexMode mode, string emptyMessage, string paramName, bool checkBounds = true)
    {
        indices.ThrowIfDisposed();
        if (!DType.CanCast(indices.DType, DType.Int64, Casting.Safe))
        {
            ThrowHelper.ThrowUnsafeIndexCast(indices.DType, paramName);
        }

        if (checkBounds && mode == IndexMode.Raise && indices.DType == DType.Int64)
        {
            // The indexing checks and wraps them itself, so int64 positions need no copy.
            return indices.ShareView();
        }

        NDArray p = indices.AsType(DType.Int64, Casting.Unsafe, ArrayOrder.C);
        if (!checkBounds || mode == IndexMode.Raise || p.Size == 0)
        {
            return p;
        }

        if (length == 0)
        {
            p.Dispose();
            ThrowHelper.ThrowArgument(emptyMessage, paramName);
        }

        IndexKernels.ApplyMode((long*)p.Data, p.Size, length, mode);
        return p;
    }

    /// <summary>
    /// Under <see cref="IndexMode.Raise"/>, the positions with negatives counted from the end and
    /// every one checked against <paramref name="length"/> (NumPy's IndexError text); takes
    /// ownership of <paramref name="positions"/>. Other modes have already mapped them into range.
    /// </summary>
    private static NDArray CheckedPositions(NDArray positions, nint length, int axis, IndexMode mode, string paramName)
    {
        if (mode != IndexMode.Raise || (positions.IsCContiguous && IndexKernels.AllInRange((long*)positions.Data, positions.Size, length)))
        {
            return positions;
        }

        NDArray copy = positions.Copy(ArrayOrder.C);
        positions.Dispose();
        long bad = IndexKernels.WrapNegatives((long*)copy.Data, copy.Size, length, out bool ok);
        if (!ok)
        {
            copy.Dispose();
            ThrowHelper.ThrowIndexOutOfBounds(bad, axis, length, paramName);
        }

        return copy;
    }

    private static void CheckMode(IndexMode mode)
    {
        if ((uint)mode > (uint)IndexMode.Clip)
        {
            ThrowHelper.ThrowUndefinedEnum(nameof(mode), (int)mode, nameof(IndexMode));
        }
    }
}
