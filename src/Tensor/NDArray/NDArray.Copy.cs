namespace ArrayBridge;

public unsafe partial class NDArray
{
    private NDArray? _writebackTarget;
    private Func<bool, int>? _externalWriteback;

    /// <summary>
    /// Marks this array WRITEBACKIFCOPY with a target outside ArrayBridge (a NumPy array): resolving
    /// or discarding calls <paramref name="resolve"/> with whether to write back.
    /// </summary>
    internal void SetExternalWriteback(Func<bool, int> resolve)
    {
        _externalWriteback = resolve;
        _flags |= ArrayFlags.WritebackIfCopy;
    }

    /// <summary>
    /// A new array with the same elements, laid out in <paramref name="order"/> (<c>arr.copy(order)</c>):
    /// C, F, A (F when the array is F- and not C-contiguous) or K (the source's axis order by stride).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined <paramref name="order"/>.</exception>
    public NDArray Copy(ArrayOrder order = ArrayOrder.C)
    {
        ThrowIfDisposed();
        EnumChecks.Check(order);
        NDArray result = NewLike(order, _dtype, null, ArrayFlags.None);
        AssignCore(this, result);
        return result;
    }

    /// <summary>
    /// Copies this array's elements into <paramref name="destination"/> (<c>np.copyto(dst, src, casting)</c>),
    /// broadcasting this array to the destination's shape and converting the dtype under
    /// <paramref name="casting"/>. Overlapping source and destination memory give the result of
    /// copying from a snapshot of the source.
    /// </summary>
    /// <exception cref="InvalidOperationException">The destination is read-only.</exception>
    /// <exception cref="ArgumentException">This array's shape does not broadcast to the destination's
    /// (NumPy's "could not broadcast input array from shape (3,4) into shape (4,3)", parameter <paramref name="destination"/>).</exception>
    /// <exception cref="InvalidCastException">The cast is not allowed under <paramref name="casting"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An undefined <paramref name="casting"/>.</exception>
    public void CopyTo(NDArray destination, Casting casting = Casting.SameKind)
    {
        ArgumentNullException.ThrowIfNull(destination);
        EnumChecks.Check(casting);
        ThrowIfDisposed();
        destination.ThrowIfNotWriteable();
        bool same = _shape.AsSpan().SequenceEqual(destination._shape);
        if (!same && !Layout.CanBroadcastTo(_shape, destination._shape))
        {
            // np.copyto's own wording and parameter, not broadcast_to's: the caller named no shape.
            ThrowHelper.ThrowArgument($"could not broadcast input array from shape {Layout.FormatCompact(_shape)} into shape {Layout.FormatCompact(destination._shape)}", nameof(destination));
        }

        NDArray source = same ? this : BroadcastTo(destination._shape);
        try
        {
            if (source._dtype != destination._dtype)
            {
                ThrowIfCannotCast(_dtype, destination._dtype, casting);
            }

            AssignCore(source, destination);
        }
        finally
        {
            if (!ReferenceEquals(source, this))
            {
                source.Dispose();
            }
        }
    }

