using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;

namespace ArrayBridge;

/// <summary>
/// Runs a resolved ufunc loop over its operands the way NumPy's ufunc machinery does: broadcasting,
/// the output allocated in the inputs' memory order (<c>order='K'</c>) or checked when given, a
/// temporary when the output overlaps an input, byte-swapped or differently typed operands
/// converted through small buffers, the <c>where</c> mask, floating-point error reporting, and
/// large operations split across cores.
/// </summary>
internal static unsafe class UfuncExecutor
{
    /// <summary>Inputs, the output and the where mask: at most three inputs (<c>where</c>, <c>clip</c>).</summary>
    public const int MaxOperands = 5;

    /// <summary>Elements per conversion buffer, as NumPy's default buffer size (8192) halved to stay in L2.</summary>
    public const int BufferElements = 4096;

    private const int ScalarBytes = 16;

    [ThreadStatic]
    private static byte[]? t_buffers;

    public static NDArray Execute(Ufunc ufunc, in UfuncLoop loop, ReadOnlySpan<Operand> inputs, NDArray? @out, NDArray? where, Casting casting, ArrayOrder order)
    {
        if (@out is null && where is null && TryExecuteSameLayout(ufunc, in loop, inputs, order) is { } simple)
        {
            return simple;
        }

        int nin = inputs.Length;
        DType loopOut = loop.OutputDType;
        if (where is not null && where.DType.Type != ScalarType.Bool)
        {
            throw new InvalidCastException($"Cannot cast array data from dtype('{where.DType}') to dtype('bool') according to the rule 'safe'");
        }

        if (@out is not null)
        {
            if (!@out.IsWriteable)
            {
                ThrowHelper.ThrowArgument("output array is read-only", nameof(@out));
            }

            if (!DType.CanCast(loopOut, @out.DType, casting))
            {
                ufunc.ThrowCastError("output", 0, loopOut, @out.DType, casting);
            }
        }

        // Broadcast every array operand: the inputs (scalars are 0-d), the output, the mask.
        int nShapes = 0, nd = 0;
        var shapeList = default(ShapeList);
        Span<nint[]> shapes = shapeList;
        foreach (ref readonly Operand input in inputs)
        {
            nint[] s = input.Array?.ShapeArray ?? [];
            shapes[nShapes++] = s;
            nd = Math.Max(nd, s.Length);
        }

        if (@out is not null)
        {
            shapes[nShapes++] = @out.ShapeArray;
            nd = Math.Max(nd, @out.NDim);
        }

        if (where is not null)
        {
            shapes[nShapes++] = where.ShapeArray;
            nd = Math.Max(nd, where.NDim);
        }

        shapes = shapes[..nShapes];
        Span<nint> shape = stackalloc nint[nd];
        if (!Broadcasting.TryShape(shapes, shape))
        {
            ThrowHelper.ThrowArgument(Broadcasting.Mismatch(shapes));
        }

        if (@out is not null && !@out.Shape.SequenceEqual(shape))
        {
            ThrowHelper.ThrowArgument(
                $"non-broadcastable output operand with shape {Broadcasting.Format(@out.Shape)} doesn't match the broadcast shape {Broadcasting.Format(shape)}");
        }

        // Scalars go to the stack in the loop's input types; this is where NEP 50's overflow check happens.
        byte* scalars = stackalloc byte[ScalarBytes * 3];
        for (int i = 0; i < nin; i++)
        {
            if (inputs[i].IsScalar)
            {
                Promotion.WriteScalar(in inputs[i], loop.DTypes[i], scalars + i * ScalarBytes);
            }
        }

        int nop = nin + 1 + (where is null ? 0 : 1);
        Span<nint> opStrides = stackalloc nint[nop * nd];
        for (int i = 0; i < nin; i++)
        {
            if (inputs[i].Array is { } a)
            {
                Broadcasting.Strides(a.Shape, a.Strides, shape, opStrides.Slice(i * nd, nd));
            }
            else
            {
                opStrides.Slice(i * nd, nd).Clear();
            }
        }

        if (where is not null)
        {
            Broadcasting.Strides(where.Shape, where.Strides, shape, opStrides.Slice((nin + 1) * nd, nd));
        }

        NDArray result;
        NDArray target;
        if (@out is null)
        {
            result = target = Allocate(shape, opStrides, nin, nop, where is not null, loopOut, inputs, order);
        }
        else
        {
            result = @out;
            target = NeedsTemporary(inputs, where, @out, opStrides, nd) ? Temporary(@out, where is not null) : @out;
        }

        try
        {
            Broadcasting.Strides(target.Shape, target.Strides, shape, opStrides.Slice(nin * nd, nd));
            if (target.Size != 0)
            {
                Run(ufunc, in loop, inputs, target, where, shape, opStrides, nop, scalars);
            }

            if (!ReferenceEquals(target, result))
            {
                NDArray.AssignCore(target, result);
            }
        }
        catch
        {
            if (@out is null)
            {
                result.Dispose();
            }

            throw;
        }
        finally
        {
            if (!ReferenceEquals(target, result))
            {
                target.Dispose();
            }
        }

        return result;
    }

