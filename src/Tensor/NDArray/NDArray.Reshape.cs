namespace ArrayBridge;

public unsafe partial class NDArray
{
    /// <summary>Reshapes in C order; see <see cref="Reshape(ReadOnlySpan{nint}, ArrayOrder)"/>.</summary>
    public NDArray Reshape(params ReadOnlySpan<nint> shape) => Reshape(shape, ArrayOrder.C);

    /// <summary>
    /// Gives a new shape to the same elements (<c>arr.reshape(shape, order)</c>,
    /// <c>PyArray_Newshape</c>), without copying whenever NumPy would not copy: a plain view for the
    /// same shape, fresh strides when the array is contiguous in <paramref name="order"/>, NumPy's
    /// no-copy stride computation otherwise, and a copy only when that fails. One length may be -1.
    /// </summary>
    /// <exception cref="ArgumentException">The sizes differ, more than one -1, more than <see cref="MaxDimensions"/> axes, or order K.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative length other than -1, or an undefined <paramref name="order"/>.</exception>
    public NDArray Reshape(ReadOnlySpan<nint> shape, ArrayOrder order)
    {
        ThrowIfDisposed();
        EnumChecks.Check(order);
        bool fortran = order == ArrayOrder.A ? IsFContiguous && !IsCContiguous : ResolveReshapeOrder(order);
        if (shape.SequenceEqual(_shape))
        {
            return ViewOf(_data, (nint[])_shape.Clone(), (nint[])_strides.Clone());
        }

        nint[] dims = FixUnknownDimension(shape);
        if (fortran ? !IsFContiguous : !IsCContiguous)
        {
            nint[] strides = new nint[dims.Length];
            if (TryReshapeWithoutCopy(dims, strides, fortran))
            {
                return ViewOf(_data, dims, strides);
            }

            NDArray copy = Copy(fortran ? ArrayOrder.F : ArrayOrder.C);
            try
            {
                return copy.ViewOf(copy._data, dims, Layout.NewStrides(dims, ItemSize, fortran && dims.Length > 1));
            }
            finally
            {
                copy.Dispose(); // the view holds the memory; the copy is its base, as in NumPy
            }
        }

        return ViewOf(_data, dims, Layout.NewStrides(dims, ItemSize, fortran && dims.Length > 1));
    }

    /// <summary>
    /// A 1-d array of the elements in <paramref name="order"/> (<c>arr.ravel(order)</c>,
    /// <c>PyArray_Ravel</c>): a view when the array is contiguous in that order (for K, when its
    /// axes sorted by stride are), otherwise a copy.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined <paramref name="order"/>.</exception>
    public NDArray Ravel(ArrayOrder order = ArrayOrder.C)
    {
        ThrowIfDisposed();
        EnumChecks.Check(order);
        if (order == ArrayOrder.A)
        {
            order = IsFContiguous && !IsCContiguous ? ArrayOrder.F : ArrayOrder.C;
        }
        else if (order == ArrayOrder.K)
        {
            if (IsCContiguous)
            {
                order = ArrayOrder.C;
            }
            else if (IsFContiguous)
            {
                order = ArrayOrder.F;
            }
        }

        if (order == ArrayOrder.C && IsCContiguous)
        {
            return Reshape([Size], ArrayOrder.C);
        }

        if (order == ArrayOrder.F && IsFContiguous)
        {
            return Reshape([Size], ArrayOrder.F);
        }

        if (order == ArrayOrder.K)
        {
            int[] perm = SortedStridePermutation(_strides);
            nint stride = ItemSize;
            bool contiguous = true;
            for (int i = NDim - 1; i >= 0; i--)
            {
                nint n = _shape[perm[i]];
                if (n == 1)
                {
                    continue;
                }

                if (_strides[perm[i]] != stride)
                {
                    contiguous = false;
                    break;
                }

                stride *= n;
            }

            if (contiguous)
            {
                return ViewOf(_data, [Size], [ItemSize]);
            }
        }

        return Flatten(order);
    }

