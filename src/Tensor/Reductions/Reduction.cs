using System.Diagnostics.CodeAnalysis;

namespace ArrayBridge;

/// <summary>
/// NumPy's <c>ufunc.reduce</c> (numpy/core/src/umath/reduction.c) for the reducing ufuncs: the
/// accumulator dtype, the axes, <c>keepdims</c>, <c>out</c>, <c>initial</c> and <c>where</c> checked with
/// NumPy's messages, the accumulators started from the identity, <c>initial</c> or the first element,
/// then every element folded in by <see cref="ReductionRunner"/> in the nditer's order.
/// </summary>
internal static unsafe class Reduction
{
    /// <summary>The ufunc's name in NumPy's messages.</summary>
    public static string Name(ReduceOp op) => op switch
    {
        ReduceOp.Add => "add",
        ReduceOp.Multiply => "multiply",
        ReduceOp.Maximum => "maximum",
        ReduceOp.Minimum => "minimum",
        ReduceOp.LogicalOr => "logical_or",
        _ => "logical_and",
    };

    private static bool HasIdentity(ReduceOp op) => op is not (ReduceOp.Maximum or ReduceOp.Minimum);

    /// <summary>
    /// The type the reduction accumulates in (its loop's type): <paramref name="dtype"/> if given,
    /// else the output's dtype if given, else for <c>add</c> and <c>multiply</c> bool and integers
    /// narrower than 64 bits widen to int64 (signed, bool) or uint64 (unsigned), as NumPy's
    /// <c>reduce_type_resolver</c> does; <c>logical_or</c>/<c>logical_and</c> always use bool.
    /// </summary>
    public static DType AccumulatorType(ReduceOp op, DType input, DType? dtype, NDArray? @out)
    {
        if (op is ReduceOp.LogicalOr or ReduceOp.LogicalAnd)
        {
            return DType.Bool;
        }

        if (dtype is { } d)
        {
            return DType.Create(d.Type);
        }

        if (@out is not null)
        {
            return DType.Create(@out.DType.Type);
        }

        ScalarType t = input.Type;
        if (op is ReduceOp.Add or ReduceOp.Multiply)
        {
            switch (t)
            {
                case ScalarType.Bool or ScalarType.Int8 or ScalarType.Int16 or ScalarType.Int32:
                    return DType.Int64;
                case ScalarType.UInt8 or ScalarType.UInt16 or ScalarType.UInt32:
                    return DType.UInt64;
            }
        }

        return DType.Create(t);
    }

    /// <summary>Reduces <paramref name="a"/> with <paramref name="op"/> as <c>np.&lt;op&gt;.reduce</c> does.</summary>
    public static NDArray Reduce(ReduceOp op, NDArray a, Axes axis, DType? dtype, NDArray? @out, bool keepdims, Operand? initial, NDArray? where)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        @out?.ThrowIfDisposed();
        where?.ThrowIfDisposed();
        string name = Name(op);
        int nd = a.NDim;
        if (nd == 0 && axis.Count == 1 && axis[0] is 0 or -1)
        {
            // NumPy's ufunc.reduce keeps an old allowance: axis 0 or -1 of a 0-d array reduces nothing.
            axis = Axes.Of();
        }

        Span<bool> reduced = stackalloc bool[nd + 1];
        axis.Normalize(nd, reduced);
        DType acc = AccumulatorType(op, a.DType, dtype, @out);
        ReadOnlySpan<nint> shape = a.Shape;
        var keepShape = new nint[nd];
        int resultNd = 0;
        bool emptyReduce = false;
        for (int i = 0; i < nd; i++)
        {
            if (reduced[i])
            {
                keepShape[i] = 1;
                emptyReduce |= shape[i] == 0;
            }
            else
            {
                keepShape[i] = shape[i];
                resultNd++;
            }
        }

        nint[] resultShape = keepdims ? keepShape : new nint[resultNd];
        if (!keepdims)
        {
            for (int i = 0, k = 0; i < nd; i++)
            {
                if (!reduced[i])
                {
                    resultShape[k++] = shape[i];
                }
            }
        }

        if (@out is not null)
        {
            CheckOut(name, a, @out, resultShape, keepdims, acc, dtype is not null);
        }

        if (where is not null)
        {
            CheckWhere(a, where);
        }