    /// <summary>
    /// Returns an array that satisfies <paramref name="requirements"/> with dtype <paramref name="dtype"/>
    /// (null keeps this one), copying if and only if NumPy's <c>PyArray_FromArray</c> would: on
    /// ENSURECOPY, a missing C/F contiguity, ALIGNED or WRITEABLE, strides that are not whole
    /// elements under ELEMENTSTRIDES, or a dtype that is not equivalent (NOTSWAPPED asks for native
    /// order). Casting is safe unless FORCECAST. A copy is F order if F was requested, else C if C
    /// was, else K. With WRITEBACKIFCOPY the copy's data goes back to this array on
    /// <see cref="ResolveWritebackIfCopy"/>, and this array is read-only until then.
    /// When no copy is needed the result is a new view of the same memory, so it can be disposed
    /// independently of this array.
    /// </summary>
    /// <exception cref="ArgumentException">Both C and F contiguity were requested.</exception>
    /// <exception cref="InvalidCastException">The dtype change is not safe and FORCECAST was not given.</exception>
    /// <exception cref="InvalidOperationException">A copy is needed but ENSURENOCOPY was given, or WRITEBACKIFCOPY on a read-only array.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="requirements"/> has a bit NumPy does not define.</exception>
    public NDArray Require(DType? dtype, ArrayFlags requirements)
    {
        ThrowIfDisposed();
        EnumChecks.Check(requirements);
        if ((requirements & ArrayFlags.CContiguous) != 0 && (requirements & ArrayFlags.FContiguous) != 0)
        {
            ThrowHelper.ThrowArgument("Cannot specify both C and Fortran contiguous.", nameof(requirements));
        }

        DType target = dtype ?? _dtype;
        if ((requirements & ArrayFlags.NotSwapped) != 0)
        {
            target = target.AsNative();
        }

        Casting casting = (requirements & ArrayFlags.ForceCast) != 0 ? Casting.Unsafe : Casting.Safe;
        if (!DType.CanCastArray(this, target, casting))
        {
            ThrowIfCannotCast(_dtype, target, casting);
        }

        bool copy = (requirements & ArrayFlags.EnsureCopy) != 0
            || ((requirements & ArrayFlags.CContiguous) != 0 && !IsCContiguous)
            || ((requirements & ArrayFlags.Aligned) != 0 && !IsAligned)
            || ((requirements & ArrayFlags.FContiguous) != 0 && !IsFContiguous)
            || ((requirements & ArrayFlags.Writeable) != 0 && !IsWriteable)
            || ((requirements & ArrayFlags.ElementStrides) != 0 && !HasElementStrides())
            || target != _dtype;

        if (!copy)
        {
            return ViewOf(_data, (nint[])_shape.Clone(), (nint[])_strides.Clone());
        }

        if ((requirements & ArrayFlags.EnsureNoCopy) != 0)
        {
            ThrowHelper.ThrowInvalidOperation("Unable to avoid copy while creating an array from given array (ENSURENOCOPY).");
        }

        ArrayOrder order = (requirements & ArrayFlags.FContiguous) != 0 ? ArrayOrder.F
            : (requirements & ArrayFlags.CContiguous) != 0 ? ArrayOrder.C
            : ArrayOrder.K;
        bool writeback = (requirements & ArrayFlags.WritebackIfCopy) != 0;
        if (writeback && !IsWriteable)
        {
            ThrowHelper.ThrowInvalidOperation("cannot use WRITEBACKIFCOPY: the base array is read-only");
        }

        NDArray result = NewLike(order, target, writeback ? this : null, writeback ? ArrayFlags.WritebackIfCopy : ArrayFlags.None);
        AssignCore(this, result);

        if (writeback)
        {
            result._writebackTarget = this;
            _flags &= ~ArrayFlags.Writeable;
            UpdateAccessRanks();
        }

        return result;
    }

    /// <summary>
    /// For a WRITEBACKIFCOPY array: copies the data back into its base, makes the base writeable
    /// again and clears the flag (<c>PyArray_ResolveWritebackIfCopy</c>). Returns 1 if it wrote
    /// back, 0 if the array had nothing to resolve.
    /// </summary>
    public int ResolveWritebackIfCopy()
    {
        ThrowIfDisposed();
        return ResolveWritebackCore(writeBack: true);
    }

    /// <summary>
    /// For a WRITEBACKIFCOPY array: makes the base writeable again and clears the flag without
    /// copying (<c>PyArray_DiscardWritebackIfCopy</c>).
    /// </summary>
    public void DiscardWritebackIfCopy()
    {
        ThrowIfDisposed();
        ResolveWritebackCore(writeBack: false);
    }

    private int ResolveWritebackCore(bool writeBack)
    {
        if ((_flags & ArrayFlags.WritebackIfCopy) != 0 && _externalWriteback is { } external)
        {
            _flags &= ~ArrayFlags.WritebackIfCopy;
            _externalWriteback = null;
            return external(writeBack);
        }

        NDArray? target = _writebackTarget;
        if ((_flags & ArrayFlags.WritebackIfCopy) == 0 || target is null)
        {
            return 0;
        }

        _flags &= ~ArrayFlags.WritebackIfCopy;
        _writebackTarget = null;
        if (target.IsDisposed)
        {
            return 0;
        }

        target._flags |= ArrayFlags.Writeable;
        target.UpdateAccessRanks();
        if (!writeBack)
        {
            return 0;
        }

        AssignCore(this, target);

        return 1;
    }