    /// <summary>
    /// The common small case without the general machinery: a new output for input arrays already in
    /// the loop's types that share one C-contiguous layout with no length-1 axis beyond a 1-d one (so
    /// no broadcasting, no buffering, no overlap, and every memory order gives the output the C
    /// strides), run in one call of the loop. Null when the operands do not qualify; the general path
    /// then gives the same result.
    /// </summary>
    private static NDArray? TryExecuteSameLayout(Ufunc ufunc, in UfuncLoop loop, ReadOnlySpan<Operand> inputs, ArrayOrder order)
    {
        int nin = inputs.Length;
        if (nin > 3 || inputs[0].Array is not { } first || !first.IsCContiguous)
        {
            return null;
        }

        nint[] shape = first.ShapeArray;
        nint size = first.Size;
        int nd = shape.Length;
        if (size == 0 || size >= ufunc.ParallelThreshold || (nd > 1 && (order == ArrayOrder.F || shape.AsSpan().Contains(1))))
        {
            return null;
        }

        DType[] loopTypes = loop.DTypes;
        byte** bases = stackalloc byte*[MaxOperands];
        nint* steps = stackalloc nint[MaxOperands];
        for (int i = 0; i < nin; i++)
        {
            NDArray? a = inputs[i].Array;
            if (a is null || a.DType != loopTypes[i] || !a.IsCContiguous || (!ReferenceEquals(a.ShapeArray, shape) && !a.ShapeArray.AsSpan().SequenceEqual(shape)))
            {
                return null;
            }

            bases[i] = a.Data;
            steps[i] = a.ItemSize;
        }

        DType outType = loop.OutputDType;
        int itemSize = outType.ItemSize;
        // Shape and stride arrays are never mutated after construction, so the output shares the
        // input's when they are what it needs.
        nint[] strides = first.StridesArray;
        if (first.ItemSize != itemSize || (nd > 0 && strides[nd - 1] != itemSize))
        {
            strides = new nint[nd];
            Layout.FillStrides(shape, itemSize, fortran: false, strides);
        }

        var memory = NativeArrayMemory.Allocate(size * itemSize, zero: false);
        NDArray result = NDArray.Create(memory, memory.Start, shape, strides, outType, ArrayFlags.Writeable | ArrayFlags.OwnData, null);
        bases[nin] = result.Data;
        steps[nin] = itemSize;
        try
        {
            bool watch = FloatingPointStatus.IsWatching;
            bool hardware = !ufunc.NoFloatingPointErrors;
            if (watch)
            {
                Clear(hardware);
            }

            UfuncRunShape.Multidimensional = false;
            loop.Function(bases, steps, size);
            foreach (ref readonly Operand input in inputs)
            {
                GC.KeepAlive(input.Array);
            }

            if (watch && Read(hardware) is var flags && flags != FloatingPointFlags.None)
            {
                FloatingPointStatus.Report(flags, ufunc.Name);
            }
        }
        catch
        {
            result.Dispose();
            throw;
        }

        return result;
    }