        ReduceInit init = initial is not null ? ReduceInit.Initial : HasIdentity(op) ? ReduceInit.Identity : ReduceInit.First;
        if (init == ReduceInit.First)
        {
            if (where is not null)
            {
                ThrowHelper.ThrowArgument($"reduction operation '{name}' does not have an identity, so to use a where mask one has to specify 'initial'", nameof(where));
            }

            if (emptyReduce)
            {
                ThrowNoIdentity(name);
            }
        }

        byte* initialBytes = stackalloc byte[16];
        if (initial is { } value)
        {
            WriteInitial(in value, acc, initialBytes);
        }

        NDArray? result = null, target = null;
        try
        {
            if (@out is null)
            {
                result = target = Allocate(acc, resultShape, keepShape, reduced, a.Strides);
            }
            else
            {
                result = @out;
                bool direct = @out.DType == acc && !NDArray.MayOverlap(a, @out) && (where is null || !NDArray.MayOverlap(where, @out));
                target = direct ? @out : NDArray.Empty(acc, @out.Shape);
            }

            if (target.Size != 0)
            {
                bool watch = FloatingPointStatus.IsWatching && op is ReduceOp.Add or ReduceOp.Multiply && acc.Kind is 'f' or 'c';
                FloatingPointFlags flags = a.DType != acc && a.Size > SlabElements
                    ? RunInSlabs(op, acc, a, target, reduced, keepdims, where, init, initialBytes, watch)
                    : RunConverted(op, acc, a, target, reduced, keepdims, where, init, initialBytes, watch);
                if (watch)
                {
                    FloatingPointStatus.Report(flags, "reduce");
                }
            }

            GC.KeepAlive(a);
            GC.KeepAlive(where);
            if (!ReferenceEquals(target, result))
            {
                NDArray.AssignCore(target, result);
            }
        }
        catch
        {
            if (@out is null)
            {
                result?.Dispose();
            }

            throw;
        }
        finally
        {
            if (target is not null && !ReferenceEquals(target, result))
            {
                target.Dispose();
            }
        }