    /// <summary>A 1-d copy of the elements in <paramref name="order"/> (<c>arr.flatten(order)</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined <paramref name="order"/>.</exception>
    public NDArray Flatten(ArrayOrder order = ArrayOrder.C)
    {
        ThrowIfDisposed();
        EnumChecks.Check(order);
        NDArray source = InReadingOrder(order);
        NDArray result = Empty(_dtype, [Size]);
        using (NDArray target = result.Reshape(source._shape))
        {
            AssignCore(source, target);
        }

        if (!ReferenceEquals(source, this))
        {
            source.Dispose();
        }

        return result;
    }

    /// <summary>
    /// This array, or a transposed view of it, whose C order is the reading order
    /// <paramref name="order"/> of <c>flatten</c>/<c>ravel</c> (K: the iterator's keep-order axes).
    /// </summary>
    private NDArray InReadingOrder(ArrayOrder order) => order switch
    {
        ArrayOrder.C => this,
        ArrayOrder.F => Transpose(),
        ArrayOrder.A => IsFContiguous && !IsCContiguous ? Transpose() : this,
        _ => Transpose(IteratorKeepOrder(_shape, _strides)),
    };

    private static bool ResolveReshapeOrder(ArrayOrder order) => order switch
    {
        ArrayOrder.C => false,
        ArrayOrder.F => true,
        _ => ThrowHelper.ThrowArgument<bool>("order 'K' is not permitted for reshaping", nameof(order)),
    };

    private nint[] FixUnknownDimension(ReadOnlySpan<nint> shape)
    {
        Layout.CheckRank(shape.Length, nameof(shape));
        nint[] dims = shape.ToArray();
        int unknown = -1;
        nint known = 1;
        bool overflow = false;
        for (int i = 0; i < dims.Length; i++)
        {
            if (dims[i] == -1)
            {
                if (unknown >= 0)
                {
                    ThrowHelper.ThrowArgument("can only specify one unknown dimension", nameof(shape));
                }

                unknown = i;
            }
            else if (dims[i] < 0)
            {
                ThrowHelper.ThrowArgumentOutOfRange(nameof(shape), $"negative dimensions are not allowed: {dims[i]} (only -1 means unknown)");
            }
            else if (!overflow && !Layout.TryMultiply(known, dims[i], out known))
            {
                overflow = true;
            }
        }

        if (unknown >= 0)
        {
            if (overflow || known == 0 || Size % known != 0)
            {
                ThrowReshapeMismatch(shape);
            }

            dims[unknown] = Size / known;
        }
        else if (overflow || known != Size)
        {
            ThrowReshapeMismatch(shape);
        }

        return dims;
    }

    private void ThrowReshapeMismatch(ReadOnlySpan<nint> shape) =>
        ThrowHelper.ThrowArgument($"cannot reshape array of size {Size} into shape {Layout.Format(shape).Replace("-1", "newaxis", StringComparison.Ordinal)}", nameof(shape));