    /// <summary>
    /// A new output (<c>npyiter_new_temp_array</c>): for order K, C-contiguous in the axis order the
    /// inputs' strides imply, so F-ordered inputs give an F-ordered result; zeroed when a mask will
    /// leave some elements unwritten.
    /// </summary>
    private static NDArray Allocate(ReadOnlySpan<nint> shape, Span<nint> opStrides, int nin, int nop, bool masked, DType dtype,
        ReadOnlySpan<Operand> inputs, ArrayOrder order)
    {
        int nd = shape.Length;
        Span<int> perm = stackalloc int[nd];
        if (order == ArrayOrder.A)
        {
            bool allF = true, anyArray = false;
            foreach (ref readonly Operand input in inputs)
            {
                if (input.Array is { } a)
                {
                    anyArray = true;
                    allF &= a.IsFContiguous;
                }
            }

            order = anyArray && allF ? ArrayOrder.F : ArrayOrder.C;
        }

        if (order == ArrayOrder.K)
        {
            // The output's own strides are not known yet: they take no part in choosing the order.
            opStrides.Slice(nin * nd, nd).Clear();
            IterationPlan.BestAxisOrder(shape, opStrides, nop, perm);
        }
        else
        {
            for (int i = 0; i < nd; i++)
            {
                perm[i] = order == ArrayOrder.F ? nd - 1 - i : i;
            }
        }

        Layout.ValidateShape(shape, dtype.ItemSize, out nint nbytes);
        var strides = new nint[nd];
        if (nbytes != 0)
        {
            nint stride = dtype.ItemSize;
            for (int i = nd - 1; i >= 0; i--)
            {
                strides[perm[i]] = stride;
                stride *= shape[perm[i]];
            }
        }

        var memory = NativeArrayMemory.Allocate(nbytes, zero: masked);
        return NDArray.Create(memory, memory.Start, shape.ToArray(), strides, dtype, ArrayFlags.Writeable | ArrayFlags.OwnData, null);
    }

    /// <summary>
    /// Whether a given output must be computed in a temporary (<c>NPY_ITER_COPY_IF_OVERLAP</c>): it
    /// shares memory with an input or the mask and is not that operand exactly (same start and
    /// strides, where each element is read before it is written).
    /// </summary>
    private static bool NeedsTemporary(ReadOnlySpan<Operand> inputs, NDArray? where, NDArray @out, ReadOnlySpan<nint> opStrides, int nd)
    {
        for (int i = 0; i <= inputs.Length; i++)
        {
            NDArray? a = i < inputs.Length ? inputs[i].Array : where;
            if (a is null || !NDArray.MayOverlap(a, @out))
            {
                continue;
            }

            // Conversions read a whole chunk into a buffer before the loop writes it, so only the
            // addresses and the element size must agree.
            int op = i < inputs.Length ? i : inputs.Length + 1;
            bool identical = a.Data == @out.Data && a.ItemSize == @out.ItemSize && opStrides.Slice(op * nd, nd).SequenceEqual(@out.Strides);
            if (!identical)
            {
                return true;
            }
        }

        return false;
    }

    private static NDArray Temporary(NDArray @out, bool masked)
    {
        NDArray temp = @out.NewLike(ArrayOrder.K, @out.DType, null, ArrayFlags.None);
        if (masked)
        {
            // Elements the mask skips keep the output's values.
            NDArray.AssignCore(@out, temp);
        }

        return temp;
    }