        return result;
    }

    /// <summary>
    /// Elements from which an input that needs a conversion (another dtype, or byte-swapped) is
    /// converted and reduced a slab at a time, as NumPy's buffered reduction converts a buffer at a
    /// time, instead of as one converted copy.
    /// </summary>
    internal const nint SlabElements = 1 << 16;

    /// <summary>
    /// Converts and reduces slabs of <paramref name="a"/> along its outermost axis in memory: into
    /// the matching slice of the result when that axis is kept (each slab a reduction of its own),
    /// into the whole result when it is reduced (the first slab starts the accumulators, the
    /// others add to them). The converted copy never exceeds about <see cref="SlabElements"/>
    /// elements, or one slice along that axis.
    /// </summary>
    private static FloatingPointFlags RunInSlabs(ReduceOp op, DType acc, NDArray a, NDArray target, ReadOnlySpan<bool> reduced, bool keepdims,
        NDArray? where, ReduceInit init, byte* initialBytes, bool watch)
    {
        int nd = a.NDim;
        ReadOnlySpan<nint> shape = a.Shape, strides = a.Strides;
        int axis = -1;
        for (int i = 0; i < nd; i++)
        {
            if (shape[i] > 1 && (axis < 0 || Layout.Magnitude(strides[i]) > Layout.Magnitude(strides[axis])))
            {
                axis = i;
            }
        }

        if (axis < 0)
        {
            return RunConverted(op, acc, a, target, reduced, keepdims, where, init, initialBytes, watch);
        }

        nint length = shape[axis];
        nint step = Math.Max(1, SlabElements / Math.Max(1, a.Size / length));
        int targetAxis = keepdims ? axis : CountKept(reduced[..axis]);
        using NDArray? mask = where?.BroadcastTo(shape);
        FloatingPointFlags flags = FloatingPointFlags.None;
        for (nint start = 0; start < length; start += step)
        {
            nint end = Math.Min(length, start + step);
            using NDArray slab = Slice(a, axis, start, end);
            using NDArray? slabMask = mask is null ? null : Slice(mask, axis, start, end);
            if (reduced[axis])
            {
                flags |= RunConverted(op, acc, slab, target, reduced, keepdims, slabMask, start == 0 ? init : ReduceInit.None, initialBytes, watch);
            }
            else
            {
                using NDArray part = Slice(target, targetAxis, start, end);
                flags |= RunConverted(op, acc, slab, part, reduced, keepdims, slabMask, init, initialBytes, watch);
            }
        }

        return flags;
    }

    private static int CountKept(ReadOnlySpan<bool> reduced)
    {
        int n = 0;
        foreach (bool r in reduced)
        {
            n += r ? 0 : 1;
        }

        return n;
    }

    /// <summary>The view of <paramref name="a"/> with <paramref name="axis"/> cut to [<paramref name="start"/>, <paramref name="end"/>).</summary>
    private static NDArray Slice(NDArray a, int axis, nint start, nint end)
    {
        var index = new NDIndex[a.NDim];
        for (int i = 0; i < index.Length; i++)
        {
            index[i] = i == axis ? NDIndex.Slice(start, end) : NDIndex.Slice(null, null);
        }

        return a.Index(index);
    }

    /// <summary>Converts <paramref name="a"/> to the accumulator type if needed and reduces it into <paramref name="target"/>.</summary>
    private static FloatingPointFlags RunConverted(ReduceOp op, DType acc, NDArray a, NDArray target, ReadOnlySpan<bool> reduced, bool keepdims,
        NDArray? where, ReduceInit init, byte* initialBytes, bool watch)
    {
        int nd = a.NDim;
        ReadOnlySpan<nint> shape = a.Shape;
        NDArray x = a.DType == acc ? a : a.AsType(acc, Casting.Unsafe, ArrayOrder.K);
        try
        {
            Span<nint> keepShape = stackalloc nint[nd];
            Span<nint> accStrides = stackalloc nint[nd];
            ReadOnlySpan<nint> ts = target.Strides;
            for (int i = 0, k = 0; i < nd; i++)
            {
                keepShape[i] = reduced[i] ? 1 : shape[i];
                if (keepdims)
                {
                    accStrides[i] = reduced[i] ? 0 : ts[i];
                }
                else
                {
                    accStrides[i] = reduced[i] ? 0 : ts[k++];
                }
            }

            Span<nint> maskStrides = stackalloc nint[where is null ? 0 : nd];
            if (where is not null)
            {
                Broadcasting.Strides(where.Shape, where.Strides, shape, maskStrides);
            }

            var args = new ReduceArgs
            {
                Shape = shape,
                KeepShape = keepShape,
                X = x.Data,
                XStrides = x.Strides,
                Acc = target.Data,
                AccStrides = accStrides,
                Mask = where is null ? null : where.Data,
                MaskStrides = maskStrides,
                Init = init,
                Initial = initialBytes,
                Size = a.Size,
                Watch = watch,
            };

            if (watch)
            {
                FloatingPointStatus.Clear();
            }

            FloatingPointFlags flags = ReductionRunner.Run(op, acc.Type, ref args);
            if (watch)
            {
                flags |= FloatingPointStatus.Read();
            }

            GC.KeepAlive(x);
            GC.KeepAlive(target);
            GC.KeepAlive(where);
            return flags;
        }
        finally
        {
            if (!ReferenceEquals(x, a))
            {
                x.Dispose();
            }
        }
    }

    /// <summary>NumPy's error for an empty reduction of an operation without identity.</summary>
    [DoesNotReturn]
    public static void ThrowNoIdentity(string name) =>
        ThrowHelper.ThrowArgument($"zero-size array to reduction operation {name} which has no identity");

    /// <summary>
    /// A new result, C-contiguous in the order the input's strides give the kept axes (NumPy's
    /// order-K allocation of the reduction output), so an F-ordered input gives an F-ordered result.
    /// </summary>
    private static NDArray Allocate(DType dtype, nint[] resultShape, nint[] keepShape, ReadOnlySpan<bool> reduced, ReadOnlySpan<nint> inputStrides)
    {
        int nd = keepShape.Length;
        bool keepdims = resultShape.Length == nd;
        // Result axis → input axis, then sorted outermost first by the input's stride magnitude.
        Span<int> axes = stackalloc int[resultShape.Length];
        for (int i = 0, k = 0; i < nd; i++)
        {
            if (keepdims || !reduced[i])
            {
                axes[k++] = i;
            }
        }

        Span<int> perm = stackalloc int[resultShape.Length];
        for (int r = 0; r < perm.Length; r++)
        {
            perm[r] = r;
        }

        for (int i = 1; i < perm.Length; i++)
        {
            int cur = perm[i];
            int j = i - 1;
            while (j >= 0 && Layout.Magnitude(inputStrides[axes[perm[j]]]) < Layout.Magnitude(inputStrides[axes[cur]]) && !reduced[axes[cur]] && !reduced[axes[perm[j]]])
            {
                perm[j + 1] = perm[j];
                j--;
            }

            perm[j + 1] = cur;
        }

        Layout.ValidateShape(resultShape, dtype.ItemSize, out nint nbytes);
        var strides = new nint[resultShape.Length];
        if (nbytes != 0)
        {
            nint stride = dtype.ItemSize;
            for (int i = perm.Length - 1; i >= 0; i--)
            {
                strides[perm[i]] = stride;
                stride *= resultShape[perm[i]];
            }
        }

        var memory = NativeArrayMemory.Allocate(nbytes, zero: false);
        return NDArray.Create(memory, memory.Start, (nint[])resultShape.Clone(), strides, dtype, ArrayFlags.Writeable | ArrayFlags.OwnData, null);
    }

    /// <summary>Checks <c>out</c> as NumPy's reduction does: writeable, the result's dimensions and shape, castable.</summary>
    private static void CheckOut(string name, NDArray a, NDArray @out, nint[] resultShape, bool keepdims, DType acc, bool dtypeGiven)
    {
        if (!@out.IsWriteable)
        {
            ThrowHelper.ThrowArgument("output array is read-only", nameof(@out));
        }

        if (@out.NDim != resultShape.Length)
        {
            ThrowHelper.ThrowArgument(
                $"output parameter for reduction operation {name} has the wrong number of dimensions: Found {@out.NDim} but expected {resultShape.Length}"
                + (keepdims ? " (must match the operand's when keepdims=True)" : string.Empty),
                nameof(@out));
        }

        if (!@out.Shape.SequenceEqual(resultShape))
        {
            string outShape = Broadcasting.Format(@out.Shape);
            ThrowHelper.ThrowArgument(
                $"operands could not be broadcast together with remapped shapes [original->remapped]: {outShape}->{outShape.Replace(",)", ")", StringComparison.Ordinal)} {Broadcasting.Format(a.Shape)} ",
                nameof(@out));
        }

        if (dtypeGiven && !DType.CanCast(acc, @out.DType, Casting.SameKind))
        {
            throw new InvalidCastException($"Cannot cast ufunc '{name}' output from dtype('{acc}') to dtype('{@out.DType}') with casting rule 'same_kind'");
        }
    }

    /// <summary>The mask must be bool and broadcast to the input's shape.</summary>
    private static void CheckWhere(NDArray a, NDArray where)
    {
        if (where.DType.Type != ScalarType.Bool)
        {
            throw new InvalidCastException($"Cannot cast array data from dtype('{where.DType}') to dtype('bool') according to the rule 'safe'");
        }

        ReadOnlySpan<nint> shape = a.Shape, ws = where.Shape;
        bool ok = ws.Length <= shape.Length;
        for (int i = 1; ok && i <= ws.Length; i++)
        {
            nint w = ws[^i];
            ok = w == 1 || w == shape[^i];
        }

        if (!ok)
        {
            ThrowHelper.ThrowArgument(
                $"operands could not be broadcast together with remapped shapes [original->remapped]: {Broadcasting.Format(shape)} {Broadcasting.Format(ws)} ",
                nameof(where));
        }
    }

    /// <summary>Converts <c>initial</c> to the accumulator type as NumPy does for a Python scalar.</summary>
    private static void WriteInitial(in Operand initial, DType acc, byte* destination)
    {
        if (initial.Kind == OperandKind.None)
        {
            ThrowHelper.ThrowArgument("initial is a default Operand, neither an array nor a scalar", nameof(initial));
        }

        if (initial.Array is { } array)
        {
            array.ThrowIfDisposed();
            if (array.Size != 1)
            {
                ThrowHelper.ThrowArgument("setting an array element with a sequence.", nameof(initial));
            }

            using NDArray one = array.AsType(acc, Casting.Unsafe, ArrayOrder.C);
            new ReadOnlySpan<byte>(one.Data, acc.ItemSize).CopyTo(new Span<byte>(destination, acc.ItemSize));
            return;
        }

        Promotion.WriteScalar(in initial, acc, destination);
    }
}