    /// <summary>Whether every stride is a whole number of elements (<c>PyArray_ElementStrides</c>).</summary>
    private bool HasElementStrides()
    {
        foreach (nint s in _strides)
        {
            if (s % ItemSize != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A new array shaped like this one (<c>PyArray_NewLikeArray</c>): C or F strides, or for K the
    /// axes ordered as this array's absolute strides are. Zero-byte arrays get all-zero strides.
    /// </summary>
    internal NDArray NewLike(ArrayOrder order, DType dtype, NDArray? @base, ArrayFlags extraFlags)
    {
        EnumChecks.Check(order);
        Layout.ValidateShape(_shape, dtype.ItemSize, out nint nbytes);
        nint[] strides = nbytes == 0 ? new nint[NDim] : StridesFor(order, dtype.ItemSize);
        var memory = NativeArrayMemory.Allocate(nbytes, zero: false);
        return Create(memory, memory.Start, (nint[])_shape.Clone(), strides, dtype, ArrayFlags.Writeable | ArrayFlags.OwnData | extraFlags, @base);
    }

    /// <summary>
    /// The strides of a contiguous array shaped like this one in <paramref name="order"/>, as
    /// <see cref="NewLike"/> lays it out: C or F, A as F for an F- and not C-contiguous array, K with
    /// the axes ordered as this array's absolute strides are.
    /// </summary>
    private nint[] StridesFor(ArrayOrder order, int itemSize)
    {
        int nd = NDim;
        var strides = new nint[nd];
        if (order == ArrayOrder.A)
        {
            order = IsFContiguous && !IsCContiguous ? ArrayOrder.F : ArrayOrder.C;
        }
        else if (order == ArrayOrder.K)
        {
            order = IsCContiguous ? ArrayOrder.C : IsFContiguous ? ArrayOrder.F : ArrayOrder.K;
        }

        if (order == ArrayOrder.K)
        {
            int[] perm = SortedStridePermutation(_strides);
            nint stride = itemSize;
            for (int i = nd - 1; i >= 0; i--)
            {
                strides[perm[i]] = stride;
                stride *= _shape[perm[i]];
            }
        }
        else
        {
            Layout.FillStrides(_shape, itemSize, order == ArrayOrder.F, strides);
        }

        return strides;
    }

    /// <summary>
    /// Assigns equal-shaped arrays element by element (<c>PyArray_AssignArray</c>): a raw strided copy
    /// when the dtypes are equal, a conversion (with byte swapping) otherwise, through a snapshot of
    /// the source when the two arrays' memory overlaps.
    /// </summary>
    internal static void AssignCore(NDArray src, NDArray dst)
    {
        if (src.Size == 0)
        {
            return;
        }

        if (MayOverlap(src, dst))
        {
            using NDArray snapshot = src.Copy(ArrayOrder.K);
            AssignCore(snapshot, dst);
            return;
        }

        if (src._dtype == dst._dtype)
        {
            StridedCopy.Copy(src._data, src._strides, dst._data, dst._strides, src._shape, src.ItemSize);
        }
        else
        {
            var kernel = CastKernels.Get(src._dtype.Type, dst._dtype.Type);
            nint swaps = (src._dtype.IsNativeByteOrder ? 0 : CastKernels.SwapSource) | (dst._dtype.IsNativeByteOrder ? 0 : CastKernels.SwapDestination);
            new StridedLoop(src._shape, src._strides, dst._strides).Run(src._data, dst._data, kernel, swaps);
        }

        GC.KeepAlive(src);
        GC.KeepAlive(dst);
    }

    /// <summary>Whether the byte ranges two arrays touch intersect (NumPy's cheap <c>solve_may_share_memory</c> bound).</summary>
    internal static bool MayOverlap(NDArray a, NDArray b)
    {
        if (a.Size == 0 || b.Size == 0)
        {
            return false;
        }

        Layout.TryGetExtent(a._shape, a._strides, a.ItemSize, out nint aLow, out nint aHigh);
        Layout.TryGetExtent(b._shape, b._strides, b.ItemSize, out nint bLow, out nint bHigh);
        return StridedLoop.RangesOverlap(a._data + aLow, a._data + aHigh, b._data + bLow, b._data + bHigh);
    }

    private static void ThrowIfCannotCast(DType from, DType to, Casting casting)
    {
        if (!DType.CanCast(from, to, casting))
        {
            throw new InvalidCastException($"Cannot cast array data from dtype('{from}') to dtype('{to}') according to the rule '{CastingNames.Of(casting)}'");
        }
    }
}
