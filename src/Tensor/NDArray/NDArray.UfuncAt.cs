namespace ArrayBridge;

public unsafe partial class NDArray
{
    /// <summary>
    /// <c>np.add.at(a, index, values)</c>: adds <paramref name="values"/> (broadcast to the indexing
    /// result) into <paramref name="a"/> at <paramref name="index"/>, unbuffered, so a position
    /// named k times receives all k values, unlike <c>a[index] += values</c>.
    /// </summary>
    /// <inheritdoc cref="UfuncAt(BinaryUfunc, NDArray, ReadOnlySpan{AdvancedIndex}, Operand)"/>
    public static void AddAt(NDArray a, AdvancedIndex index, Operand values) => UfuncAt(BinaryUfunc.Add, a, [index], values);

    /// <inheritdoc cref="AddAt(NDArray, AdvancedIndex, Operand)"/>
    public static void AddAt(NDArray a, ReadOnlySpan<AdvancedIndex> index, Operand values) => UfuncAt(BinaryUfunc.Add, a, index, values);

    /// <summary>
    /// A binary ufunc's unbuffered in-place form (<c>ufunc.at(a, index, values)</c>): for every
    /// position of the indexing result in order, <c>a[p] = ufunc(a[p], value)</c>, so repeated
    /// positions accumulate. The loop is the one the ufunc picks for <c>a</c> and
    /// <paramref name="values"/>; the result is cast back to a's dtype unsafely, as NumPy's
    /// <c>ufunc.at</c> does.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A position is outside its axis, or <paramref name="ufunc"/> is undefined.</exception>
    /// <exception cref="ArgumentException">The index is invalid or the values do not broadcast to the indexing result.</exception>
    /// <exception cref="InvalidOperationException">The array is read-only.</exception>
    public static void UfuncAt(BinaryUfunc ufunc, NDArray a, ReadOnlySpan<AdvancedIndex> index, Operand values)
    {
        ArgumentNullException.ThrowIfNull(a);
        Ufunc u = ufunc switch
        {
            BinaryUfunc.Add => Ufuncs.Add,
            BinaryUfunc.Subtract => Ufuncs.Subtract,
            BinaryUfunc.Multiply => Ufuncs.Multiply,
            BinaryUfunc.Divide => Ufuncs.Divide,
            BinaryUfunc.FloorDivide => Ufuncs.FloorDivide,
            BinaryUfunc.Power => Ufuncs.Power,
            BinaryUfunc.Minimum => Ufuncs.Minimum,
            BinaryUfunc.Maximum => Ufuncs.Maximum,
            BinaryUfunc.Fmin => Ufuncs.Fmin,
            BinaryUfunc.Fmax => Ufuncs.Fmax,
            BinaryUfunc.BitwiseAnd => Ufuncs.BitwiseAnd,
            BinaryUfunc.BitwiseOr => Ufuncs.BitwiseOr,
            BinaryUfunc.BitwiseXor => Ufuncs.BitwiseXor,
            BinaryUfunc.LogicalAnd => Ufuncs.LogicalAnd,
            BinaryUfunc.LogicalOr => Ufuncs.LogicalOr,
            _ => ThrowHelper.ThrowArgumentOutOfRange<Ufunc>(nameof(ufunc), $"{(int)ufunc} is not a defined {nameof(BinaryUfunc)} value."),
        };
        a.ThrowIfNotWriteable();
        UfuncAtCore(u, a, index, values);
    }