    private static void Run(Ufunc ufunc, in UfuncLoop loop, ReadOnlySpan<Operand> inputs, NDArray target, NDArray? where,
        ReadOnlySpan<nint> shape, ReadOnlySpan<nint> opStrides, int nop, byte* scalars)
    {
        int nin = inputs.Length;
        int nd = shape.Length;
        byte** bases = stackalloc byte*[MaxOperands];
        var context = new RunContext { Loop = loop.Function, NIn = nin, Mask = where is null ? -1 : nin + 1 };
        for (int i = 0; i < nin; i++)
        {
            NDArray? a = inputs[i].Array;
            bases[i] = a is null ? scalars + i * ScalarBytes : a.Data;
            context.SetConversion(i, a?.DType ?? loop.DTypes[i], loop.DTypes[i], input: true);
        }

        bases[nin] = target.Data;
        context.SetConversion(nin, target.DType, loop.OutputDType, input: false);
        if (where is not null)
        {
            bases[nin + 1] = where.Data;
        }

        // Loops that never raise floating-point errors still report the software flags they set by
        // hand (an ordered compare of a complex NaN); only the FPU's flags are meaningless for them.
        bool watch = FloatingPointStatus.IsWatching;
        bool hardware = !ufunc.NoFloatingPointErrors;
        if (watch)
        {
            Clear(hardware);
        }

        nint size = target.Size;
        FloatingPointFlags flags = FloatingPointFlags.None;
        bool parallel = size >= ufunc.ParallelThreshold && Environment.ProcessorCount > 1;
        nint* steps = stackalloc nint[MaxOperands];
        if (!parallel && IsTrivial(inputs, target, where, steps))
        {
            // One run over everything (NumPy's trivially iterable case): no plan to build.
            UfuncRunShape.Multidimensional = false;
            RunInner(&context, bases, steps, size);
        }
        else
        {
            nint* planShape = stackalloc nint[nd + 1];
            nint* planStrides = stackalloc nint[(nd + 1) * nop];
            var plan = default(IterationPlan);
            IterationPlan.Build(ref plan, shape, opStrides, bases, nop, planShape, planStrides);
            if (parallel)
            {
                flags = RunParallel(&plan, &context, watch, hardware);
            }
            else
            {
                RunBlock(&plan, &context, 0, plan.OuterCount, 0, plan.InnerCount);
            }
        }

        GC.KeepAlive(target);
        GC.KeepAlive(where);
        foreach (ref readonly Operand input in inputs)
        {
            GC.KeepAlive(input.Array);
        }

        if (watch)
        {
            flags |= Read(hardware);
            if (flags != FloatingPointFlags.None)
            {
                FloatingPointStatus.Report(flags, ufunc.Name);
            }
        }
    }

    /// <summary>
    /// Whether every operand walks its memory in the same order with no broadcasting, so that one
    /// run with each array's item size as its stride (0 for scalars) covers the whole operation:
    /// all arrays of the full size and all C-contiguous or all F-contiguous.
    /// </summary>
    private static bool IsTrivial(ReadOnlySpan<Operand> inputs, NDArray target, NDArray? where, nint* steps)
    {
        nint size = target.Size;
        bool c = target.IsCContiguous, f = target.IsFContiguous;
        for (int i = 0; i < inputs.Length; i++)
        {
            NDArray? a = inputs[i].Array;
            if (a is null)
            {
                steps[i] = 0;
                continue;
            }

            if (a.Size != size)
            {
                return false;
            }

            c &= a.IsCContiguous;
            f &= a.IsFContiguous;
            steps[i] = a.ItemSize;
        }

        steps[inputs.Length] = target.ItemSize;
        if (where is not null)
        {
            if (where.Size != size)
            {
                return false;
            }

            c &= where.IsCContiguous;
            f &= where.IsFContiguous;
            steps[inputs.Length + 1] = 1;
        }

        return c || f;
    }