    /// <summary>
    /// NumPy's <c>_attempt_nocopy_reshape</c>, step for step: drop length-1 axes, pair runs of old
    /// and new axes with equal products, require each old run to merge in the requested order, and
    /// derive the new strides; trailing new length-1 axes take the last stride.
    /// </summary>
    private bool TryReshapeWithoutCopy(ReadOnlySpan<nint> newDims, Span<nint> newStrides, bool fortran)
    {
        // Fixed sizes: the rank never exceeds MaxDimensions (the constructor enforces it).
        Span<nint> oldDims = stackalloc nint[MaxDimensions];
        Span<nint> oldStrides = stackalloc nint[MaxDimensions];
        int oldNd = 0;
        for (int i = 0; i < NDim; i++)
        {
            if (_shape[i] != 1)
            {
                oldDims[oldNd] = _shape[i];
                oldStrides[oldNd] = _strides[i];
                oldNd++;
            }
        }

        int newNd = newDims.Length;
        int oi = 0, oj = 1, ni = 0, nj = 1;
        while (ni < newNd && oi < oldNd)
        {
            nint np = newDims[ni];
            nint op = oldDims[oi];
            while (np != op)
            {
                if (np < op)
                {
                    np *= newDims[nj++];
                }
                else
                {
                    op *= oldDims[oj++];
                }
            }

            for (int ok = oi; ok < oj - 1; ok++)
            {
                if (fortran)
                {
                    if (oldStrides[ok + 1] != oldDims[ok] * oldStrides[ok])
                    {
                        return false;
                    }
                }
                else if (oldStrides[ok] != oldDims[ok + 1] * oldStrides[ok + 1])
                {
                    return false;
                }
            }

            if (fortran)
            {
                newStrides[ni] = oldStrides[oi];
                for (int nk = ni + 1; nk < nj; nk++)
                {
                    newStrides[nk] = newStrides[nk - 1] * newDims[nk - 1];
                }
            }
            else
            {
                newStrides[nj - 1] = oldStrides[oj - 1];
                for (int nk = nj - 1; nk > ni; nk--)
                {
                    newStrides[nk - 1] = newStrides[nk] * newDims[nk];
                }
            }

            ni = nj++;
            oi = oj++;
        }

        nint lastStride = ni >= 1 ? newStrides[ni - 1] : ItemSize;
        if (fortran && ni >= 1)
        {
            lastStride *= newDims[ni - 1];
        }

        for (int nk = ni; nk < newNd; nk++)
        {
            newStrides[nk] = lastStride;
        }

        return true;
    }

    /// <summary>
    /// The axis order, outermost first, in which NumPy's iterator walks an array in 'K' order
    /// without negating strides (<c>npyiter_find_best_axis_ordering</c>, as used by
    /// <c>PyArray_CopyAsFlat</c>): a stable insertion sort from the innermost axis by absolute stride
    /// in which zero strides (and length-1 axes, whose stride the iterator zeroes) are ambiguous and
    /// do not move other axes past them.
    /// </summary>
    internal static int[] IteratorKeepOrder(ReadOnlySpan<nint> shape, ReadOnlySpan<nint> strides)
    {
        int nd = shape.Length;
        var perm = new int[nd]; // innermost first, as the iterator's axis data is reversed C order
        for (int i = 0; i < nd; i++)
        {
            perm[i] = nd - 1 - i;
        }

        var effective = new nint[nd];
        for (int i = 0; i < nd; i++)
        {
            effective[i] = shape[i] == 1 ? 0 : strides[i];
        }

        for (int i0 = 1; i0 < nd; i0++)
        {
            int ipos = i0;
            int a0 = perm[i0];
            nint s0 = effective[a0];
            for (int i1 = i0 - 1; i1 >= 0; i1--)
            {
                nint s1 = effective[perm[i1]];
                if (s0 != 0 && s1 != 0)
                {
                    if (Layout.Magnitude(s1) > Layout.Magnitude(s0))
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
                Array.Copy(perm, ipos, perm, ipos + 1, i0 - ipos);
                perm[ipos] = a0;
            }
        }

        Array.Reverse(perm);
        return perm;
    }

    /// <summary>
    /// NumPy's <c>PyArray_CreateSortedStridePerm</c>: axes by descending absolute stride, ties in
    /// axis order. Memory order ('K') traverses axes in this order.
    /// </summary>
    internal static int[] SortedStridePermutation(ReadOnlySpan<nint> strides)
    {
        var perm = new int[strides.Length];
        for (int i = 0; i < perm.Length; i++)
        {
            perm[i] = i;
        }

        nint[] keys = strides.ToArray();
        // Insertion sort: stable, and arrays have at most 64 axes.
        for (int i = 1; i < perm.Length; i++)
        {
            int p = perm[i];
            nuint key = Layout.Magnitude(keys[p]);
            int j = i - 1;
            while (j >= 0 && Layout.Magnitude(keys[perm[j]]) < key)
            {
                perm[j + 1] = perm[j];
                j--;
            }

            perm[j + 1] = p;
        }

        return perm;
    }
}