    private static void UfuncAtCore(Ufunc u, NDArray a, ReadOnlySpan<AdvancedIndex> index, Operand values)
    {
        if (values.Kind == OperandKind.None)
        {
            ThrowHelper.ThrowArgument("the values are a default Operand, neither an array nor a scalar", nameof(values));
        }

        values.Array?.ThrowIfDisposed();

        // A basic index runs as an advanced one behind a leading 0-d True, whose new length-1 axis
        // is the only advanced axis and leaves the order of everything else alone.
        using NDArray<bool> truth = Full<bool>([], true);
        IndexPlan? advanced = IndexPlan.Create(a, index);
        bool basic = advanced is null;
        using IndexPlan plan = advanced ?? IndexPlan.Create(a, [AdvancedIndex.FromArray(truth), .. index])!;
        ref readonly UfuncLoop loop = ref u.Loops[u.ResolveLoop([a, values], null, Casting.Unsafe)];
        using NDArray cast = AdvancedIndexing.ValueArray(values, loop.DTypes[1], nameof(values));
        nint[] resultShape = basic ? plan.ResultShape[1..] : plan.ResultShape;
        using NDArray broadcast = AdvancedIndexing.BroadcastValues(cast, resultShape, nameof(values));
        int nd = plan.BroadcastShape.Length;
        using NDArray bMajor = basic || plan.Prefix == 0 ? broadcast.ShareView() : broadcast.Transpose(AdvancedIndexing.ToBMajorOrder(plan.Prefix, nd, resultShape.Length));
        using NDArray vals = bMajor.Copy(ArrayOrder.C);
        RunAt(plan, in loop, a.DType, vals);
    }

    private static void RunAt(IndexPlan plan, in UfuncLoop loop, DType dtype, NDArray vals)
    {
        NDArray view = plan.View;
        nint subCount = 1;
        foreach (nint n in plan.SubShape)
        {
            subCount *= n;
        }

        if (plan.Outer == 0 || subCount == 0)
        {
            return;
        }

        // The subspace offsets in C order, once.
        var subOffsets = new nint[subCount];
        int sd = plan.SubShape.Length;
        Span<nint> counter = stackalloc nint[Math.Max(sd, 1)];
        counter.Clear();
        nint off = 0;
        for (nint j = 0; j < subCount; j++)
        {
            subOffsets[j] = off;
            for (int k = sd - 1; k >= 0; k--)
            {
                off += plan.SubStrides[k];
                if (++counter[k] < plan.SubShape[k])
                {
                    break;
                }

                off -= plan.SubStrides[k] * plan.SubShape[k];
                counter[k] = 0;
            }
        }

        DType in0 = loop.DTypes[0], outType = loop.DTypes[2];
        bool direct = dtype == in0 && dtype == outType;
        var toLoop = direct ? null : CastKernels.Get(dtype.Type, in0.Type);
        var fromLoop = direct ? null : CastKernels.Get(outType.Type, dtype.Type);
        nint swapIn = dtype.IsNativeByteOrder ? 0 : CastKernels.SwapSource;
        nint swapOut = dtype.IsNativeByteOrder ? 0 : CastKernels.SwapDestination;
        var fn = loop.Function;
        int vItem = vals.ItemSize;
        byte* v = vals.Data;
        byte* tmpIn = stackalloc byte[16];
        byte* tmpOut = stackalloc byte[16];
        byte** args = stackalloc byte*[3];
        nint* strides = stackalloc nint[3];
        strides[0] = strides[1] = strides[2] = 0;
        byte* data = view.Data;
        for (nint o = 0; o < plan.Outer; o++)
        {
            byte* row = data + plan.OffsetOf(o);
            for (nint j = 0; j < subCount; j++, v += vItem)
            {
                byte* p = row + subOffsets[j];
                if (direct)
                {
                    args[0] = p;
                    args[1] = v;
                    args[2] = p;
                    fn(args, strides, 1);
                }
                else
                {
                    toLoop(p, 0, tmpIn, 0, 1, swapIn);
                    args[0] = tmpIn;
                    args[1] = v;
                    args[2] = tmpOut;
                    fn(args, strides, 1);
                    fromLoop(tmpOut, 0, p, 0, 1, swapOut);
                }
            }
        }

        GC.KeepAlive(view);
        GC.KeepAlive(vals);
    }
}