    /// <summary>
    /// Splits the walk across the cores: whole outer rows when there are enough of them, else slices
    /// of the inner axis. The plan and context stay on this thread's stack, which outlives the workers.
    /// </summary>
    private static FloatingPointFlags RunParallel(IterationPlan* plan, RunContext* context, bool watch, bool hardware)
    {
        int workers = Environment.ProcessorCount;
        nint outer = plan->OuterCount, inner = plan->InnerCount;
        bool splitOuter = outer >= workers * 4;
        nint span = splitOuter ? outer : inner;
        int parts = (int)Math.Min(workers, span);
        var state = new ParallelState((nint)plan, (nint)context, splitOuter, span, parts, watch, hardware);
        try
        {
            Parallel.For(0, parts, state.RunPart);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        return (FloatingPointFlags)state.Flags;
    }

    private sealed class ParallelState(nint plan, nint context, bool splitOuter, nint span, int parts, bool watch, bool hardware)
    {
        private int _flags;

        public int Flags => Volatile.Read(ref _flags);

        public void RunPart(int part)
        {
            if (watch)
            {
                Clear(hardware);
            }

            var p = (IterationPlan*)plan;
            nint start = span * part / parts, end = span * (part + 1) / parts;
            if (splitOuter)
            {
                RunBlock(p, (RunContext*)context, start, end, 0, p->InnerCount);
            }
            else
            {
                RunBlock(p, (RunContext*)context, 0, p->OuterCount, start, end);
            }

            if (watch)
            {
                Interlocked.Or(ref _flags, (int)Read(hardware));
            }
        }
    }

    /// <summary>Clears this thread's flags: the FPU's and the software ones, or with <paramref name="hardware"/> false the software ones only.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Clear(bool hardware)
    {
        if (hardware)
        {
            FloatingPointStatus.Clear();
        }
        else
        {
            FloatingPointStatus.ClearSoftware();
        }
    }

    /// <summary>Reads and clears this thread's flags: the FPU's and the software ones, or with <paramref name="hardware"/> false the software ones only.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static FloatingPointFlags Read(bool hardware) =>
        hardware ? FloatingPointStatus.Read() : FloatingPointStatus.ReadSoftware();

    /// <summary>Walks outer rows [<paramref name="outerStart"/>, <paramref name="outerEnd"/>) over inner elements [<paramref name="innerStart"/>, <paramref name="innerEnd"/>).</summary>
    private static void RunBlock(IterationPlan* plan, RunContext* context, nint outerStart, nint outerEnd, nint innerStart, nint innerEnd)
    {
        if (outerStart >= outerEnd || innerEnd <= innerStart)
        {
            return;
        }

        UfuncRunShape.Multidimensional = plan->NDim > 1;
        var row = new ContextRow(context);
        IterationPlan.WalkRows(plan, plan->Base, ref row, outerStart, outerEnd, innerStart, innerEnd);
    }

    /// <summary>One row of a ufunc run: the loop, buffered or masked as the context says.</summary>
    private readonly struct ContextRow(RunContext* context) : IPlanRow
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Run(byte** ptrs, nint* innerStrides, nint count) => RunInner(context, ptrs, innerStrides, count);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void RunInner(RunContext* context, byte** ptrs, nint* strides, nint count)
    {
        if (context->Mask < 0)
        {
            if (!context->Buffered)
            {
                context->Loop(ptrs, strides, count);
                return;
            }

            RunBuffered(context, ptrs, strides, 0, count);
            return;
        }

        RunMasked(context, ptrs, strides, count);
    }

    /// <summary>Runs the loop over each stretch of the run that the mask selects.</summary>
    private static void RunMasked(RunContext* context, byte** ptrs, nint* strides, nint count)
    {
        byte* mask = ptrs[context->Mask];
        nint maskStride = strides[context->Mask];
        nint i = 0;
        while (i < count)
        {
            while (i < count && mask[i * maskStride] == 0)
            {
                i++;
            }

            nint start = i;
            while (i < count && mask[i * maskStride] != 0)
            {
                i++;
            }

            if (i > start)
            {
                RunBuffered(context, ptrs, strides, start, i - start);
            }
        }
    }

    /// <summary>
    /// Runs elements [<paramref name="start"/>, start + <paramref name="count"/>) of a run, converting
    /// operands that are not in the loop's types through per-thread buffers, a chunk at a time.
    /// </summary>
    private static void RunBuffered(RunContext* context, byte** ptrs, nint* strides, nint start, nint count)
    {
        int nin = context->NIn;
        int nargs = nin + 1;
        byte** args = stackalloc byte*[MaxOperands];
        nint* steps = stackalloc nint[MaxOperands];
        for (int op = 0; op < nargs; op++)
        {
            args[op] = ptrs[op] + start * strides[op];
            steps[op] = strides[op];
        }

        if (!context->Buffered)
        {
            context->Loop(args, steps, count);
            return;
        }

        byte* buffers = Buffers();
        byte** bufs = stackalloc byte*[MaxOperands];
        nint* loopSteps = stackalloc nint[MaxOperands];
        for (int op = 0; op < nargs; op++)
        {
            bufs[op] = buffers + op * BufferElements * ScalarBytes;
            loopSteps[op] = steps[op];
            ref Conversion c = ref context->Conversions[op];
            if (c.Kernel != null)
            {
                if (op < nin && steps[op] == 0)
                {
                    // A broadcast input converts once for the whole run.
                    c.Kernel(args[op], 0, bufs[op], 0, 1, c.Swaps);
                    loopSteps[op] = 0;
                }
                else
                {
                    loopSteps[op] = c.LoopItemSize;
                }
            }
        }

        byte** loopArgs = stackalloc byte*[MaxOperands];
        for (nint done = 0; done < count;)
        {
            nint n = Math.Min(count - done, BufferElements);
            for (int op = 0; op < nargs; op++)
            {
                ref Conversion c = ref context->Conversions[op];
                byte* p = args[op] + done * steps[op];
                if (c.Kernel == null)
                {
                    loopArgs[op] = p;
                }
                else
                {
                    loopArgs[op] = bufs[op];
                    if (op < nin && loopSteps[op] != 0)
                    {
                        c.Kernel(p, steps[op], bufs[op], c.LoopItemSize, n, c.Swaps);
                    }
                }
            }

            context->Loop(loopArgs, loopSteps, n);
            ref Conversion o = ref context->Conversions[nin];
            if (o.Kernel != null)
            {
                o.Kernel(bufs[nin], o.LoopItemSize, args[nin] + done * steps[nin], steps[nin], n, o.Swaps);
            }

            done += n;
        }
    }

    private static byte* Buffers()
    {
        byte[] buffers = t_buffers ??= GC.AllocateUninitializedArray<byte>(MaxOperands * BufferElements * ScalarBytes, pinned: true);
        // Pinned-heap arrays never move, so the address stays valid for the thread's lifetime of it.
        return (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(buffers));
    }

    /// <summary>How one operand reaches the loop: directly, or through a conversion.</summary>
    private struct Conversion
    {
        public delegate*<byte*, nint, byte*, nint, nint, nint, void> Kernel;
        public nint Swaps;
        public nint LoopItemSize;
    }

    [InlineArray(MaxOperands)]
    private struct ShapeList
    {
        private nint[] _element;
    }

    [InlineArray(MaxOperands)]
    private struct Conversions5
    {
        private Conversion _element;
    }

    /// <summary>What every run needs besides the pointers: the loop, the conversions, the mask.</summary>
    private struct RunContext
    {
        public delegate*<byte**, nint*, nint, void> Loop;
        public int NIn;
        public int Mask;
        public bool Buffered;
        public Conversions5 Conversions;

        public void SetConversion(int op, DType actual, DType loopType, bool input)
        {
            ref Conversion c = ref Conversions[op];
            if (actual == loopType)
            {
                c = default;
                return;
            }

            Buffered = true;
            c.LoopItemSize = loopType.ItemSize;
            if (input)
            {
                c.Kernel = CastKernels.Get(actual.Type, loopType.Type);
                c.Swaps = actual.IsNativeByteOrder ? 0 : CastKernels.SwapSource;
            }
            else
            {
                c.Kernel = CastKernels.Get(loopType.Type, actual.Type);
                c.Swaps = actual.IsNativeByteOrder ? 0 : CastKernels.SwapDestination;
            }
        }
    }
}
